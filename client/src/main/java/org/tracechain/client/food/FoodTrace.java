// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food;

import org.tracechain.client.Committed;
import org.tracechain.client.Pending;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.tracechain.client.ChaincodeEventListener;
import org.tracechain.client.food.epcis.EpcisImport;
import org.tracechain.client.food.epcis.EpcisImportException;
import org.tracechain.client.food.export.MasterData;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerContract;
import org.tracechain.client.LedgerException;
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

/**
 * The foodtrace chaincode as a typed API: one method per transaction, model records in and out. Submit methods
 * wait for the commit and return the result with its transaction id ({@link Committed}); the {@code …Async}
 * variants return once the transaction is endorsed and sent ({@link Pending}). Private trade terms of a
 * ship/receive travel in the transient map, never in the transaction.
 *
 * <pre>{@code
 * try (LedgerClient client = LedgerClient.newBuilder().organization("producer").user("processor").connect()) {
 *     FoodTrace food = FoodTrace.of(client);
 *     Committed<TrackingEvent> shipped = food.ship(
 *             new ShipRequest("GZ-R1", "DistributorMSP", "Baiyun packing hall", null, null, null),
 *             new TradeTerms(new BigDecimal("1200"), "CNY", "PO-7", null));
 *     log.info("shipped in tx {}", shipped.transactionId());
 *     TraceResult origin = food.traceBack("GZ-R1");
 * } catch (TransactionRefusedException e) {
 *     if (e.hasCode(FoodError.LOT_RECALLED)) { ... }   // e.transactionId() names the refused proposal
 * }
 * }</pre>
 *
 * <p>Every method throws the client's {@link LedgerException} subclasses: {@code TransactionRefusedException}
 * (with the chaincode's {@code FoodError} code), {@code CommitFailedException} ({@code TransactionConflictException}
 * for a concurrent change), {@code LedgerUnavailableException}.
 *
 * <p>The methods whose request names the state it wants ({@link #ship}, {@link #receive}, {@link #hold},
 * {@link #release}, {@link #recall}, {@link #continueRecall}, {@link #acknowledgeRecall}) retry conflicts and
 * outages that left nothing submitted, with the client's retry policy
 * ({@link org.tracechain.client.LedgerClient.Builder#retryPolicy}): each attempt is endorsed from the ledger as it is
 * then, an attempt that conflicted wrote nothing, and the chaincode refuses what no longer applies (a lot another
 * caller shipped meanwhile: {@code LOT_IN_TRANSIT}). The others (sell, transform: quantities taken from what is
 * there) and the {@code …Async} variants do not retry.
 * Implementations are thread-safe.
 */
public interface FoodTrace {

    /** The channel foodtrace is deployed on by default. */
    String DEFAULT_CHANNEL = "foodtrace";

    /**
     * The foodtrace chaincode on the {@value #DEFAULT_CHANNEL} channel, as the client's identity.
     *
     * @param client a connected client
     * @return the typed API
     */
    static FoodTrace of(final LedgerClient client) {
        return of(client, DEFAULT_CHANNEL);
    }

    /**
     * The foodtrace chaincode on another channel.
     *
     * @param client a connected client
     * @param channel channel name
     * @return the typed API
     */
    static FoodTrace of(final LedgerClient client, final String channel) {
        return new FoodTraceImpl(client, channel);
    }

    /** The underlying contract. */
    LedgerContract contract();

    // ---- identity and configuration ----

    /** {@code WhoAmI}: the caller as the chaincode sees it. */
    CallerInfo whoAmI() throws LedgerException;

    /** {@code Configure} (organisation admin): the authority organisations. */
    Committed<FoodConfiguration> configure(ConfigurationRequest request) throws LedgerException;

    /** {@code GetConfiguration}. */
    FoodConfiguration configuration() throws LedgerException;

    // ---- sites and parties ----

    /** {@code RegisterSite} (organisation admin): a location of the caller's organisation. */
    Committed<SiteRecord> registerSite(SiteRequest request) throws LedgerException;

    /** {@code UpdateSite} (admin of the site's organisation). */
    Committed<SiteRecord> updateSite(SiteRequest request) throws LedgerException;

    /** {@code GetSite}. */
    SiteRecord site(String siteId) throws LedgerException;

    /** {@code GetSiteByGln}: the site registered with a GLN and (optional) extension. */
    SiteRecord siteByGln(SiteLookup query) throws LedgerException;

