// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.model.food.AcknowledgeRecallRequest;
import org.tracechain.model.food.DocumentRequest;
import org.tracechain.model.food.InspectRequest;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.RecallRequest;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.SensorReading;
import org.tracechain.model.food.SensorReadingsRequest;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.SensorReportResult;
import org.tracechain.model.food.TrackingEvent;

/**
 * The exact stored bytes of every record type. These are the ledger's data format: a change here breaks
 * clients, off-chain indexes and endorsement determinism, so it must be deliberate.
 */
class GoldenRecordsTest extends FoodFixture {

    static final String CERT = "ab".repeat(32);

    TrackingEvent shipEvent;
    TrackingEvent inspectEvent;
    SensorReportResult sensor;

    @BeforeEach
    void setUp() {
        configure();                                                                           // tx000001
        submit(FARM1, ctx -> contract.registerLot(ctx, json(new RegisterLotRequest("F1", "06901234567892", "Choy sum",
                new BigDecimal("120.50"), "kg", "vegetables", new LotOrigin("Liu Family Farm", "Field 3", "440183",
                        LocalDate.parse("2025-12-31")), List.of("SN-1"), null))));                    // tx000002
        inspectEvent = submit(LAB, ctx -> contract.inspect(ctx, json(new InspectRequest("F1", "chlorpyrifos",
                new BigDecimal("0.01"), new BigDecimal("0.05"), "mg/kg", null, "GB 2763-2021", "GZ Lab",
                new DocumentRequest(CERT, "https://docs.example/cert.pdf", "certificate", "Residue test",
                        "Guangzhou Testing Centre", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"), null),
                null, "Lab 1", null, null))), TrackingEvent.class);                               // tx000003
        shipEvent = LedgerJsonAccess.event(submitWithTerms(FARM1,
                "{\"price\":1205.5,\"currency\":\"CNY\",\"contractNumber\":\"PO-1\"}",
                ctx -> contract.ship(ctx, json(new ShipRequest("F1", "CarrierMSP", "Farm gate", null, null, null)))));
        sensor = submit(CARRIER, ctx -> contract.recordSensorReadings(ctx, json(new SensorReadingsRequest(
                List.of("F1"), "LOGGER-7", null, "Cel", BigDecimal.ZERO, new BigDecimal("4"), List.of(
                        new SensorReading(Instant.parse("2026-01-01T00:00:03Z"), new BigDecimal("3.5")),
                        new SensorReading(Instant.parse("2026-01-01T00:00:04Z"), new BigDecimal("6.2"))), null,
                null))), SensorReportResult.class);                                               // tx000005
        submit(REGULATOR, ctx -> contract.recall(ctx, json(new RecallRequest("RC-1", "F1", "residue", null))));
        submit(FARM1, ctx -> contract.acknowledgeRecall(ctx, json(new AcknowledgeRecallRequest("RC-1", "notified"))));
    }

    private String stored(final String key) {
        return ledger.stateAsString(key).orElseThrow(() -> new AssertionError("no value at " + key));
    }

    private static String q(final String json) {
        return json.replace('\'', '"');
    }

    private static final String FARMER = "x509::CN=farmer1, OU=client, O=Farm1MSP::CN=ca.farm1msp, O=Farm1MSP";

    private static final String OFFICER = "x509::CN=officer, OU=client, O=SamrMSP::CN=ca.samrmsp, O=SamrMSP";
    private static final String LOT_FIELDS = "'category':'vegetables','digitalLink':"
            + "'https://id.gs1.org/01/06901234567892/10/F1','holderMspId':'Farm1MSP','lotId':'F1','origin':"
            + "{'producedOn':'2025-12-31','producer':'Liu Family Farm','regionCode':'440183','site':'Field 3'},"
            + "'parentLotIds':[],'productCode':'06901234567892','productName':'Choy sum','quantity':120.5,";

    /** The custody record: shipped (tx000004); the recall (tx000006) did not touch it. */
    @Test
    void lot_custody_record() {
        assertThat(stored(FoodKeys.lot("F1"))).isEqualTo(q("{" + LOT_FIELDS
                + "'registeredAt':'2026-01-01T00:00:02Z','registeredBy':'" + FARMER + "',"
                + "'registrationTxId':'tx000002','serialCount':1,'shippedToMspId':'CarrierMSP','status':'IN_TRANSIT',"
                + "'traceCode':'TCYJK7UBISKJX2UCY4F7XS','unit':'kg',"
                + "'updatedAt':'2026-01-01T00:00:04Z','updatedTxId':'tx000004'}"));
    }

    @Test
    void lot_regulation_record() {
        assertThat(stored(FoodKeys.regulation("F1"))).isEqualTo(q("{'actorId':'" + OFFICER + "','actorMspId':"
                + "'SamrMSP','lotId':'F1','reason':'residue','recallId':'RC-1','since':'2026-01-01T00:00:06Z',"
                + "'status':'RECALLED','txId':'tx000006'}"));
    }

    /** What GetLot answers: custody with the recall laid over it, stamped with the later of the two changes. */
    @Test
    void lot_as_read() {
        final String read = ledger.evaluate(FARM1, ctx -> contract.getLot(ctx, "F1"));
        assertThat(read).isEqualTo(q("{" + LOT_FIELDS
                + "'recallId':'RC-1','registeredAt':'2026-01-01T00:00:02Z','registeredBy':'" + FARMER + "',"
                + "'registrationTxId':'tx000002','serialCount':1,'shippedToMspId':'CarrierMSP','status':'RECALLED',"
                + "'statusReason':'residue','traceCode':'TCYJK7UBISKJX2UCY4F7XS','unit':'kg',"
                + "'updatedAt':'2026-01-01T00:00:06Z','updatedTxId':'tx000006'}"));
    }

    @Test
    void register_event_and_its_id_is_the_hash_of_its_body() {
        final String id = "a38c11022c38f3f728910a4ff9723cec81241ae55af0db5084e55c4b34793fe0";
        final String body = q("{'actorId':'" + FARMER + "','actorMspId':'Farm1MSP','bizStep':'commissioning',"
                + "'disposition':'active','documentHashes':[],'eventTime':'2026-01-01T00:00:02Z','kind':'REGISTER',"
                + "'lotIds':['F1'],'quantity':120.5,'site':'Field 3','unit':'kg'}");
        assertThat(stored(FoodKeys.event(id))).isEqualTo("{\"body\":" + body + ",\"eventId\":\"" + id
                + "\",\"recordTime\":\"2026-01-01T00:00:02Z\",\"txId\":\"tx000002\"}");
        assertThat(Hashing.hex(Hashing.sha256(body.getBytes(StandardCharsets.UTF_8)))).isEqualTo(id);
    }

    @Test
    void ship_event_with_terms_hash_and_the_private_terms() {
        assertThat(stored(FoodKeys.event(shipEvent.eventId()))).isEqualTo(q("{'body':{'actorId':'" + FARMER + "',"
                + "'actorMspId':'Farm1MSP','bizStep':'shipping','disposition':'in_transit','documentHashes':[],"
                + "'eventTime':'2026-01-01T00:00:04Z','kind':'SHIP','lotIds':['F1'],'quantity':120.5,'shipment':"
                + "{'fromMspId':'Farm1MSP','termsCollection':'terms_CarrierMSP_Farm1MSP','termsHash':"
                + "'d3f3c335528706be775fa4dd739558f58e232cf42d55ee49af9c7f6d8ff3ccb2','toMspId':'CarrierMSP'},"
                + "'site':'Farm gate','unit':'kg'},'eventId':"
                + "'687fa88845562dba0d74d5998d8c3272a4bed661c19dfa5e18cb507d193fda06',"
                + "'recordTime':'2026-01-01T00:00:04Z','txId':'tx000004'}"));
        final byte[] terms = ledger.privateState("terms_CarrierMSP_Farm1MSP",
                FoodKeys.key(FoodKeys.TERMS, shipEvent.eventId())).orElseThrow();
        assertThat(new String(terms, StandardCharsets.UTF_8)).isEqualTo(q("{'salt':'" + SALT + "','terms':"
                + "{'contractNumber':'PO-1','currency':'CNY','price':1205.5}}"));
        assertThat(Hashing.hex(Hashing.sha256(terms))).isEqualTo(shipEvent.body().shipment().termsHash());
    }

    @Test
    void inspect_event() {
        assertThat(stored(FoodKeys.event(inspectEvent.eventId()))).isEqualTo(q("{'body':{'actorId':"
                + "'x509::CN=analyst, OU=client, O=LabMSP::CN=ca.labmsp, O=LabMSP','actorMspId':'LabMSP',"
                + "'bizStep':'inspecting','disposition':'conformant','documentHashes':['" + CERT + "'],"
                + "'eventTime':'2026-01-01T00:00:03Z','inspection':{'analyte':'chlorpyrifos','certificateHash':'"
                + CERT + "','laboratory':'GZ Lab','limit':0.05,'method':'GB 2763-2021','passed':true,'result':0.01,"
                + "'unit':'mg/kg'},'kind':'INSPECT','lotIds':['F1'],'site':'Lab 1'},'eventId':"
                + "'cd939ffd36cda1afb62c14cf4d7c73206663238cc9d9f66756e24ee4812e1c1a','recordTime':"
                + "'2026-01-01T00:00:03Z','txId':'tx000003'}"));
    }

    @Test
    void sensor_and_alert_events_and_alert_record() {
        final String driver = "x509::CN=driver, OU=client, O=CarrierMSP::CN=ca.carriermsp, O=CarrierMSP";
        final String sensorId = "c8735f91399fdbceb5621002878bab3c24d6df503533eaf1abc73e96a6053dc1";
        final String alertId = "9a7dee2918192679d38dd0c794c5af91db08ce32d983f5c0c21ca473472f5652";
        final String excursions = "{'deviceId':'LOGGER-7','excursionCount':1,'maxAllowed':4,'measurement':"
                + "'temperature','minAllowed':0,'readings':[{'time':'2026-01-01T00:00:04Z','value':6.2}],'unit':'Cel'}";
        assertThat(stored(FoodKeys.event(sensorId))).isEqualTo(q("{'body':{'actorId':'" + driver + "','actorMspId':"
                + "'CarrierMSP','bizStep':'sensor_reporting','documentHashes':[],'eventTime':'2026-01-01T00:00:05Z',"
                + "'kind':'SENSOR','lotIds':['F1'],'sensor':{'deviceId':'LOGGER-7','excursionCount':1,'maxAllowed':4,"
                + "'measurement':'temperature','minAllowed':0,'readings':[{'time':'2026-01-01T00:00:03Z','value':3.5},"
                + "{'time':'2026-01-01T00:00:04Z','value':6.2}],'unit':'Cel'}},'eventId':'" + sensorId + "',"
                + "'recordTime':'2026-01-01T00:00:05Z','txId':'tx000005'}"));
        assertThat(stored(FoodKeys.event(alertId))).isEqualTo(q("{'body':{'actorId':'" + driver + "','actorMspId':"
                + "'CarrierMSP','bizStep':'sensor_reporting','disposition':'non_conformant','documentHashes':[],"
                + "'eventTime':'2026-01-01T00:00:05Z','kind':'ALERT','lotIds':['F1'],'reason':"
                + "'1 temperature reading(s) outside the thresholds','relatedEventId':'" + sensorId + "','sensor':"
                + excursions + "},'eventId':'" + alertId + "','recordTime':'2026-01-01T00:00:05Z','txId':'tx000005'}"));
        assertThat(stored(FoodKeys.alert(alertId))).isEqualTo(q("{'alertId':'" + alertId + "','excursions':"
                + excursions + ",'holderMspIds':['Farm1MSP'],'lotIds':['F1'],'raisedAt':'2026-01-01T00:00:05Z',"
                + "'raisedByMspId':'CarrierMSP','sensorEventId':'" + sensorId + "','txId':'tx000005'}"));
        assertThat(sensor.alert().alertId()).isEqualTo(alertId);
    }

    @Test
    void document_record() {
        assertThat(stored(FoodKeys.document(CERT))).isEqualTo(q("{'hash':'" + CERT + "','issuer':"
                + "'Guangzhou Testing Centre','lotIds':['F1'],'recordedAt':'2026-01-01T00:00:03Z','recordedBy':"
                + "'x509::CN=analyst, OU=client, O=LabMSP::CN=ca.labmsp, O=LabMSP','recordedByMspId':'LabMSP',"
                + "'title':'Residue test','txId':'tx000003','type':'certificate','uri':'https://docs.example/cert.pdf',"
                + "'validFrom':'2026-01-01','validUntil':'2026-06-30'}"));
    }

    @Test
    void serial_item() {
        assertThat(stored(FoodKeys.serial("SN-1"))).isEqualTo(q("{'lotId':'F1','registeredAt':'2026-01-01T00:00:02Z',"
                + "'registeredByMspId':'Farm1MSP','serial':'SN-1','txId':'tx000002'}"));
    }

    @Test
    void recall_records_and_event() {
        final String officer = OFFICER;
        assertThat(stored(FoodKeys.recall("RC-1"))).isEqualTo(q("{'affectedLotCount':1,'batches':1,'complete':true,"
                + "'documentHashes':[],'holderMspIds':['Farm1MSP'],'issuedAt':'2026-01-01T00:00:06Z','issuedBy':'"
                + officer + "','issuedByMspId':'SamrMSP','queueHead':0,'queueTail':0,'reason':'residue','recallId':"
                + "'RC-1','rootLotId':'F1','txId':'tx000006','updatedAt':'2026-01-01T00:00:06Z'}"));
        assertThat(stored(FoodKeys.key(FoodKeys.RECALL_LOT, "RC-1", "F1"))).isEqualTo(q("{'batch':1,'holderMspId':"
                + "'Farm1MSP','lotId':'F1','previousStatus':'IN_TRANSIT','recallId':'RC-1'}"));
        assertThat(stored(FoodKeys.key(FoodKeys.RECALL_ACK, "RC-1", "Farm1MSP"))).isEqualTo(q("{'acknowledgedAt':"
                + "'2026-01-01T00:00:07Z','acknowledgedBy':'" + FARMER + "','mspId':'Farm1MSP','note':'notified',"
                + "'recallId':'RC-1','txId':'tx000007'}"));
        assertThat(stored(FoodKeys.event("36b3c338182cd29355c9706ed81f5f569bfc126c5da3f05d85abe400165ee1fe")))
                .isEqualTo(q("{'body':{'actorId':'" + officer + "','actorMspId':'SamrMSP','disposition':'recalled',"
                        + "'documentHashes':[],'eventTime':'2026-01-01T00:00:06Z','kind':'RECALL','lotIds':['F1'],"
                        + "'note':'batch 1','reason':'residue','recallId':'RC-1'},'eventId':"
                        + "'36b3c338182cd29355c9706ed81f5f569bfc126c5da3f05d85abe400165ee1fe','recordTime':"
                        + "'2026-01-01T00:00:06Z','txId':'tx000006'}"));
    }

    @Test
    void configuration() {
        assertThat(stored(FoodKeys.config())).isEqualTo(q("{'authorityMspIds':['SamrMSP'],'memberMspIds':['CarrierMSP',"
                + "'CustomsMSP','Farm1MSP','Farm2MSP','LabMSP','Market1MSP','Market2MSP','Market3MSP','ProcMSP','SamrMSP'],"
                + "'txId':'tx000001',"
                + "'updatedAt':'2026-01-01T00:00:01Z','updatedBy':"
                + "'x509::CN=samr-admin, OU=admin, O=SamrMSP::CN=ca.samrmsp, O=SamrMSP','updatedByMspId':'SamrMSP'}"));
    }

    /** LedgerJson writes decimals value-canonically and in plain notation: 10, never 1E+1 or 10.0. */
    @Test
    void transformation_output_lot_and_event() {
        registerLot(FARM2, "F2", "10");                                                            // tx000008
        deliver(FARM2, "F2", PROCESSOR);                                                           // tx000009-10
        final TrackingEvent event = split(PROCESSOR, "F2", "10", List.of("S1"), "9.5");            // tx000011
        assertThat(stored(FoodKeys.lot("S1"))).isEqualTo(q("{'digitalLink':"
                + "'https://id.gs1.org/01/06901234567892/10/S1','holderMspId':'ProcMSP','lotId':'S1','origin':"
                + "{'producedOn':'2026-01-01','producer':'ProcMSP'},'parentLotIds':['F2'],'productCode':"
                + "'06901234567892','productName':'Choy sum','quantity':9.5,'registeredAt':'2026-01-01T00:00:11Z',"
                + "'registeredBy':'x509::CN=proc, OU=client, O=ProcMSP::CN=ca.procmsp, O=ProcMSP',"
                + "'registrationTxId':'tx000011','status':'ACTIVE','traceCode':'" + lot("S1").traceCode() + "',"
                + "'unit':'kg','updatedAt':'2026-01-01T00:00:11Z','updatedTxId':'tx000011'}"));
        assertThat(stored(FoodKeys.event(event.eventId()))).isEqualTo(q("{'body':{'actorId':"
                + "'x509::CN=proc, OU=client, O=ProcMSP::CN=ca.procmsp, O=ProcMSP','actorMspId':'ProcMSP','bizStep':"
                + "'commissioning','disposition':'active','documentHashes':[],'eventTime':'2026-01-01T00:00:11Z',"
                + "'kind':'TRANSFORM','lotIds':['F2','S1'],'transformation':{'inputs':[{'lotId':'F2','quantity':10,"
                + "'unit':'kg'}],'kind':'SPLIT','outputs':[{'lotId':'S1','quantity':9.5,'unit':'kg'}]}},'eventId':'"
                + event.eventId() + "','recordTime':'2026-01-01T00:00:11Z','txId':'tx000011'}"));
        assertThat(event.eventId()).isEqualTo(Hashing.ofCanonicalJson(event.body()));
    }
}
