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
import org.tracechain.model.food.OriginEvent;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.PostalAddress;
import org.tracechain.model.food.ReferenceDocument;
import org.tracechain.model.food.SensorData;
import org.tracechain.model.food.SensorReading;
import org.tracechain.model.food.Shipment;
import org.tracechain.model.food.SiteRecord;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.Transformation;

/**
 * A small, fixed Guangdong trace with an event of every kind: a farm lot harvested, inspected and cooled, initially
 * packed into a retail lot of cases, palletised and unpacked, shipped, received, chilled (with an excursion), sold
 * (and the sale corrected), held, released and recalled. The farm and the packer are one organisation with a party
 * GLN; the distributor and the regulator are registered by unified social credit code; the truck and the market
 * stall have no GLN.
 */
final class TraceFixture {

    static final String GTIN = "06901234567892";
    static final String CASE_GTIN = "16901234567899";
    static final String CERT = "1".repeat(64);
    static final String DESPATCH = "2".repeat(64);
    static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
    static final String SSCC = "376104250021234569";

    private TraceFixture() {}

    private static SiteRecord site(final String id, final String name, final String street, final String gln,
            final String extension, final String owner) {
        return new SiteRecord(id, name, "+86 20 3622 3001", new PostalAddress(street, "Guangzhou", "Guangdong",
                "510440", "CN"), gln, extension, "+08:00", null, owner, T0, T0, "x509::CN=admin", "tx-0");
    }

    static List<SiteRecord> sites() {
        return List.of(site("FARM1-PLOT7", "Conghua Green Farm", "Plot 7, Liangkou Town", "6901234000047", "PLOT7",
                        "ProducerMSP"),
                site("BAIYUN-HALL", "Baiyun Fresh Packing hall 3", "88 Jiahe Road", "6901234000085", null,
                        "ProducerMSP"),
                site("TRUCK-YUE-A12345", "Refrigerated truck 粤A-12345", "8 Huangpu Port Road (depot)", null, null,
                        "DistributorMSP"),
                site("MARKET-STALL8", "Jiangnan Wet Market stall 8", "Stall 8, 45 Jiangnan Road", null, null,
                        "DistributorMSP"),
                site("GZ-SAMR", "Guangzhou AMR food safety office", "2 Fuqian Road", null, null, "RegulatorMSP"));
    }

    static List<PartyRecord> parties() {
        return List.of(
                new PartyRecord("ProducerMSP", "Conghua Green Farm Cooperative", "+86 20 6188 1001", null,
                        "6901234000030", null, "FARM1-PLOT7", T0, T0, "x509::CN=admin", "tx-0"),
                new PartyRecord("DistributorMSP", "Yuecheng Cold Chain Logistics", "+86 20 8111 4001", null, null,
                        "91440104MA5CXY312G", "TRUCK-YUE-A12345", T0, T0, "x509::CN=admin", "tx-0"),
                new PartyRecord("RegulatorMSP", "Guangzhou Administration for Market Regulation", "+86 20 12345", null,
                        null, "11440100MB2C54321N", "GZ-SAMR", T0, T0, "x509::CN=admin", "tx-0"));
    }

    static MasterData master() {
        return MasterData.of(sites(), parties());
    }

    static Lot farmLot() {
        return new Lot("GZ-F1", "TCF1", "https://id.gs1.org/01/" + GTIN + "/10/GZ-F1", "CS-BULK", GTIN,
                "菜心 Choy sum, bulk", "vegetables", BigDecimal.ZERO, "kg", new LotOrigin("Conghua Green Farm",
                        "FARM1-PLOT7", "440117", LocalDate.parse("2026-01-05"), OriginEvent.HARVESTING, "Plot 7", null,
                        null, null), "ProducerMSP", LotStatus.CONSUMED, null, null, List.of(), "GZ-F1", 1, null,
                null, null, null, "x509::CN=farmer", T0, "tx-1", T0.plusSeconds(3000), "tx-4");
    }

    static Lot retailLot() {
        return new Lot("GZ-R1", "TCR1", "https://id.gs1.org/01/" + CASE_GTIN + "/10/GZ-R1", "CS-5KG", CASE_GTIN,
                "菜心 Choy sum, 5 kg carton", "vegetables", new BigDecimal("46"), "CS", new LotOrigin("ProducerMSP",
                        "BAIYUN-HALL", null, LocalDate.parse("2026-01-05")), "DistributorMSP", LotStatus.RECALLED,
                null, null, List.of("GZ-F1"), "GZ-F1", null, null, "chlorpyrifos over MRL", null, "SAMR-1",
                "x509::CN=processor", T0.plusSeconds(3000), "tx-4", T0.plusSeconds(12000), "tx-15");
    }