    /** {@code RegisterParty} (organisation admin): the caller's organisation as a trading party. */
    Committed<PartyRecord> registerParty(PartyRequest request) throws LedgerException;

    /** {@code UpdateParty} (organisation admin). */
    Committed<PartyRecord> updateParty(PartyRequest request) throws LedgerException;

    /** {@code GetParty}: an organisation's party record by MSP id. */
    PartyRecord party(String mspId) throws LedgerException;

    /** {@code GetPartyByIdentifier}: the organisation registered with a party GLN or USCC. */
    PartyRecord partyByIdentifier(PartyLookup query) throws LedgerException;

    /**
     * The registered sites and parties that lots and events name (sites of events and origins, ship-to sites,
     * recording, holding and trading organisations): what an export of events read without a trace needs.
     * Names without a record (data recorded before the registries) are left out; the exports say so.
     */
    MasterData masterDataFor(Collection<Lot> lots, Collection<TrackingEvent> events) throws LedgerException;

    // ---- lots ----

    /** {@code RegisterLot} (producer). */
    Committed<Lot> registerLot(RegisterLotRequest request) throws LedgerException;

    /** {@code RegisterLot} without waiting for the commit. */
    Pending<Lot> registerLotAsync(RegisterLotRequest request) throws LedgerException;

    /** {@code RegisterSerials} (holder): the lot with its new serial count. */
    Committed<Lot> registerSerials(RegisterSerialsRequest request) throws LedgerException;

    /** {@code GetLot}. */
    Lot lot(String lotId) throws LedgerException;

    /** {@code GetLotByTraceCode}: the lot behind a 追溯码. */
    Lot lotByTraceCode(String traceCode) throws LedgerException;

    /** {@code GetSerial}. */
    SerialItem serial(String serial) throws LedgerException;

    /** {@code LotHistory}: every committed version of the lot, newest first. */
    List<LotVersion> lotHistory(String lotId) throws LedgerException;

    /** {@code LotsByHolder} (one page; {@code query.holderMspId}). */
    ResultPage<Lot> lotsByHolder(LotQuery query) throws LedgerException;

    /** {@code LotsByProduct} (one page; {@code query.productCode}). */
    ResultPage<Lot> lotsByProduct(LotQuery query) throws LedgerException;

    /** {@code LotsByStatus} (one page; {@code query.status}). */
    ResultPage<Lot> lotsByStatus(LotQuery query) throws LedgerException;

    /** {@code LotsByRegistrationDate} (one page; {@code query.registeredFrom/To}). */
    ResultPage<Lot> lotsByRegistrationDate(LotQuery query) throws LedgerException;

    /**
     * Every lot registered in {@code [from, to)}, following the bookmarks.
     *
     * @param from inclusive lower bound
     * @param to exclusive upper bound
     * @return the lots in registration order
     */
    List<Lot> lotsRegisteredBetween(Instant from, Instant to) throws LedgerException;

    /** {@code LotsInContainer} (one page; {@code query.containerId}). */
    ResultPage<Lot> lotsInContainer(LotQuery query) throws LedgerException;

    // ---- custody ----

    /**
     * {@code Ship} (holder): the lot goes in transit to {@code request.toMspId}. Retried on conflict (see above).
     *
     * @param request the shipment
     * @param terms private terms stored in the pair's private data collection with a fresh random salt (the event
     *     carries only the salted hash), or null
     * @return the SHIP event
     */
    Committed<TrackingEvent> ship(ShipRequest request, TradeTerms terms) throws LedgerException;

    /** {@link #ship} without waiting for the commit. */
    Pending<TrackingEvent> shipAsync(ShipRequest request, TradeTerms terms) throws LedgerException;

    /**
     * {@code Receive} (the named receiving organisation). Retried on conflict (see above).
     *
     * @param request the receipt
     * @param terms private terms (e.g. the receiving advice), or null
     * @return the RECEIVE event
     */
    Committed<TrackingEvent> receive(ReceiveRequest request, TradeTerms terms) throws LedgerException;

    /** {@link #receive} without waiting for the commit. */
    Pending<TrackingEvent> receiveAsync(ReceiveRequest request, TradeTerms terms) throws LedgerException;

    /** {@code Sell} (retailer of the holder). */
    Committed<TrackingEvent> sell(SellRequest request) throws LedgerException;

    /**
     * {@code VerifyTerms} (members of the terms' collection: the two parties and authority organisations): do these
     * terms, salted with the stored salt, hash to what the event recorded?
     */
    TermsVerification verifyTerms(VerifyTermsRequest request) throws LedgerException;

