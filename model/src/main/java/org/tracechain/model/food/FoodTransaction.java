// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import static org.tracechain.model.transaction.Parameter.identifier;
import static org.tracechain.model.transaction.Parameter.json;
import static org.tracechain.model.transaction.TransactionSignature.evaluate;
import static org.tracechain.model.transaction.TransactionSignature.submit;

import java.util.List;
import org.tracechain.model.transaction.TransactionTable;

/**
 * Transaction names of the foodtrace chaincode and their signatures ({@link #TABLE}), shared by the contract and
 * the client.
 */
public final class FoodTransaction {
    public static final String CHAINCODE = "foodtrace";
    public static final String CONTRACT = "foodtrace";

    /** Name of the transient-map entry that carries private {@link TradeTerms} of a ship/receive. */
    public static final String TRANSIENT_TERMS = "terms";
    /**
     * Name of the transient-map entry that carries the terms' salt: 64 lower-case hex digits (32 bytes from a secure
     * random source), required with {@link #TRANSIENT_TERMS}. The client draws it, because endorsing peers must
     * compute the same result and so the chaincode cannot use randomness.
     */
    public static final String TRANSIENT_TERMS_SALT = "termsSalt";

    // ---- identity and configuration ----
    public static final String WHO_AM_I = "WhoAmI";
    public static final String CONFIGURE = "Configure";
    public static final String GET_CONFIGURATION = "GetConfiguration";

    // ---- sites and parties ----
    public static final String REGISTER_SITE = "RegisterSite";
    public static final String UPDATE_SITE = "UpdateSite";
    public static final String GET_SITE = "GetSite";
    public static final String GET_SITE_BY_GLN = "GetSiteByGln";
    public static final String REGISTER_PARTY = "RegisterParty";
    public static final String UPDATE_PARTY = "UpdateParty";
    public static final String GET_PARTY = "GetParty";
    public static final String GET_PARTY_BY_IDENTIFIER = "GetPartyByIdentifier";

    // ---- lots ----
    public static final String REGISTER_LOT = "RegisterLot";
    public static final String REGISTER_SERIALS = "RegisterSerials";
    public static final String GET_LOT = "GetLot";
    public static final String GET_LOT_BY_TRACE_CODE = "GetLotByTraceCode";
    public static final String GET_SERIAL = "GetSerial";
    public static final String LOT_HISTORY = "LotHistory";
    public static final String LOTS_BY_HOLDER = "LotsByHolder";
    public static final String LOTS_BY_PRODUCT = "LotsByProduct";
    public static final String LOTS_BY_STATUS = "LotsByStatus";
    public static final String LOTS_BY_REGISTRATION_DATE = "LotsByRegistrationDate";
    public static final String LOTS_IN_CONTAINER = "LotsInContainer";

    // ---- custody ----
    public static final String SHIP = "Ship";
    public static final String RECEIVE = "Receive";
    public static final String SELL = "Sell";
    public static final String VERIFY_TERMS = "VerifyTerms";
    public static final String GET_TERMS = "GetTerms";

    // ---- critical tracking events without custody change ----
    public static final String COOL = "Cool";

    // ---- EPCIS capture ----
    public static final String IMPORT_EVENTS = "ImportEvents";

    // ---- transformation and aggregation ----
    public static final String TRANSFORM = "Transform";
    public static final String AGGREGATE = "Aggregate";
    public static final String DISAGGREGATE = "Disaggregate";

    // ---- inspection and documents ----
    public static final String INSPECT = "Inspect";
    public static final String RECORD_DOCUMENT = "RecordDocument";
    public static final String VERIFY_DOCUMENT = "VerifyDocument";

    // ---- cold chain ----
    public static final String RECORD_SENSOR_READINGS = "RecordSensorReadings";
    public static final String ALERTS_BY_LOT = "AlertsByLot";

    // ---- events ----
    public static final String CORRECT_EVENT = "CorrectEvent";
    public static final String GET_EVENT = "GetEvent";
    public static final String EVENTS_BY_LOT = "EventsByLot";

    // ---- trace ----
    public static final String TRACE_BACK = "TraceBack";
    public static final String TRACE_FORWARD = "TraceForward";

