// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.tracechain.client.ChaincodeEventListener;
import org.tracechain.client.Committed;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerContract;
import org.tracechain.client.LedgerException;
import org.tracechain.client.Pending;
import org.tracechain.client.food.epcis.EpcisImport;
import org.tracechain.client.food.epcis.EpcisImportException;
import org.tracechain.client.food.export.MasterData;
import org.tracechain.model.food.AcknowledgeRecallRequest;
import org.tracechain.model.food.AggregateRequest;
import org.tracechain.model.food.AlertRecord;
import org.tracechain.model.food.ConfigurationRequest;
import org.tracechain.model.food.CoolRequest;
import org.tracechain.model.food.ImportEventsRequest;
import org.tracechain.model.food.ImportEventsResult;
import org.tracechain.model.food.PartyLookup;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.PartyRequest;
import org.tracechain.model.food.SiteLookup;
import org.tracechain.model.food.SiteRecord;
import org.tracechain.model.food.SiteRequest;
import org.tracechain.model.food.CorrectEventRequest;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.DocumentRequest;
import org.tracechain.model.food.DocumentVerification;
import org.tracechain.model.food.EventDetails;
import org.tracechain.model.food.FoodConfiguration;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.InspectRequest;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotQuery;
import org.tracechain.model.food.LotVersion;
import org.tracechain.model.food.RecallAcknowledgement;
import org.tracechain.model.food.RecallAffectedLot;
import org.tracechain.model.food.RecallBatchNotice;
import org.tracechain.model.food.RecallRequest;
import org.tracechain.model.food.RecallStatusView;
import org.tracechain.model.food.ReceiveRequest;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.RegisterSerialsRequest;
import org.tracechain.model.food.RegulatorActionRequest;
import org.tracechain.model.food.ResultPage;
import org.tracechain.model.food.SellRequest;
import org.tracechain.model.food.SensorReadingsRequest;
import org.tracechain.model.food.SensorReportResult;
import org.tracechain.model.food.SerialItem;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.TermsVerification;
import org.tracechain.model.food.TraceRequest;
import org.tracechain.model.food.TraceResult;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.food.TradeTerms;
import org.tracechain.model.food.TransformRequest;
import org.tracechain.model.food.VerifyTermsRequest;
import org.tracechain.model.identity.CallerInfo;

/** {@link FoodTrace} over a {@link LedgerContract}: encode the request, call, decode the result. */
final class FoodTraceImpl implements FoodTrace {

    /** Page size used when following bookmarks (the chaincode's maximum). */
    private static final int FULL_PAGE = 500;

    private final LedgerClient client;
    private final LedgerContract contract;
    private final FoodCalls calls;

    FoodTraceImpl(final LedgerClient client, final String channel) {
        this.client = Objects.requireNonNull(client, "client must not be null");
        this.contract = client.contract(channel, FoodTransaction.CHAINCODE);
        this.calls = new FoodCalls(contract);
    }

    @Override
    public LedgerContract contract() {
        return contract;
    }

    // ---- identity and configuration ----

    @Override
    public CallerInfo whoAmI() throws LedgerException {
        return contract.evaluateJson(FoodTransaction.WHO_AM_I, CallerInfo.class);
    }

    @Override
    public Committed<FoodConfiguration> configure(final ConfigurationRequest request) throws LedgerException {
        return calls.submit(FoodTransaction.CONFIGURE, FoodConfiguration.class, request);
    }

    @Override
    public FoodConfiguration configuration() throws LedgerException {
        return contract.evaluateJson(FoodTransaction.GET_CONFIGURATION, FoodConfiguration.class);
    }

    // ---- sites and parties ----

    @Override
    public Committed<SiteRecord> registerSite(final SiteRequest request) throws LedgerException {
        return calls.submit(FoodTransaction.REGISTER_SITE, SiteRecord.class, request);
    }

    @Override
    public Committed<SiteRecord> updateSite(final SiteRequest request) throws LedgerException {
        return calls.submit(FoodTransaction.UPDATE_SITE, SiteRecord.class, request);
    }

    @Override
    public SiteRecord site(final String siteId) throws LedgerException {
        return contract.evaluateJson(FoodTransaction.GET_SITE, SiteRecord.class, siteId);
    }

    @Override
    public SiteRecord siteByGln(final SiteLookup query) throws LedgerException {
        return contract.evaluateJson(FoodTransaction.GET_SITE_BY_GLN, SiteRecord.class, FoodCalls.json(query));
    }

    @Override
    public Committed<PartyRecord> registerParty(final PartyRequest request) throws LedgerException {
        return calls.submit(FoodTransaction.REGISTER_PARTY, PartyRecord.class, request);
    }