    /** {@code GetTerms}: the private terms of a SHIP/RECEIVE event (members of its collection only). */
    TradeTerms terms(String eventId) throws LedgerException;

    // ---- cooling and EPCIS capture ----

    /** {@code Cool} (holder of a harvested lot): FSMA cooling before initial packing. */
    Committed<TrackingEvent> cool(CoolRequest request) throws LedgerException;

    /** {@code ImportEvents}: events already mapped from an EPCIS document, recorded in one transaction. */
    Committed<ImportEventsResult> importEvents(ImportEventsRequest request) throws LedgerException;

    /**
     * Imports an EPCIS 2.0 capture document (JSON / JSON-LD): every event is mapped to the transaction it stands
     * for ({@link EpcisImport}) and the whole document is checked before anything is sent; then it is recorded
     * in one transaction, all events or none.
     *
     * <pre>{@code
     * Committed<ImportEventsResult> imported = food.importEpcis(Files.readString(Path.of("doc.json")));
     * }</pre>
     *
     * @param document the EPCISDocument
     * @return the ledger event of each EPCIS event
     * @throws EpcisImportException listing every event that cannot be mapped (index, eventID, reason); nothing
     *     was sent
     */
    Committed<ImportEventsResult> importEpcis(String document) throws LedgerException, EpcisImportException;

    // ---- transformation and aggregation ----

    /** {@code Transform} (processor holding the inputs): the TRANSFORM event. */
    Committed<TrackingEvent> transform(TransformRequest request) throws LedgerException;

    /** {@link #transform} without waiting for the commit. */
    Pending<TrackingEvent> transformAsync(TransformRequest request) throws LedgerException;

    /** {@code Aggregate}: pack lots into a container. */
    Committed<TrackingEvent> aggregate(AggregateRequest request) throws LedgerException;

    /** {@code Disaggregate}: unpack lots from a container. */
    Committed<TrackingEvent> disaggregate(AggregateRequest request) throws LedgerException;

    // ---- inspection and documents ----

    /** {@code Inspect} (inspector): the INSPECT event. */
    Committed<TrackingEvent> inspect(InspectRequest request) throws LedgerException;

    /** {@code RecordDocument}: anchor an off-chain document by hash. */
    Committed<DocumentRecord> recordDocument(DocumentRequest request) throws LedgerException;

    /** {@code VerifyDocument}: was a document with this SHA-256 recorded, and is it valid now? */
    DocumentVerification verifyDocument(String hash) throws LedgerException;

    // ---- cold chain ----

    /** {@code RecordSensorReadings} (logistics): the SENSOR event and the alert, if any reading was out of range. */
    Committed<SensorReportResult> recordSensorReadings(SensorReadingsRequest request) throws LedgerException;

    /** {@code AlertsByLot} (one page; {@code query.lotId}). */
    ResultPage<AlertRecord> alertsByLot(LotQuery query) throws LedgerException;

    // ---- events ----

    /** {@code CorrectEvent}: an error declaration for an event. */
    Committed<TrackingEvent> correctEvent(CorrectEventRequest request) throws LedgerException;

    /** {@code GetEvent}: the event and its corrections. */
    EventDetails event(String eventId) throws LedgerException;

    /** {@code EventsByLot} (one page; {@code query.lotId}). */
    ResultPage<TrackingEvent> eventsByLot(LotQuery query) throws LedgerException;

    /**
     * Every event of a lot, following the bookmarks.
     *
     * @param lotId the lot
     * @return its events in ledger order
     */
    List<TrackingEvent> allEventsOfLot(String lotId) throws LedgerException;

    // ---- trace ----

    /**
     * Deadline of each trace call (one evaluate, or one page), instead of the client's evaluate timeout: the peer's
     * own bounds on an evaluate, its gateway's per-endorser deadline ({@code peer.gateway.endorsementTimeout}) and its
     * chaincode execution timeout ({@code chaincode.executetimeout}), both 30 s. The largest trace one call may
     * return, 10,000 lots with their events, takes about 1 s on a quiet 2-core machine (0.8-1.0 s in the benchmark
     * runs of December 2026; 13-18 s before the lineage index): the rest is margin for a busy peer.
     */
    Duration TRACE_TIMEOUT = Duration.ofSeconds(30);

    /** {@code TraceBack}: ancestors, their events and documents. */
    TraceResult traceBack(TraceRequest request) throws LedgerException;

