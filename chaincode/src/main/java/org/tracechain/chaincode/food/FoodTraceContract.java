// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.function.Function;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contact;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.License;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.tracechain.chaincode.access.Caller;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.validation.JsonArgument;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.food.AcknowledgeRecallRequest;
import org.tracechain.model.food.AggregateRequest;
import org.tracechain.model.food.ConfigurationRequest;
import org.tracechain.model.food.CoolRequest;
import org.tracechain.model.food.CorrectEventRequest;
import org.tracechain.model.food.DocumentRequest;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.ImportEventsRequest;
import org.tracechain.model.food.InspectRequest;
import org.tracechain.model.food.LotQuery;
import org.tracechain.model.food.PartyLookup;
import org.tracechain.model.food.PartyRequest;
import org.tracechain.model.food.RecallRequest;
import org.tracechain.model.food.ReceiveRequest;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.RegisterSerialsRequest;
import org.tracechain.model.food.RegulatorActionRequest;
import org.tracechain.model.food.SellRequest;
import org.tracechain.model.food.SensorReadingsRequest;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.SiteLookup;
import org.tracechain.model.food.SiteRequest;
import org.tracechain.model.food.TraceRequest;
import org.tracechain.model.food.TransformRequest;
import org.tracechain.model.food.VerifyTermsRequest;
import org.tracechain.model.json.LedgerJson;

/**
 * The foodtrace chaincode's transactions. Thin on purpose: decode the JSON argument, build the caller
 * and the service, encode the result with the canonical codec. Rules live in the services.
 */
@Contract(name = FoodTransaction.CONTRACT,
        info = @Info(title = "tracechain foodtrace", description = "Food traceability lots, events and recalls",
                version = "0.2.0", license = @License(name = "Apache-2.0"), contact = @Contact(name = "tracechain")))
@Default
public final class FoodTraceContract implements ContractInterface {