    @Override
    public Committed<PartyRecord> updateParty(final PartyRequest request) throws LedgerException {
        return calls.submit(FoodTransaction.UPDATE_PARTY, PartyRecord.class, request);
    }

    @Override
    public PartyRecord party(final String mspId) throws LedgerException {
        return contract.evaluateJson(FoodTransaction.GET_PARTY, PartyRecord.class, mspId);
    }

    @Override
    public PartyRecord partyByIdentifier(final PartyLookup query) throws LedgerException {
        return contract.evaluateJson(FoodTransaction.GET_PARTY_BY_IDENTIFIER, PartyRecord.class, FoodCalls.json(query));
    }

    @Override
    public MasterData masterDataFor(final Collection<Lot> lots, final Collection<TrackingEvent> events)
            throws LedgerException {
        return MasterDataReader.read(this, lots, events);
    }

    // ---- lots ----

    @Override
    public Committed<Lot> registerLot(final RegisterLotRequest request) throws LedgerException {
        return calls.submit(FoodTransaction.REGISTER_LOT, Lot.class, request);
    }

    @Override
    public Pending<Lot> registerLotAsync(final RegisterLotRequest request) throws LedgerException {
        return new PendingImpl<>(contract.submitAsync(FoodTransaction.REGISTER_LOT, FoodCalls.json(request)), Lot.class);
    }

    @Override
    public Committed<Lot> registerSerials(final RegisterSerialsRequest request) throws LedgerException {
        return calls.submit(FoodTransaction.REGISTER_SERIALS, Lot.class, request);
    }

    @Override
    public Lot lot(final String lotId) throws LedgerException {
        return contract.evaluateJson(FoodTransaction.GET_LOT, Lot.class, lotId);
    }

    @Override
    public Lot lotByTraceCode(final String traceCode) throws LedgerException {
        return contract.evaluateJson(FoodTransaction.GET_LOT_BY_TRACE_CODE, Lot.class, traceCode);
    }

    @Override
    public SerialItem serial(final String serial) throws LedgerException {
        return contract.evaluateJson(FoodTransaction.GET_SERIAL, SerialItem.class, serial);
    }

    @Override
    public List<LotVersion> lotHistory(final String lotId) throws LedgerException {
        return List.of(contract.evaluateJson(FoodTransaction.LOT_HISTORY, LotVersion[].class, lotId));
    }

    @Override
    public ResultPage<Lot> lotsByHolder(final LotQuery query) throws LedgerException {
        return calls.lotPage(FoodTransaction.LOTS_BY_HOLDER, query);
    }

    @Override
    public ResultPage<Lot> lotsByProduct(final LotQuery query) throws LedgerException {
        return calls.lotPage(FoodTransaction.LOTS_BY_PRODUCT, query);
    }

    @Override
    public ResultPage<Lot> lotsByStatus(final LotQuery query) throws LedgerException {
        return calls.lotPage(FoodTransaction.LOTS_BY_STATUS, query);
    }

    @Override
    public ResultPage<Lot> lotsByRegistrationDate(final LotQuery query) throws LedgerException {
        return calls.lotPage(FoodTransaction.LOTS_BY_REGISTRATION_DATE, query);
    }

    @Override
    public List<Lot> lotsRegisteredBetween(final Instant from, final Instant to) throws LedgerException {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        return FoodCalls.allPages(bookmark -> lotsByRegistrationDate(
                new LotQuery(null, null, null, from, to, null, null, null, FULL_PAGE, bookmark)));
    }

    @Override
    public ResultPage<Lot> lotsInContainer(final LotQuery query) throws LedgerException {
        return calls.lotPage(FoodTransaction.LOTS_IN_CONTAINER, query);
    }

    // ---- custody ----

    @Override
    public Committed<TrackingEvent> ship(final ShipRequest request, final TradeTerms terms) throws LedgerException {
        return Committed.of(calls.withTerms(FoodTransaction.SHIP, request, terms).retry().build().submit(),
                TrackingEvent.class);
    }

    @Override
    public Pending<TrackingEvent> shipAsync(final ShipRequest request, final TradeTerms terms)
            throws LedgerException {
        return new PendingImpl<>(calls.withTerms(FoodTransaction.SHIP, request, terms).build().submitAsync(),
                TrackingEvent.class);
    }

    @Override
    public Committed<TrackingEvent> receive(final ReceiveRequest request, final TradeTerms terms)
            throws LedgerException {
        return Committed.of(calls.withTerms(FoodTransaction.RECEIVE, request, terms).retry().build().submit(),
                TrackingEvent.class);
    }