    /** {@code TraceBack} from one lot with the chaincode's default limits. */
    TraceResult traceBack(String lotId) throws LedgerException;

    /** {@code TraceForward}: descendants, their events and documents. */
    TraceResult traceForward(TraceRequest request) throws LedgerException;

    /** {@code TraceForward} from one lot with the chaincode's default limits. */
    TraceResult traceForward(String lotId) throws LedgerException;

    /**
     * The whole ancestry of a lot however large, fetched in pages of at most {@code pageLots} lots (each page one
     * evaluate, well within the peer's execution timeout) and merged: never truncated. Once a page has named the lots
     * the next pages start from, up to three pages are evaluated at a time (on threads of the call's own, gone when
     * it returns); the pages, and the merged trace, are those of evaluating them one after another.
     *
     * <pre>{@code
     * TraceResult origins = food.traceBackAll("RETAIL-7", 1_000);
     * }</pre>
     */
    TraceResult traceBackAll(String lotId, int pageLots) throws LedgerException;

    /**
     * Everything made from a lot however large, fetched in pages of at most {@code pageLots} lots and merged:
     * what a recall affects, without running into the peer's execution timeout on 10,000-lot lineages. Pages are
     * evaluated up to three at a time, as for {@link #traceBackAll}.
     */
    TraceResult traceForwardAll(String lotId, int pageLots) throws LedgerException;

    // ---- regulator actions ----

    /**
     * {@code Recall} (regulator of an authority organisation): the first batch. Needs no endorsement from the
     * holders' peers (a lot's recall is its regulation record, outside the holder's key-level policy). Retried on
     * conflict (see above).
     */
    Committed<RecallBatchNotice> recall(RecallRequest request) throws LedgerException;

    /** {@code ContinueRecall}: the next batch of a large recall. Retried on conflict (see above). */
    Committed<RecallBatchNotice> continueRecall(String recallId) throws LedgerException;

    /** {@code AcknowledgeRecall} (a holder organisation of recalled lots). Retried on conflict (see above). */
    Committed<RecallAcknowledgement> acknowledgeRecall(AcknowledgeRecallRequest request) throws LedgerException;

    /** {@code RecallStatus}: holders and who has not acknowledged. */
    RecallStatusView recallStatus(String recallId) throws LedgerException;

    /** {@code RecallLots} (one page; {@code query.recallId}). */
    ResultPage<RecallAffectedLot> recallLots(LotQuery query) throws LedgerException;

    /**
     * {@code Hold} (regulator): the HOLD event. Needs no endorsement from the holder's peer. Retried on conflict (see
     * above).
     */
    Committed<TrackingEvent> hold(RegulatorActionRequest request) throws LedgerException;

    /** {@code Release} (regulator): the RELEASE event. Retried on conflict (see above). */
    Committed<TrackingEvent> release(RegulatorActionRequest request) throws LedgerException;

    // ---- notifications ----

    /**
     * Delivers recall batches and cold-chain alerts, in ledger order, resuming after the last handled notice when
     * started again with the same checkpoint file (nothing missed, nothing repeated). Other foodtrace events are
     * passed over (and checkpointed). A new checkpoint file starts at the next block to commit.
     *
     * <pre>{@code
     * try (ChaincodeEventListener listener = food.listenForRecallsAndAlerts(
     *         home.resolve("checkpoints/safety.json"), notice -> notifier.send(notice))) {
     *     ...
     * }
     * }</pre>
     *
     * @param checkpointFile where the position is saved
     * @param handler called once per notice; throwing stops the listener (the notice is redelivered on restart)
     * @return the running listener; close it to stop
     * @throws IOException if the checkpoint file cannot be opened or is in use
     */
    ChaincodeEventListener listenForRecallsAndAlerts(Path checkpointFile, SafetyNotice.Handler handler)
            throws IOException;

    /**
     * As {@link #listenForRecallsAndAlerts(Path, SafetyNotice.Handler)}, starting at {@code startBlock} when the
     * checkpoint file is new.
     *
     * @param checkpointFile where the position is saved
     * @param startBlock first block to read without a saved position
     * @param handler called once per notice
     * @return the running listener
     * @throws IOException if the checkpoint file cannot be opened or is in use
     */
    ChaincodeEventListener listenForRecallsAndAlerts(Path checkpointFile, long startBlock,
            SafetyNotice.Handler handler) throws IOException;
}
