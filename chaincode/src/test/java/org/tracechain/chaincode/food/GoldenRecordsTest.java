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
import org.tracechain.chaincode.testing.FoodMasterData;
import org.tracechain.model.food.AcknowledgeRecallRequest;
import org.tracechain.model.food.CoolRequest;
import org.tracechain.model.food.DocumentRequest;
import org.tracechain.model.food.ImportEventsRequest;
import org.tracechain.model.food.ImportedEvent;
import org.tracechain.model.food.InspectRequest;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.OriginEvent;
import org.tracechain.model.food.PostalAddress;
import org.tracechain.model.food.RecallRequest;
import org.tracechain.model.food.ReferenceDocument;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.SensorReading;
import org.tracechain.model.food.SensorReadingsRequest;
import org.tracechain.model.food.SensorReportResult;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.SiteRequest;
import org.tracechain.model.food.TrackingEvent;

/**
 * The exact stored bytes of every record type. These are the ledger's data format: a change here breaks
 * clients, off-chain indexes and endorsement determinism, so it must be deliberate.
 *
 * <p>{@code configure()} is transactions 1-21 (the configuration, then each of the ten members' site and party).
 */
class GoldenRecordsTest extends FoodFixture {

    static final String CERT = "ab".repeat(32);
    static final String FIELD_GLN = "6901234000023";

    TrackingEvent shipEvent;
    TrackingEvent inspectEvent;
    SensorReportResult sensor;