    @Override
    public Pending<TrackingEvent> receiveAsync(final ReceiveRequest request, final TradeTerms terms)
            throws LedgerException {
        return new PendingImpl<>(calls.withTerms(FoodTransaction.RECEIVE, request, terms).build().submitAsync(),
                TrackingEvent.class);
    }

    @Override
    public Committed<TrackingEvent> sell(final SellRequest request) throws LedgerException {
        return calls.submit(FoodTransaction.SELL, TrackingEvent.class, request);
    }

    @Override
    public TermsVerification verifyTerms(final VerifyTermsRequest request) throws LedgerException {
        return contract.evaluateJson(FoodTransaction.VERIFY_TERMS, TermsVerification.class, FoodCalls.json(request));
    }

    @Override
    public TradeTerms terms(final String eventId) throws LedgerException {
        return contract.evaluateJson(FoodTransaction.GET_TERMS, TradeTerms.class, eventId);
    }

    // ---- cooling and EPCIS capture ----

    @Override
    public Committed<TrackingEvent> cool(final CoolRequest request) throws LedgerException {
        return calls.submit(FoodTransaction.COOL, TrackingEvent.class, request);
    }

    @Override
    public Committed<ImportEventsResult> importEvents(final ImportEventsRequest request) throws LedgerException {
        return calls.submit(FoodTransaction.IMPORT_EVENTS, ImportEventsResult.class, request);
    }

    @Override
    public Committed<ImportEventsResult> importEpcis(final String document)
            throws LedgerException, EpcisImportException {
        return importEvents(EpcisImport.map(document, new LedgerResolver(this)));
    }

    // ---- transformation and aggregation ----

    @Override
    public Committed<TrackingEvent> transform(final TransformRequest request) throws LedgerException {
        return calls.submit(FoodTransaction.TRANSFORM, TrackingEvent.class, request);
    }

    @Override
    public Pending<TrackingEvent> transformAsync(final TransformRequest request) throws LedgerException {
        return new PendingImpl<>(contract.submitAsync(FoodTransaction.TRANSFORM, FoodCalls.json(request)), TrackingEvent.class);
    }

    @Override
    public Committed<TrackingEvent> aggregate(final AggregateRequest request) throws LedgerException {
        return calls.submit(FoodTransaction.AGGREGATE, TrackingEvent.class, request);
    }

    @Override
    public Committed<TrackingEvent> disaggregate(final AggregateRequest request) throws LedgerException {
        return calls.submit(FoodTransaction.DISAGGREGATE, TrackingEvent.class, request);
    }

    // ---- inspection and documents ----

    @Override
    public Committed<TrackingEvent> inspect(final InspectRequest request) throws LedgerException {
        return calls.submit(FoodTransaction.INSPECT, TrackingEvent.class, request);
    }

    @Override
    public Committed<DocumentRecord> recordDocument(final DocumentRequest request) throws LedgerException {
        return calls.submit(FoodTransaction.RECORD_DOCUMENT, DocumentRecord.class, request);
    }

    @Override
    public DocumentVerification verifyDocument(final String hash) throws LedgerException {
        return contract.evaluateJson(FoodTransaction.VERIFY_DOCUMENT, DocumentVerification.class, hash);
    }

    // ---- cold chain ----

    @Override
    public Committed<SensorReportResult> recordSensorReadings(final SensorReadingsRequest request)
            throws LedgerException {
        return calls.submit(FoodTransaction.RECORD_SENSOR_READINGS, SensorReportResult.class, request);
    }

    @Override
    public ResultPage<AlertRecord> alertsByLot(final LotQuery query) throws LedgerException {
        final FoodCalls.AlertPage page = contract.evaluateJson(FoodTransaction.ALERTS_BY_LOT, FoodCalls.AlertPage.class, FoodCalls.json(query));
        return new ResultPage<>(page.items(), page.bookmark());
    }

    // ---- events ----

    @Override
    public Committed<TrackingEvent> correctEvent(final CorrectEventRequest request) throws LedgerException {
        return calls.submit(FoodTransaction.CORRECT_EVENT, TrackingEvent.class, request);
    }

    @Override
    public EventDetails event(final String eventId) throws LedgerException {
        return contract.evaluateJson(FoodTransaction.GET_EVENT, EventDetails.class, eventId);
    }

    @Override
    public ResultPage<TrackingEvent> eventsByLot(final LotQuery query) throws LedgerException {
        final FoodCalls.EventPage page = contract.evaluateJson(FoodTransaction.EVENTS_BY_LOT, FoodCalls.EventPage.class, FoodCalls.json(query));
        return new ResultPage<>(page.items(), page.bookmark());
    }