    static List<DocumentRecord> documents() {
        return List.of(
                new DocumentRecord(CERT, "https://lab.example/cert-1.pdf", "inspection_report", "农药残留检测报告",
                        "Guangzhou QC Lab", LocalDate.parse("2026-01-05"), null, List.of("GZ-F1"), "ProducerMSP",
                        "x509::CN=inspector", T0.plusSeconds(1000), "tx-2"),
                new DocumentRecord(DESPATCH, "https://processor.example/desadv-7.pdf", "despatch_advice", null,
                        "Baiyun Foods", null, null, List.of("GZ-R1"), "ProducerMSP", "x509::CN=processor",
                        T0.plusSeconds(3500), "tx-7"));
    }

    static List<TrackingEvent> events() {
        final List<TrackingEvent> events = new ArrayList<>();
        events.add(event("e1", 0, "tx-1", EventBody.of(EventKind.REGISTER, BusinessStep.CREATING_CLASS_INSTANCE,
                Disposition.ACTIVE, "ProducerMSP", "x509::CN=farmer", T0, "FARM1-PLOT7", List.of("GZ-F1"), null,
                null).withQuantity(new BigDecimal("250"), "kg")
                .withReferences(List.of(new ReferenceDocument("prodorder", "HARVEST-GZ-F1")))));
        events.add(event("e2", 1000, "tx-2", EventBody.of(EventKind.INSPECT, BusinessStep.INSPECTING,
                Disposition.CONFORMANT, "ProducerMSP", "x509::CN=inspector", T0.plusSeconds(900), "FARM1-PLOT7",
                List.of("GZ-F1"), List.of(CERT), null).withInspection(new Inspection("chlorpyrifos",
                        new BigDecimal("0.01"), new BigDecimal("0.05"), "mg/kg", true, "GB 2763-2021",
                        "Guangzhou QC Lab", CERT))));
        events.add(event("e3", 1800, "tx-3", EventBody.of(EventKind.COOL, BusinessStep.COOLING, Disposition.ACTIVE,
                "ProducerMSP", "x509::CN=farmer", T0.plusSeconds(1800), "FARM1-PLOT7", List.of("GZ-F1"), null,
                "hydrocooling to 2 °C").withQuantity(new BigDecimal("250"), "kg")));
        events.add(event("e4", 3000, "tx-4", EventBody.of(EventKind.TRANSFORM, BusinessStep.TRANSFORMING,
                Disposition.ACTIVE, "ProducerMSP", "x509::CN=processor", T0.plusSeconds(3000), "BAIYUN-HALL",
                List.of("GZ-F1", "GZ-R1"), null, "wash, trim, pack").withTransformation(new Transformation(
                        TransformKind.INITIAL_PACK, List.of(new LotQuantity("GZ-F1", new BigDecimal("250"), "kg")),
                        List.of(new LotQuantity("GZ-R1", new BigDecimal("48"), "CS"))))
                .withReferences(List.of(new ReferenceDocument("prodorder", "PK-0105-01")))));
        events.add(event("e5", 3200, "tx-5", EventBody.of(EventKind.AGGREGATE, BusinessStep.PACKING,
                Disposition.IN_PROGRESS, "ProducerMSP", "x509::CN=processor", T0.plusSeconds(3200), "BAIYUN-HALL",
                List.of("GZ-R1"), null, null).withContainer(SSCC)));
        events.add(event("e6", 3400, "tx-6", EventBody.of(EventKind.DISAGGREGATE, BusinessStep.UNPACKING,
                Disposition.ACTIVE, "ProducerMSP", "x509::CN=processor", T0.plusSeconds(3400), "BAIYUN-HALL",
                List.of("GZ-R1"), null, null).withContainer(SSCC)));
        events.add(event("e7", 3600, "tx-7", EventBody.of(EventKind.SHIP, BusinessStep.SHIPPING,
                Disposition.IN_TRANSIT, "ProducerMSP", "x509::CN=processor", T0.plusSeconds(3600), "BAIYUN-HALL",
                List.of("GZ-R1"), List.of(DESPATCH), null).withQuantity(new BigDecimal("48"), "CS")
                .withShipment(new Shipment("ProducerMSP", "DistributorMSP", "3".repeat(64),
                        "terms_DistributorMSP_ProducerMSP", "TRUCK-YUE-A12345"))
                .withReferences(List.of(new ReferenceDocument("bol", "BOL-7781")))));
        events.add(event("e8", 7200, "tx-8", EventBody.of(EventKind.RECEIVE, BusinessStep.RECEIVING,
                Disposition.IN_PROGRESS, "DistributorMSP", "x509::CN=carrier", T0.plusSeconds(7200),
                "TRUCK-YUE-A12345", List.of("GZ-R1"), null, null).withQuantity(new BigDecimal("48"), "CS")
                .withShipment(new Shipment("ProducerMSP", "DistributorMSP", null, null))
                .withReferences(List.of(new ReferenceDocument("recadv", "RA-0105-1")))));
        final SensorData readings = new SensorData("粤A-冷-01", "temperature", "Cel", BigDecimal.ZERO,
                new BigDecimal("5"), List.of(new SensorReading(T0.plusSeconds(7300), new BigDecimal("3.2")),
                        new SensorReading(T0.plusSeconds(7400), new BigDecimal("8.9")),
                        new SensorReading(T0.plusSeconds(7500), new BigDecimal("4.1"))), 1);
        events.add(event("e9", 7600, "tx-9", EventBody.of(EventKind.SENSOR, BusinessStep.SENSOR_REPORTING, null,
                "DistributorMSP", "x509::CN=carrier", T0.plusSeconds(7500), "TRUCK-YUE-A12345", List.of("GZ-R1"),
                null, null).withSensor(readings)));
        events.add(event("e10", 7600, "tx-9", EventBody.of(EventKind.ALERT, BusinessStep.SENSOR_REPORTING,
                Disposition.NON_CONFORMANT, "DistributorMSP", "x509::CN=carrier", T0.plusSeconds(7400),
                "TRUCK-YUE-A12345", List.of("GZ-R1"), null, null)
                .withReason("1 temperature reading(s) outside the thresholds", hex("e9"), null)
                .withSensor(new SensorData("粤A-冷-01", "temperature", "Cel", BigDecimal.ZERO, new BigDecimal("5"),
                        List.of(new SensorReading(T0.plusSeconds(7400), new BigDecimal("8.9"))), 1))));
        events.add(event("e11", 8000, "tx-10", EventBody.of(EventKind.SELL, BusinessStep.RETAIL_SELLING,
                Disposition.RETAIL_SOLD, "DistributorMSP", "x509::CN=retailer", T0.plusSeconds(8000),
                "MARKET-STALL8", List.of("GZ-R1"), null, null).withQuantity(new BigDecimal("2"), "CS")));
        events.add(event("e12", 8500, "tx-11", EventBody.of(EventKind.CORRECTION, BusinessStep.RETAIL_SELLING,
                Disposition.RETAIL_SOLD, "DistributorMSP", "x509::CN=retailer", T0.plusSeconds(8500), null,
                List.of("GZ-R1"), null, null).withReason("sold 2 cases at stall 9, not stall 8", hex("e11"), null)));
        events.add(event("e13", 9000, "tx-12", EventBody.of(EventKind.HOLD, BusinessStep.HOLDING,
                Disposition.NON_SELLABLE_OTHER, "RegulatorMSP", "x509::CN=regulator", T0.plusSeconds(9000), "GZ-SAMR",
                List.of("GZ-R1"), null, null).withReason("sampling", null, null)));
        events.add(event("e14", 10000, "tx-13", EventBody.of(EventKind.RELEASE, BusinessStep.HOLDING,
                Disposition.ACTIVE, "RegulatorMSP", "x509::CN=regulator", T0.plusSeconds(10000), "GZ-SAMR",
                List.of("GZ-R1"), null, null).withReason("sample within limits", null, null)));
        events.add(event("e15", 12000, "tx-15", EventBody.of(EventKind.RECALL, BusinessStep.HOLDING,
                Disposition.RECALLED, "RegulatorMSP", "x509::CN=regulator", T0.plusSeconds(12000), "GZ-SAMR",
                List.of("GZ-F1", "GZ-R1"), null, "batch 1")
                .withReason("chlorpyrifos 0.31 mg/kg exceeds MRL 0.05 mg/kg", null, "SAMR-1")));
        return events;
    }

    static TraceResult traceBack() {
        return new TraceResult("BACK", List.of("GZ-R1"), List.of(retailLot(), farmLot()),
                List.of(new TraceResult.Edge("GZ-F1", "GZ-R1")), events(), documents(), false, List.of(), sites(),
                parties());
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