    // ---- identity and configuration ------------------------------------------------------------------

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.WHO_AM_I)
    public String whoAmI(final Context ctx) {
        return LedgerJson.toJson(Caller.from(ctx.getClientIdentity()).info());
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.CONFIGURE)
    public String configure(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new ConfigurationService(tx).configure(decode(requestJson, ConfigurationRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.GET_CONFIGURATION)
    public String getConfiguration(final Context ctx) {
        return run(ctx, tx -> new ConfigurationService(tx).get());
    }

    // ---- sites and parties -------------------------------------------------------------------------------

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.REGISTER_SITE)
    public String registerSite(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new SiteService(tx).register(decode(requestJson, SiteRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.UPDATE_SITE)
    public String updateSite(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new SiteService(tx).update(decode(requestJson, SiteRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.GET_SITE)
    public String getSite(final Context ctx, final String siteId) {
        return run(ctx, tx -> new SiteService(tx).get(siteId));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.GET_SITE_BY_GLN)
    public String getSiteByGln(final Context ctx, final String queryJson) {
        return run(ctx, tx -> new SiteService(tx).getByGln(decode(queryJson, SiteLookup.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.REGISTER_PARTY)
    public String registerParty(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new PartyService(tx).register(decode(requestJson, PartyRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.UPDATE_PARTY)
    public String updateParty(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new PartyService(tx).update(decode(requestJson, PartyRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.GET_PARTY)
    public String getParty(final Context ctx, final String mspId) {
        return run(ctx, tx -> new PartyService(tx).get(mspId));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.GET_PARTY_BY_IDENTIFIER)
    public String getPartyByIdentifier(final Context ctx, final String queryJson) {
        return run(ctx, tx -> new PartyService(tx).getByIdentifier(decode(queryJson, PartyLookup.class)));
    }

    // ---- lots --------------------------------------------------------------------------------------------

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.REGISTER_LOT)
    public String registerLot(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new LotService(tx).registerLot(decode(requestJson, RegisterLotRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.REGISTER_SERIALS)
    public String registerSerials(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new LotService(tx).registerSerials(decode(requestJson, RegisterSerialsRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.GET_LOT)
    public String getLot(final Context ctx, final String lotId) {
        return run(ctx, tx -> new LotService(tx).getLot(lotId));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.GET_LOT_BY_TRACE_CODE)
    public String getLotByTraceCode(final Context ctx, final String traceCode) {
        return run(ctx, tx -> new LotService(tx).getLotByTraceCode(traceCode));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.GET_SERIAL)
    public String getSerial(final Context ctx, final String serial) {
        return run(ctx, tx -> new LotService(tx).getSerial(serial));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.LOT_HISTORY)
    public String lotHistory(final Context ctx, final String lotId) {
        return run(ctx, tx -> new QueryService(tx).lotHistory(lotId));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.LOTS_BY_HOLDER)
    public String lotsByHolder(final Context ctx, final String queryJson) {
        return run(ctx, tx -> new QueryService(tx).lotsByHolder(decode(queryJson, LotQuery.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.LOTS_BY_PRODUCT)
    public String lotsByProduct(final Context ctx, final String queryJson) {
        return run(ctx, tx -> new QueryService(tx).lotsByProduct(decode(queryJson, LotQuery.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.LOTS_BY_STATUS)
    public String lotsByStatus(final Context ctx, final String queryJson) {
        return run(ctx, tx -> new QueryService(tx).lotsByStatus(decode(queryJson, LotQuery.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.LOTS_BY_REGISTRATION_DATE)
    public String lotsByRegistrationDate(final Context ctx, final String queryJson) {
        return run(ctx, tx -> new QueryService(tx).lotsByRegistrationDate(decode(queryJson, LotQuery.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.LOTS_IN_CONTAINER)
    public String lotsInContainer(final Context ctx, final String queryJson) {
        return run(ctx, tx -> new QueryService(tx).lotsInContainer(decode(queryJson, LotQuery.class)));
    }

    // ---- custody -----------------------------------------------------------------------------------------

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.SHIP)
    public String ship(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new CustodyService(tx).ship(decode(requestJson, ShipRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.RECEIVE)
    public String receive(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new CustodyService(tx).receive(decode(requestJson, ReceiveRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.SELL)
    public String sell(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new CustodyService(tx).sell(decode(requestJson, SellRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.VERIFY_TERMS)
    public String verifyTerms(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new TermsService(tx).verify(decode(requestJson, VerifyTermsRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.GET_TERMS)
    public String getTerms(final Context ctx, final String eventId) {
        return run(ctx, tx -> new TermsService(tx).get(eventId));
    }

    // ---- cooling and EPCIS capture -------------------------------------------------------------------------

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.COOL)
    public String cool(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new CoolingService(tx).cool(decode(requestJson, CoolRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.IMPORT_EVENTS)
    public String importEvents(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new ImportService(tx).importEvents(decode(requestJson, ImportEventsRequest.class)));
    }

    // ---- transformation and aggregation ---------------------------------------------------------------

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.TRANSFORM)
    public String transform(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new TransformationService(tx).transform(decode(requestJson, TransformRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.AGGREGATE)
    public String aggregate(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new TransformationService(tx).aggregate(decode(requestJson, AggregateRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.DISAGGREGATE)
    public String disaggregate(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new TransformationService(tx).disaggregate(decode(requestJson, AggregateRequest.class)));
    }

    // ---- inspection and documents -----------------------------------------------------------------------

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.INSPECT)
    public String inspect(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new InspectionService(tx).inspect(decode(requestJson, InspectRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.RECORD_DOCUMENT)
    public String recordDocument(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new InspectionService(tx).recordDocument(decode(requestJson, DocumentRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.VERIFY_DOCUMENT)
    public String verifyDocument(final Context ctx, final String hash) {
        return run(ctx, tx -> new InspectionService(tx).verifyDocument(hash));
    }

    // ---- cold chain ------------------------------------------------------------------------------------------

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.RECORD_SENSOR_READINGS)
    public String recordSensorReadings(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new ColdChainService(tx).record(decode(requestJson, SensorReadingsRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.ALERTS_BY_LOT)
    public String alertsByLot(final Context ctx, final String queryJson) {
        return run(ctx, tx -> new QueryService(tx).alertsByLot(decode(queryJson, LotQuery.class)));
    }

    // ---- events ------------------------------------------------------------------------------------------------

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.CORRECT_EVENT)
    public String correctEvent(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new EventService(tx).correct(decode(requestJson, CorrectEventRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.GET_EVENT)
    public String getEvent(final Context ctx, final String eventId) {
        return run(ctx, tx -> new EventService(tx).get(eventId));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.EVENTS_BY_LOT)
    public String eventsByLot(final Context ctx, final String queryJson) {
        return run(ctx, tx -> new QueryService(tx).eventsByLot(decode(queryJson, LotQuery.class)));
    }

    // ---- trace -------------------------------------------------------------------------------------------------

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.TRACE_BACK)
    public String traceBack(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new TraceService(tx).trace(TraceService.Direction.BACK,
                decode(requestJson, TraceRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.TRACE_FORWARD)
    public String traceForward(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new TraceService(tx).trace(TraceService.Direction.FORWARD,
                decode(requestJson, TraceRequest.class)));
    }

    // ---- regulator actions ------------------------------------------------------------------------------------

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.RECALL)
    public String recall(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new RecallService(tx).recall(decode(requestJson, RecallRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.CONTINUE_RECALL)
    public String continueRecall(final Context ctx, final String recallId) {
        return run(ctx, tx -> new RecallService(tx).continueRecall(recallId));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.ACKNOWLEDGE_RECALL)
    public String acknowledgeRecall(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new RecallService(tx).acknowledge(decode(requestJson, AcknowledgeRecallRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.RECALL_STATUS)
    public String recallStatus(final Context ctx, final String recallId) {
        return run(ctx, tx -> new RecallService(tx).status(recallId));
    }

    @Transaction(intent = Transaction.TYPE.EVALUATE, name = FoodTransaction.RECALL_LOTS)
    public String recallLots(final Context ctx, final String queryJson) {
        return run(ctx, tx -> new RecallService(tx).lots(decode(queryJson, LotQuery.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.HOLD)
    public String hold(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new HoldService(tx).hold(decode(requestJson, RegulatorActionRequest.class)));
    }

    @Transaction(intent = Transaction.TYPE.SUBMIT, name = FoodTransaction.RELEASE)
    public String release(final Context ctx, final String requestJson) {
        return run(ctx, tx -> new HoldService(tx).release(decode(requestJson, RegulatorActionRequest.class)));
    }

    /** Unreachable through the TransactionGate, which refuses unknown names first; kept for the bare router. */
    @Override
    public void unknownTransaction(final Context ctx) {
        throw Refusal.of(CommonError.UNKNOWN_TRANSACTION, "foodtrace has no transaction %s", ctx.getStub().getFunction());
    }

    // ---- plumbing ------------------------------------------------------------------------------------------------

    private static String run(final Context ctx, final Function<FoodTx, Object> transaction) {
        final FoodTx tx = new FoodTx(new LedgerState(ctx.getStub()), Caller.from(ctx.getClientIdentity()));
        return LedgerJson.toJson(transaction.apply(tx));
    }

    private static <T> T decode(final String json, final Class<T> type) {
        return JsonArgument.decode(type.getSimpleName(), json, type);
    }
}