    @Override
    public List<TrackingEvent> allEventsOfLot(final String lotId) throws LedgerException {
        Objects.requireNonNull(lotId, "lotId must not be null");
        return FoodCalls.allPages(bookmark -> eventsByLot(
                new LotQuery(null, null, null, null, null, lotId, null, null, FULL_PAGE, bookmark)));
    }

    // ---- trace ----

    @Override
    public TraceResult traceBack(final TraceRequest request) throws LedgerException {
        return trace(FoodTransaction.TRACE_BACK, request);
    }

    @Override
    public TraceResult traceBack(final String lotId) throws LedgerException {
        return traceBack(new TraceRequest(Objects.requireNonNull(lotId, "lotId must not be null"), null, null, null,
                null));
    }

    @Override
    public TraceResult traceForward(final TraceRequest request) throws LedgerException {
        return trace(FoodTransaction.TRACE_FORWARD, request);
    }

    private TraceResult trace(final String transaction, final TraceRequest request) throws LedgerException {
        return contract.newTransaction(transaction).addArguments(FoodCalls.json(request)).evaluateTimeout(TRACE_TIMEOUT).build()
                .evaluateJson(TraceResult.class);
    }

    @Override
    public TraceResult traceForward(final String lotId) throws LedgerException {
        return traceForward(new TraceRequest(Objects.requireNonNull(lotId, "lotId must not be null"), null, null,
                null, null));
    }

    @Override
    public TraceResult traceBackAll(final String lotId, final int pageLots) throws LedgerException {
        return TracePager.all(this::traceBack, Objects.requireNonNull(lotId, "lotId must not be null"), pageLots);
    }

    @Override
    public TraceResult traceForwardAll(final String lotId, final int pageLots) throws LedgerException {
        return TracePager.all(this::traceForward, Objects.requireNonNull(lotId, "lotId must not be null"), pageLots);
    }

    // ---- regulator actions ----

    @Override
    public Committed<RecallBatchNotice> recall(final RecallRequest request) throws LedgerException {
        return calls.submitRetrying(FoodTransaction.RECALL, RecallBatchNotice.class, FoodCalls.json(request));
    }

    @Override
    public Committed<RecallBatchNotice> continueRecall(final String recallId) throws LedgerException {
        return calls.submitRetrying(FoodTransaction.CONTINUE_RECALL, RecallBatchNotice.class,
                Objects.requireNonNull(recallId, "recallId must not be null"));
    }

    @Override
    public Committed<RecallAcknowledgement> acknowledgeRecall(final AcknowledgeRecallRequest request)
            throws LedgerException {
        return calls.submitRetrying(FoodTransaction.ACKNOWLEDGE_RECALL, RecallAcknowledgement.class, FoodCalls.json(request));
    }

    @Override
    public RecallStatusView recallStatus(final String recallId) throws LedgerException {
        return contract.evaluateJson(FoodTransaction.RECALL_STATUS, RecallStatusView.class, recallId);
    }

    @Override
    public ResultPage<RecallAffectedLot> recallLots(final LotQuery query) throws LedgerException {
        final FoodCalls.RecallLotPage page = contract.evaluateJson(FoodTransaction.RECALL_LOTS, FoodCalls.RecallLotPage.class,
                FoodCalls.json(query));
        return new ResultPage<>(page.items(), page.bookmark());
    }

    @Override
    public Committed<TrackingEvent> hold(final RegulatorActionRequest request) throws LedgerException {
        return calls.submitRetrying(FoodTransaction.HOLD, TrackingEvent.class, FoodCalls.json(request));
    }

    @Override
    public Committed<TrackingEvent> release(final RegulatorActionRequest request) throws LedgerException {
        return calls.submitRetrying(FoodTransaction.RELEASE, TrackingEvent.class, FoodCalls.json(request));
    }

    // ---- notifications ----

    @Override
    public ChaincodeEventListener listenForRecallsAndAlerts(final Path checkpointFile,
            final SafetyNotice.Handler handler) throws IOException {
        return SafetyNoticeListener.start(client.newChaincodeEventListener(contract.channel(), contract.chaincode())
                .checkpointFile(checkpointFile), handler);
    }

    @Override
    public ChaincodeEventListener listenForRecallsAndAlerts(final Path checkpointFile, final long startBlock,
            final SafetyNotice.Handler handler) throws IOException {
        return SafetyNoticeListener.start(client.newChaincodeEventListener(contract.channel(), contract.chaincode())
                .checkpointFile(checkpointFile).startBlock(startBlock), handler);
    }

    @Override
    public String toString() {
        return "FoodTrace[" + contract + "]";
    }
}
