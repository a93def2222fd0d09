// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tracechain.model.food.BusinessStep;
import org.tracechain.model.food.Disposition;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.EventBody;
import org.tracechain.model.food.EventKind;
import org.tracechain.model.food.Inspection;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.SensorData;
import org.tracechain.model.food.SensorReading;
import org.tracechain.model.food.Shipment;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.Transformation;

/** A small, fixed Guangdong trace: a farm lot packed into a retail lot, shipped, chilled, sold, recalled. */
final class TraceFixture {

    static final String GTIN = "06901234567892";
    static final String CERT = "1".repeat(64);
    static final String DESPATCH = "2".repeat(64);
    static final Instant T0 = Instant.parse("2026-01-05T01:00:00Z");

    private TraceFixture() {}

    static Lot farmLot() {
        return new Lot("GZ-F1", "GZF1", "https://id.gs1.org/01/" + GTIN + "/10/GZ-F1", GTIN, "菜心 Choy sum",
                "vegetables", BigDecimal.ZERO, "kg", new LotOrigin("Conghua Green Farm", "6901234000017", "440117",
                        LocalDate.parse("2026-01-04")), "ProducerMSP", LotStatus.CONSUMED, null, null, List.of(), null,
                null, null, null, "x509::CN=farmer", T0, "tx-1", T0.plusSeconds(3000), "tx-3");
    }

    static Lot retailLot() {
        return new Lot("GZ-R1", "GZR1", "https://id.gs1.org/01/" + GTIN + "/10/GZ-R1", GTIN, "菜心 Choy sum, packed",
                "vegetables", new BigDecimal("230"), "kg", null, "DistributorMSP", LotStatus.RECALLED, null, null,
                List.of("GZ-F1"), null, "chlorpyrifos over MRL", null, "SAMR-1", "x509::CN=processor",
                T0.plusSeconds(3000), "tx-3", T0.plusSeconds(9000), "tx-9");
    }

    static List<DocumentRecord> documents() {
        return List.of(
                new DocumentRecord(CERT, "https://lab.example/cert-1.pdf", "inspection_report", "农药残留检测报告",
                        "Guangzhou QC Lab", LocalDate.parse("2026-01-05"), null, List.of("GZ-F1"), "ProducerMSP",
                        "x509::CN=inspector", T0.plusSeconds(1000), "tx-2"),
                new DocumentRecord(DESPATCH, "https://processor.example/desadv-7.pdf", "despatch_advice", null,
                        "Baiyun Foods", null, null, List.of("GZ-R1"), "ProducerMSP", "x509::CN=processor",
                        T0.plusSeconds(3500), "tx-4"));
    }

