// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/** Transaction names of the foodtrace chaincode, shared by the contract and the client. */
public final class FoodTransaction {
    public static final String CHAINCODE = "foodtrace";
    public static final String CONTRACT = "foodtrace";

    /** Name of the transient-map entry that carries private {@link TradeTerms} of a ship/receive. */
    public static final String TRANSIENT_TERMS = "terms";

    // ---- identity and configuration ----
    public static final String WHO_AM_I = "WhoAmI";
    public static final String CONFIGURE = "Configure";
    public static final String GET_CONFIGURATION = "GetConfiguration";

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

    private FoodTransaction() {}
}