    @BeforeEach
    void setUp() {
        configure();                                                                           // tx000001-21
        submit(FoodMasterData.admin("Farm1MSP"), ctx -> contract.registerSite(ctx, json(new SiteRequest("FARM1-F3",
                "Liu Family Farm", "+86 20 6188 0003", new PostalAddress("Field 3, Liuxi Village", "Conghua",
                        "Guangdong", "510900", "CN"), FIELD_GLN, "F3", "+08:00", null))));         // tx000022
        submit(FARM1, ctx -> contract.registerLot(ctx, json(new RegisterLotRequest("F1", "CS-500", "Choy sum",
                new BigDecimal("120.50"), "kg", "vegetables", new LotOrigin("Liu Family Farm", "FARM1-F3", "440183",
                        LocalDate.parse("2025-12-31"), null, "Field 3", null, null, null), List.of("SN-1"), null,
                CHOY_SUM_GTIN, null, null))));                                                     // tx000023
        inspectEvent = submit(LAB, ctx -> contract.inspect(ctx, json(new InspectRequest("F1", "chlorpyrifos",
                new BigDecimal("0.01"), new BigDecimal("0.05"), "mg/kg", null, "GB 2763-2021", "GZ Lab",
                new DocumentRequest(CERT, "https://docs.example/cert.pdf", "certificate", "Residue test",
                        "Guangzhou Testing Centre", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"), null),
                null, null, null, null))), TrackingEvent.class);                                   // tx000024
        shipEvent = LedgerJsonAccess.event(submitWithTerms(FARM1,
                "{\"price\":1205.5,\"currency\":\"CNY\",\"contractNumber\":\"PO-1\"}",
                ctx -> contract.ship(ctx, json(new ShipRequest("F1", "CarrierMSP", null, null, null, null, null,
                        List.of(new ReferenceDocument("bol", "BOL-7781")))))));                    // tx000025
        sensor = submit(CARRIER, ctx -> contract.recordSensorReadings(ctx, json(new SensorReadingsRequest(
                List.of("F1"), "LOGGER-7", null, "Cel", BigDecimal.ZERO, new BigDecimal("4"), List.of(
                        new SensorReading(Instant.parse("2026-01-01T00:00:03Z"), new BigDecimal("3.5")),
                        new SensorReading(Instant.parse("2026-01-01T00:00:04Z"), new BigDecimal("6.2"))), null,
                null))), SensorReportResult.class);                                               // tx000026
        submit(REGULATOR, ctx -> contract.recall(ctx, json(new RecallRequest("RC-1", "F1", "residue", null))));
        submit(FARM1, ctx -> contract.acknowledgeRecall(ctx, json(new AcknowledgeRecallRequest("RC-1", "notified"))));
    }

    private String stored(final String key) {
        return ledger.stateAsString(key).orElseThrow(() -> new AssertionError("no value at " + key));
    }

    private static String q(final String json) {
        return json.replace('\'', '"');
    }

    private static final String DRIVER = "x509::CN=driver, OU=client, O=CarrierMSP::CN=ca.carriermsp, O=CarrierMSP";
    private static final String FARMER = "x509::CN=farmer1, OU=client, O=Farm1MSP::CN=ca.farm1msp, O=Farm1MSP";

    private static final String OFFICER = "x509::CN=officer, OU=client, O=SamrMSP::CN=ca.samrmsp, O=SamrMSP";
    private static final String LOT_FIELDS = "'category':'vegetables','digitalLink':"
            + "'https://id.gs1.org/01/06901234567892/10/F1','gtin':'06901234567892','holderMspId':'Farm1MSP',"
            + "'lineageId':'F1','lotId':'F1','origin':{'event':'HARVESTING','fieldName':'Field 3',"
            + "'producedOn':'2025-12-31','producer':'Liu Family Farm','regionCode':'440183','site':'FARM1-F3'},"
            + "'parentLotIds':[],"
            + "'productCode':'CS-500','productName':'Choy sum','quantity':120.5,";

    /** The custody record, with its GTIN, Digital Link and harvest origin: shipped (tx000025); the recall left it. */
    @Test
    void lot_custody_record() {
        assertThat(stored(FoodKeys.lot("F1"))).isEqualTo(q("{" + LOT_FIELDS
                + "'registeredAt':'2026-01-01T00:00:23Z','registeredBy':'" + FARMER + "',"
                + "'registrationTxId':'tx000023','serialCount':1,'shippedToMspId':'CarrierMSP','status':'IN_TRANSIT',"
                + "'traceCode':'TCYJK7UBISKJX2UCY4F7XS','unit':'kg',"
                + "'updatedAt':'2026-01-01T00:00:25Z','updatedTxId':'tx000025'}"));
    }

    @Test
    void lot_regulation_record() {
        assertThat(stored(FoodKeys.regulation("F1"))).isEqualTo(q("{'actorId':'" + OFFICER + "','actorMspId':"
                + "'SamrMSP','lotId':'F1','reason':'residue','recallId':'RC-1','since':'2026-01-01T00:00:27Z',"
                + "'status':'RECALLED','txId':'tx000027'}"));
    }

    /** What GetLot answers: custody with the recall laid over it, stamped with the later of the two changes. */
    @Test
    void lot_as_read() {
        final String read = ledger.evaluate(FARM1, ctx -> contract.getLot(ctx, "F1"));
        assertThat(read).isEqualTo(q("{" + LOT_FIELDS
                + "'recallId':'RC-1','registeredAt':'2026-01-01T00:00:23Z','registeredBy':'" + FARMER + "',"
                + "'registrationTxId':'tx000023','serialCount':1,'shippedToMspId':'CarrierMSP','status':'RECALLED',"
                + "'statusReason':'residue','traceCode':'TCYJK7UBISKJX2UCY4F7XS','unit':'kg',"
                + "'updatedAt':'2026-01-01T00:00:27Z','updatedTxId':'tx000027'}"));
    }

    @Test
    void register_event_and_its_id_is_the_hash_of_its_body() {
        final String id = "145919285a1908129000605ab45d449ef813507aa1b06fabe5359bff12a9d2a6";
        final String body = q("{'actorId':'" + FARMER + "',"
                + "'actorMspId':'Farm1MSP','bizStep':'creating_class_instance','disposition':'active',"
                + "'documentHashes':[],'eventTime':'2026-01-01T00:00:23Z','kind':'REGISTER','lotIds':['F1'],"
                + "'quantity':120.5,'site':'FARM1-F3','unit':'kg'}");
        assertThat(stored(FoodKeys.event(id))).isEqualTo("{\"body\":" + body + ",\"eventId\":\"" + id
                + "\",\"recordTime\":\"2026-01-01T00:00:23Z\",\"txId\":\"tx000023\"}");
        assertThat(Hashing.hex(Hashing.sha256(body.getBytes(StandardCharsets.UTF_8)))).isEqualTo(id);
    }

    @Test
    void ship_event_with_terms_hash_reference_documents_ship_to_site_and_the_private_terms() {
        assertThat(stored(FoodKeys.event(shipEvent.eventId()))).isEqualTo(q("{'body':{'actorId':'" + FARMER + "',"
                + "'actorMspId':'Farm1MSP','bizStep':'shipping','disposition':'in_transit','documentHashes':[],"
                + "'eventTime':'2026-01-01T00:00:25Z','kind':'SHIP','lotIds':['F1'],'quantity':120.5,"
                + "'references':[{'number':'BOL-7781','type':'bol'}],'shipment':{'fromMspId':'Farm1MSP',"
                + "'termsCollection':'terms_CarrierMSP_Farm1MSP',"
                + "'termsHash':'d3f3c335528706be775fa4dd739558f58e232cf42d55ee49af9c7f6d8ff3ccb2',"
                + "'toMspId':'CarrierMSP','toSiteId':'S-CarrierMSP'},'site':'S-Farm1MSP','unit':'kg'},"
                + "'eventId':'0bd26b97328810f35f7da82138b95c7a5e1ec5d3e660f061965ebdb1c29932ed',"
                + "'recordTime':'2026-01-01T00:00:25Z','txId':'tx000025'}"));
        final byte[] terms = ledger.privateState("terms_CarrierMSP_Farm1MSP",
                FoodKeys.key(FoodKeys.TERMS, shipEvent.eventId())).orElseThrow();
        assertThat(new String(terms, StandardCharsets.UTF_8)).isEqualTo(q("{'salt':'" + SALT + "','terms':"
                + "{'contractNumber':'PO-1','currency':'CNY','price':1205.5}}"));
        assertThat(Hashing.hex(Hashing.sha256(terms))).isEqualTo(shipEvent.body().shipment().termsHash());
    }

    @Test
    void inspect_event() {
        assertThat(stored(FoodKeys.event(inspectEvent.eventId())))
                .isEqualTo(q("{'body':{'actorId':'x509::CN=analyst, OU=client, O=LabMSP::CN=ca.labmsp, O=LabMSP',"
                + "'actorMspId':'LabMSP','bizStep':'inspecting','disposition':'conformant',"
                + "'documentHashes':['abababababababababababababababababababababababababababababababab'],"
                + "'eventTime':'2026-01-01T00:00:24Z','inspection':{'analyte':'chlorpyrifos',"
                + "'certificateHash':'abababababababababababababababababababababababababababababababab',"
                + "'laboratory':'GZ Lab','limit':0.05,'method':'GB 2763-2021','passed':true,'result':0.01,"
                + "'unit':'mg/kg'},'kind':'INSPECT','lotIds':['F1'],'site':'S-LabMSP'},"
                + "'eventId':'11c2f5e99dce97ac9af8c947d1459ac082f6f1eea3d37ee3395b1233425e39f7',"
                + "'recordTime':'2026-01-01T00:00:24Z','txId':'tx000024'}"));
    }

    /** The sensor event happened when the last reading was taken, the alert when the excursion began. */
    @Test
    void sensor_and_alert_events_and_alert_record() {
        final String sensorId = "9f0e4aadf6ca78bea940cd7a097da3c52e60c802b11ddec266048afca1c2fa48";
        final String alertId = "fc6037067890b47dd1e04543f3b78e12e959655682dbb126097532a3c5cf9f54";
        assertThat(stored(FoodKeys.event(sensorId)))
                .isEqualTo(q(""
                        + "{'body':{'actorId':'" + DRIVER + "',"
                + "'actorMspId':'CarrierMSP','bizStep':'sensor_reporting','documentHashes':[],"
                + "'eventTime':'2026-01-01T00:00:04Z','kind':'SENSOR','lotIds':['F1'],'sensor':{'deviceId':'LOGGER-7',"
                + "'excursionCount':1,'maxAllowed':4,'measurement':'temperature','minAllowed':0,"
                + "'readings':[{'time':'2026-01-01T00:00:03Z','value':3.5},{'time':'2026-01-01T00:00:04Z',"
                + "'value':6.2}],'unit':'Cel'},'site':'S-CarrierMSP'},"
                + "'eventId':'9f0e4aadf6ca78bea940cd7a097da3c52e60c802b11ddec266048afca1c2fa48',"
                + "'recordTime':'2026-01-01T00:00:26Z','txId':'tx000026'}"));
        assertThat(stored(FoodKeys.event(alertId)))
                .isEqualTo(q(""
                        + "{'body':{'actorId':'" + DRIVER + "',"
                + "'actorMspId':'CarrierMSP','bizStep':'sensor_reporting','disposition':'non_conformant',"
                + "'documentHashes':[],'eventTime':'2026-01-01T00:00:04Z','kind':'ALERT','lotIds':['F1'],"
                + "'reason':'1 temperature reading(s) outside the thresholds',"
                + "'relatedEventId':'9f0e4aadf6ca78bea940cd7a097da3c52e60c802b11ddec266048afca1c2fa48',"
                + "'sensor':{'deviceId':'LOGGER-7','excursionCount':1,'maxAllowed':4,'measurement':'temperature',"
                + "'minAllowed':0,'readings':[{'time':'2026-01-01T00:00:04Z','value':6.2}],'unit':'Cel'},"
                + "'site':'S-CarrierMSP'},'eventId':'fc6037067890b47dd1e04543f3b78e12e959655682dbb126097532a3c5cf9f54',"
                + "'recordTime':'2026-01-01T00:00:26Z','txId':'tx000026'}"));
        assertThat(stored(FoodKeys.alert(alertId)))
                .isEqualTo(q("{'alertId':'fc6037067890b47dd1e04543f3b78e12e959655682dbb126097532a3c5cf9f54',"
                + "'excursions':{'deviceId':'LOGGER-7','excursionCount':1,'maxAllowed':4,'measurement':'temperature',"
                + "'minAllowed':0,'readings':[{'time':'2026-01-01T00:00:04Z','value':6.2}],'unit':'Cel'},"
                + "'holderMspIds':['Farm1MSP'],'lotIds':['F1'],'raisedAt':'2026-01-01T00:00:26Z',"
                + "'raisedByMspId':'CarrierMSP',"
                + "'sensorEventId':'9f0e4aadf6ca78bea940cd7a097da3c52e60c802b11ddec266048afca1c2fa48',"
                + "'txId':'tx000026'}"));
        assertThat(sensor.alert().alertId()).isEqualTo(alertId);
    }

    @Test
    void document_record() {
        assertThat(stored(FoodKeys.document(CERT)))
                .isEqualTo(q("{'hash':'abababababababababababababababababababababababababababababababab',"
                + "'issuer':'Guangzhou Testing Centre','lotIds':['F1'],'recordedAt':'2026-01-01T00:00:24Z',"
                + "'recordedBy':'x509::CN=analyst, OU=client, O=LabMSP::CN=ca.labmsp, O=LabMSP',"
                + "'recordedByMspId':'LabMSP','title':'Residue test','txId':'tx000024','type':'certificate',"
                + "'uri':'https://docs.example/cert.pdf','validFrom':'2026-01-01','validUntil':'2026-06-30'}"));
    }

    @Test
    void serial_item() {
        assertThat(stored(FoodKeys.serial("SN-1")))
                .isEqualTo(q("{'lotId':'F1','registeredAt':'2026-01-01T00:00:23Z','registeredByMspId':'Farm1MSP',"
                        + "'serial':'SN-1',"
                + "'txId':'tx000023'}"));
    }

    @Test
    void recall_records_and_event() {
        assertThat(stored(FoodKeys.recall("RC-1")))
                .isEqualTo(q("{'affectedLotCount':1,'batches':1,'complete':true,'documentHashes':[],"
                        + "'holderMspIds':['Farm1MSP'],"
                + "'issuedAt':'2026-01-01T00:00:27Z',"
                + "'issuedBy':'x509::CN=officer, OU=client, O=SamrMSP::CN=ca.samrmsp, O=SamrMSP',"
                + "'issuedByMspId':'SamrMSP','queueHead':0,'queueTail':0,'reason':'residue','recallId':'RC-1',"
                + "'rootLotId':'F1','txId':'tx000027','updatedAt':'2026-01-01T00:00:27Z'}"));
        assertThat(stored(FoodKeys.key(FoodKeys.RECALL_LOT, "RC-1", "F1")))
                .isEqualTo(q("{'batch':1,'holderMspId':'Farm1MSP','lotId':'F1','previousStatus':'IN_TRANSIT',"
                        + "'recallId':'RC-1'}"));
        assertThat(stored(FoodKeys.key(FoodKeys.RECALL_ACK, "RC-1", "Farm1MSP")))
                .isEqualTo(q("{'acknowledgedAt':'2026-01-01T00:00:28Z',"
                + "'acknowledgedBy':'" + FARMER + "',"
                + "'mspId':'Farm1MSP','note':'notified','recallId':'RC-1','txId':'tx000028'}"));
        assertThat(stored(FoodKeys.event("e14482eb0dbe75c8c2fdce32b9e0f4a2e144563bca4d720fc04888e9ab9e39b1")))
                .isEqualTo(q("{'body':{'actorId':'x509::CN=officer, OU=client, O=SamrMSP::CN=ca.samrmsp, O=SamrMSP',"
                + "'actorMspId':'SamrMSP','bizStep':'holding','disposition':'recalled','documentHashes':[],"
                + "'eventTime':'2026-01-01T00:00:27Z','kind':'RECALL','lotIds':['F1'],'note':'batch 1',"
                + "'reason':'residue','recallId':'RC-1','site':'S-SamrMSP'},"
                + "'eventId':'e14482eb0dbe75c8c2fdce32b9e0f4a2e144563bca4d720fc04888e9ab9e39b1',"
                + "'recordTime':'2026-01-01T00:00:27Z','txId':'tx000027'}"));
    }

    @Test
    void configuration() {
        assertThat(stored(FoodKeys.config()))
                .isEqualTo(q("{'authorityMspIds':['SamrMSP'],'memberMspIds':['CarrierMSP','CustomsMSP','Farm1MSP',"
                        + "'Farm2MSP',"
                + "'LabMSP','Market1MSP','Market2MSP','Market3MSP','ProcMSP','SamrMSP'],'txId':'tx000001',"
                + "'updatedAt':'2026-01-01T00:00:01Z',"
                + "'updatedBy':'x509::CN=samr-admin, OU=admin, O=SamrMSP::CN=ca.samrmsp, O=SamrMSP',"
                + "'updatedByMspId':'SamrMSP'}"));
    }

    @Test
    void site_record_and_its_gln_lookup() {
        assertThat(stored(FoodKeys.site("FARM1-F3")))
                .isEqualTo(q("{'address':{'city':'Conghua','countryCode':'CN','postalCode':'510900',"
                        + "'region':'Guangdong',"
                + "'street':'Field 3, Liuxi Village'},'businessName':'Liu Family Farm','gln':'6901234000023',"
                + "'glnExtension':'F3','ownerMspId':'Farm1MSP','phone':'+86 20 6188 0003',"
                + "'registeredAt':'2026-01-01T00:00:22Z','siteId':'FARM1-F3','updatedAt':'2026-01-01T00:00:22Z',"
                + "'updatedBy':'x509::CN=farm1msp-admin, OU=admin, O=Farm1MSP::CN=ca.farm1msp, O=Farm1MSP',"
                + "'updatedTxId':'tx000022','utcOffset':'+08:00'}"));
        assertThat(stored(FoodKeys.siteByGln(FIELD_GLN, "F3"))).isEqualTo(q("'FARM1-F3'"));
        assertThat(ledger.validationParameter(FoodKeys.site("FARM1-F3"))).isPresent();
    }

    @Test
    void party_record_and_its_pgln_lookup() {
        assertThat(stored(FoodKeys.party("Farm1MSP")))
                .isEqualTo(q("{'businessName':'Farm1MSP Ltd','mspId':'Farm1MSP','pgln':'6901234064155',"
                        + "'phone':'+86 20 8888 0001',"
                + "'primarySiteId':'S-Farm1MSP','registeredAt':'2026-01-01T00:00:07Z',"
                + "'updatedAt':'2026-01-01T00:00:07Z',"
                + "'updatedBy':'x509::CN=farm1msp-admin, OU=admin, O=Farm1MSP::CN=ca.farm1msp, O=Farm1MSP',"
                + "'updatedTxId':'tx000007'}"));
        assertThat(stored(FoodKeys.key(FoodKeys.PARTY_BY_PGLN, pgln("Farm1MSP")))).isEqualTo(q("'Farm1MSP'"));
        assertThat(ledger.validationParameter(FoodKeys.party("Farm1MSP"))).isPresent();
    }

    /** LedgerJson writes decimals value-canonically and in plain notation: 10, never 1E+1 or 10.0. */
    @Test
    void transformation_output_lot_and_event() {
        registerLot(FARM2, "F2", "10");                                                            // tx000029
        deliver(FARM2, "F2", PROCESSOR);                                                           // tx000030-31
        final TrackingEvent event = split(PROCESSOR, "F2", "10", List.of("S1"), "9.5");            // tx000032
        assertThat(stored(FoodKeys.lot("S1")))
                .isEqualTo(q("{'digitalLink':'https://id.gs1.org/01/06901234567892/10/S1','gtin':'06901234567892',"
                + "'holderMspId':'ProcMSP','lineageId':'F2','lotId':'S1','origin':{'producedOn':'2026-01-01',"
                + "'producer':'ProcMSP','site':'S-ProcMSP'},'parentLotIds':['F2'],'productCode':'06901234567892',"
                + "'productName':'Choy sum',"
                + "'quantity':9.5,'registeredAt':'2026-01-01T00:00:32Z',"
                + "'registeredBy':'x509::CN=proc, OU=client, O=ProcMSP::CN=ca.procmsp, O=ProcMSP',"
                + "'registrationTxId':'tx000032','status':'ACTIVE','traceCode':'TCVHWW7LS4LQX7SUBV6YKP','unit':'kg',"
                + "'updatedAt':'2026-01-01T00:00:32Z','updatedTxId':'tx000032'}"));
        assertThat(stored(FoodKeys.event(event.eventId())))
                .isEqualTo(q("{'body':{'actorId':'x509::CN=proc, OU=client, O=ProcMSP::CN=ca.procmsp, O=ProcMSP',"
                + "'actorMspId':'ProcMSP','bizStep':'creating_class_instance','disposition':'active',"
                + "'documentHashes':[],'eventTime':'2026-01-01T00:00:32Z','kind':'TRANSFORM','lotIds':['F2','S1'],"
                + "'site':'S-ProcMSP','transformation':{'inputs':[{'lotId':'F2','quantity':10,'unit':'kg'}],"
                + "'kind':'SPLIT','outputs':[{'lotId':'S1','quantity':9.5,'unit':'kg'}]}},"
                + "'eventId':'1dda0978ae683c4f1de0d913f094fa3410c1ee0ca3862b329575fc1b1496f223',"
                + "'recordTime':'2026-01-01T00:00:32Z','txId':'tx000032'}"));
        assertThat(event.eventId()).isEqualTo(Hashing.ofCanonicalJson(event.body()));
    }

    @Test
    void cool_event() {
        registerLot(FARM1, "F3", "40");                                                            // tx000029
        final TrackingEvent cooled = submit(FARM1, ctx -> contract.cool(ctx, json(new CoolRequest("F3", "FARM1-F3",
                Instant.parse("2026-01-01T00:00:30Z"), null, null, "hydrocooling"))), TrackingEvent.class); // tx000030
        assertThat(stored(FoodKeys.event(cooled.eventId()))).isEqualTo(q("{'body':{'actorId':'" + FARMER + "',"
                + "'actorMspId':'Farm1MSP','bizStep':'https://tracechain.org/epcis/BizStep-cooling',"
                + "'disposition':'active','documentHashes':[],'eventTime':'2026-01-01T00:00:30Z','kind':'COOL',"
                + "'lotIds':['F3'],'note':'hydrocooling','quantity':40,'site':'FARM1-F3','unit':'kg'},"
                + "'eventId':'ea8de6328ba91f791499a66771d087cea5a0af29528f1930c79ae944341b6e46',"
                + "'recordTime':'2026-01-01T00:00:30Z','txId':'tx000030'}"));
    }

    /** An imported event keeps the EPCIS eventID it had in its document, and the id is claimed once. */
    @Test
    void imported_event_and_its_epcis_event_id() {
        final String epcisId = "urn:uuid:6c7b8a4e-3f1d-5b2a-9e0c-1d2f3a4b5c6d";
        submit(FARM1, ctx -> contract.importEvents(ctx, json(new ImportEventsRequest(List.of(new ImportedEvent( // tx29
                epcisId, new RegisterLotRequest("F4", "CS-500", "Choy sum", new BigDecimal("25"), "KGM", null,
                        new LotOrigin(null, null, null, LocalDate.parse("2025-12-30"), OriginEvent.HARVESTING, null,
                                null, null, null), null, null, CHOY_SUM_GTIN, null,
                        Instant.parse("2026-01-01T00:00:20Z")), null, null, null, null, null, null, null))))));
        final String eventId = "cf2ae8d38b2c60725aa98d71e5f303580d9d3d9bf74f9831fb1ac39c58c18cec";
        assertThat(stored(FoodKeys.key(FoodKeys.EPCIS_EVENT, epcisId))).isEqualTo("\"" + eventId + "\"");
        assertThat(stored(FoodKeys.event(eventId))).isEqualTo(q("{'body':{'actorId':'" + FARMER + "',"
                + "'actorMspId':'Farm1MSP','bizStep':'creating_class_instance','disposition':'active',"
                + "'documentHashes':[],'epcisEventId':'urn:uuid:6c7b8a4e-3f1d-5b2a-9e0c-1d2f3a4b5c6d',"
                + "'eventTime':'2026-01-01T00:00:20Z','kind':'REGISTER','lotIds':['F4'],'quantity':25,"
                + "'site':'S-Farm1MSP','unit':'KGM'},"
                + "'eventId':'cf2ae8d38b2c60725aa98d71e5f303580d9d3d9bf74f9831fb1ac39c58c18cec',"
                + "'recordTime':'2026-01-01T00:00:29Z','txId':'tx000029'}"));
    }
}