    // ---- regulator actions ----
    public static final String RECALL = "Recall";
    public static final String CONTINUE_RECALL = "ContinueRecall";
    public static final String ACKNOWLEDGE_RECALL = "AcknowledgeRecall";
    public static final String RECALL_STATUS = "RecallStatus";
    public static final String RECALL_LOTS = "RecallLots";
    public static final String HOLD = "Hold";
    public static final String RELEASE = "Release";

    /**
     * Every foodtrace transaction: name, submit or evaluate, positional arguments and accepted transient entries.
     * The chaincode refuses any call that does not match its entry here before it reads the ledger.
     */
    public static final TransactionTable TABLE = new TransactionTable(CONTRACT, List.of(
            evaluate(WHO_AM_I),
            submit(CONFIGURE, json("request", ConfigurationRequest.class)),
            evaluate(GET_CONFIGURATION),

            submit(REGISTER_SITE, json("request", SiteRequest.class)),
            submit(UPDATE_SITE, json("request", SiteRequest.class)),
            evaluate(GET_SITE, identifier("siteId")),
            evaluate(GET_SITE_BY_GLN, json("query", SiteLookup.class)),
            submit(REGISTER_PARTY, json("request", PartyRequest.class)),
            submit(UPDATE_PARTY, json("request", PartyRequest.class)),
            evaluate(GET_PARTY, identifier("mspId")),
            evaluate(GET_PARTY_BY_IDENTIFIER, json("query", PartyLookup.class)),

            submit(REGISTER_LOT, json("request", RegisterLotRequest.class)),
            submit(REGISTER_SERIALS, json("request", RegisterSerialsRequest.class)),
            evaluate(GET_LOT, identifier("lotId")),
            evaluate(GET_LOT_BY_TRACE_CODE, identifier("traceCode")),
            evaluate(GET_SERIAL, identifier("serial")),
            evaluate(LOT_HISTORY, identifier("lotId")),
            evaluate(LOTS_BY_HOLDER, json("query", LotQuery.class)),
            evaluate(LOTS_BY_PRODUCT, json("query", LotQuery.class)),
            evaluate(LOTS_BY_STATUS, json("query", LotQuery.class)),
            evaluate(LOTS_BY_REGISTRATION_DATE, json("query", LotQuery.class)),
            evaluate(LOTS_IN_CONTAINER, json("query", LotQuery.class)),

            submit(SHIP, json("request", ShipRequest.class)).withTransient(TRANSIENT_TERMS, TRANSIENT_TERMS_SALT),
            submit(RECEIVE, json("request", ReceiveRequest.class)).withTransient(TRANSIENT_TERMS,
                    TRANSIENT_TERMS_SALT),
            submit(SELL, json("request", SellRequest.class)),
            evaluate(VERIFY_TERMS, json("request", VerifyTermsRequest.class)),
            evaluate(GET_TERMS, identifier("eventId")),

            submit(COOL, json("request", CoolRequest.class)),
            submit(IMPORT_EVENTS, json("request", ImportEventsRequest.class)),

            submit(TRANSFORM, json("request", TransformRequest.class)),
            submit(AGGREGATE, json("request", AggregateRequest.class)),
            submit(DISAGGREGATE, json("request", AggregateRequest.class)),

            submit(INSPECT, json("request", InspectRequest.class)),
            submit(RECORD_DOCUMENT, json("request", DocumentRequest.class)),
            evaluate(VERIFY_DOCUMENT, identifier("hash")),

            submit(RECORD_SENSOR_READINGS, json("request", SensorReadingsRequest.class)),
            evaluate(ALERTS_BY_LOT, json("query", LotQuery.class)),

            submit(CORRECT_EVENT, json("request", CorrectEventRequest.class)),
            evaluate(GET_EVENT, identifier("eventId")),
            evaluate(EVENTS_BY_LOT, json("query", LotQuery.class)),

            evaluate(TRACE_BACK, json("request", TraceRequest.class)),
            evaluate(TRACE_FORWARD, json("request", TraceRequest.class)),

            submit(RECALL, json("request", RecallRequest.class)),
            submit(CONTINUE_RECALL, identifier("recallId")),
            submit(ACKNOWLEDGE_RECALL, json("request", AcknowledgeRecallRequest.class)),
            evaluate(RECALL_STATUS, identifier("recallId")),
            evaluate(RECALL_LOTS, json("query", LotQuery.class)),
            submit(HOLD, json("request", RegulatorActionRequest.class)),
            submit(RELEASE, json("request", RegulatorActionRequest.class))));

    private FoodTransaction() {}
}