    static List<TrackingEvent> events() {
        final List<TrackingEvent> events = new ArrayList<>();
        events.add(event("e1", 0, "tx-1", EventBody.of(EventKind.REGISTER, BusinessStep.COMMISSIONING,
                Disposition.ACTIVE, "ProducerMSP", "x509::CN=farmer", T0, "6901234000017", List.of("GZ-F1"), null,
                null).withQuantity(new BigDecimal("250"), "kg")));
        events.add(event("e2", 1000, "tx-2", EventBody.of(EventKind.INSPECT, BusinessStep.INSPECTING,
                Disposition.CONFORMANT, "ProducerMSP", "x509::CN=inspector", T0.plusSeconds(900), null,
                List.of("GZ-F1"), List.of(CERT), null).withInspection(new Inspection("chlorpyrifos",
                        new BigDecimal("0.01"), new BigDecimal("0.05"), "mg/kg", true, "GB 2763-2021",
                        "Guangzhou QC Lab", CERT))));
        events.add(event("e3", 3000, "tx-3", EventBody.of(EventKind.TRANSFORM, BusinessStep.TRANSFORMING,
                Disposition.ACTIVE, "ProducerMSP", "x509::CN=processor", T0.plusSeconds(3000), "Baiyun packing hall",
                List.of("GZ-F1", "GZ-R1"), null, "wash, trim, pack").withTransformation(new Transformation(
                        TransformKind.PROCESS, List.of(new LotQuantity("GZ-F1", new BigDecimal("250"), "kg")),
                        List.of(new LotQuantity("GZ-R1", new BigDecimal("240"), "kg"))))));
        events.add(event("e4", 3600, "tx-4", EventBody.of(EventKind.SHIP, BusinessStep.SHIPPING,
                Disposition.IN_TRANSIT, "ProducerMSP", "x509::CN=processor", T0.plusSeconds(3600),
                "Baiyun packing hall", List.of("GZ-R1"), List.of(DESPATCH), null)
                .withQuantity(new BigDecimal("240"), "kg").withShipment(new Shipment("ProducerMSP", "DistributorMSP",
                        "3".repeat(64), "terms_DistributorMSP_ProducerMSP"))));
        events.add(event("e5", 7200, "tx-5", EventBody.of(EventKind.RECEIVE, BusinessStep.RECEIVING, Disposition.ACTIVE,
                "DistributorMSP", "x509::CN=carrier", T0.plusSeconds(7200), "Cold truck 粤A-12345", List.of("GZ-R1"),
                null, null).withQuantity(new BigDecimal("240"), "kg").withShipment(new Shipment("ProducerMSP",
                        "DistributorMSP", null, null))));
        final SensorData readings = new SensorData("粤A-冷-01", "temperature", "Cel", BigDecimal.ZERO,
                new BigDecimal("5"), List.of(new SensorReading(T0.plusSeconds(7300), new BigDecimal("3.2")),
                        new SensorReading(T0.plusSeconds(7400), new BigDecimal("8.9"))), 1);
        events.add(event("e6", 7500, "tx-6", EventBody.of(EventKind.SENSOR, BusinessStep.SENSOR_REPORTING, null,
                "DistributorMSP", "x509::CN=carrier", T0.plusSeconds(7500), "Cold truck 粤A-12345", List.of("GZ-R1"),
                null, null).withSensor(readings)));
        events.add(event("e7", 7500, "tx-6", EventBody.of(EventKind.ALERT, BusinessStep.SENSOR_REPORTING,
                Disposition.NON_CONFORMANT, "DistributorMSP", "x509::CN=carrier", T0.plusSeconds(7500),
                "Cold truck 粤A-12345", List.of("GZ-R1"), null, null)
                .withReason("1 temperature reading(s) outside the thresholds", hex("e6"), null)
                .withSensor(new SensorData("粤A-冷-01", "temperature", "Cel", BigDecimal.ZERO, new BigDecimal("5"),
                        List.of(new SensorReading(T0.plusSeconds(7400), new BigDecimal("8.9"))), 1))));
        events.add(event("e8", 8000, "tx-7", EventBody.of(EventKind.SELL, BusinessStep.RETAIL_SELLING,
                Disposition.RETAIL_SOLD, "DistributorMSP", "x509::CN=retailer", T0.plusSeconds(8000),
                "Market 1, stall 8", List.of("GZ-R1"), null, null).withQuantity(new BigDecimal("10"), "kg")));
        events.add(event("e9", 8500, "tx-8", EventBody.of(EventKind.CORRECTION, BusinessStep.OTHER, null,
                "DistributorMSP", "x509::CN=retailer", T0.plusSeconds(8500), null, List.of("GZ-R1"), null, null)
                .withReason("sold 10 kg at stall 9, not stall 8", hex("e8"), null)));
        events.add(event("e10", 9000, "tx-9", EventBody.of(EventKind.RECALL, BusinessStep.HOLDING, Disposition.RECALLED,
                "RegulatorMSP", "x509::CN=regulator", T0.plusSeconds(9000), null, List.of("GZ-F1", "GZ-R1"), null,
                null).withReason("chlorpyrifos 0.31 mg/kg exceeds MRL 0.05 mg/kg", null, "SAMR-1")));
        return events;
    }

    static TraceResult traceBack() {
        return new TraceResult("BACK", List.of("GZ-R1"), List.of(retailLot(), farmLot()),
                List.of(new TraceResult.Edge("GZ-F1", "GZ-R1")), events(), documents(), false, List.of());
    }

    /** A stable 64-hex event id per name. */
    static String hex(final String name) {
        final StringBuilder hex = new StringBuilder();
        for (final char c : name.toCharArray()) {
            hex.append(String.format("%02x", (int) c));
        }
        while (hex.length() < 64) {
            hex.append('0');
        }
        return hex.toString();
    }

    private static TrackingEvent event(final String name, final long recordOffset, final String txId,
            final EventBody body) {
        return new TrackingEvent(hex(name), body, T0.plusSeconds(recordOffset), txId);
    }
}
