// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.hyperledger.fabric.shim.ledger.CompositeKey;

/**
 * Every key and index the foodtrace chaincode writes. Records are composite keys {@code (type, id)} holding
 * canonical JSON; indexes are composite keys whose attributes carry the data and whose value is a one-byte
 * marker (except where noted), so every query is a bounded partial-key range scan, never a full scan.
 *
 * <pre>
 * records                                              value
 *   lot            (lotId)                             Lot: custody  key-level policy: holder (or receiver in transit)
 *   regulation     (lotId)                             LotRegulation: a regulator's hold or recall of the lot; no
 *                                                      key-level policy, so the holder has no veto over regulation.
 *                                                      The lot's effective status is this record's while it exists
 *   event          (eventId)                           TrackingEvent
 *   doc            (hash)                              DocumentRecord
 *   alert          (alertId)                           AlertRecord
 *   serial         (serial)                            SerialItem
 *   recall         (recallId)                          RecallRecord
 *   recall~ack     (recallId, mspId)                   RecallAcknowledgement
 *   recall~lot     (recallId, lotId)                   RecallAffectedLot (also the recall's visited marker)
 *   recall~queue   (recallId, seq 19 digits)           lot id (JSON string): the recall's pending BFS queue
 *   config         ("foodtrace")                       FoodConfiguration
 *   site           (siteId)                            SiteRecord   key-level policy: the owner organisation
 *   party          (mspId)                             PartyRecord  key-level policy: that organisation
 * lookups (value: the id they resolve to, as a JSON string)
 *   site~gln       (gln, extension or "")              site id      GetSiteByGln; one site per GLN + extension
 *   party~pgln     (pgln)                              MSP id       GetPartyByIdentifier; one party per PGLN
 *   party~uscc     (uscc)                              MSP id       GetPartyByIdentifier; one party per USCC
 *   epcis~event    (EPCIS eventID)                     event id     an EPCIS event is imported once
 *   lot~trace      (traceCode)                         lot id       GetLotByTraceCode; one lot per trace code
 * private data (collection terms_&lt;mspA&gt;_&lt;mspB&gt;, ids sorted)
 *   terms          (eventId)                           TradeTerms
 * indexes                                              query
 *   lot~holder     (holderMspId, lotId)                LotsByHolder
 *   lot~product    (productCode, lotId)                LotsByProduct
 *   lot~status     (status, lotId)                     LotsByStatus
 *   lot-registered.{registeredAt fixed-width}.{lotId}  LotsByRegistrationDate: a SIMPLE key, because Fabric
 *                                                      range queries (needed for a date range) refuse composite keys
 *   lot~serial     (lotId, serial)                     serials of a lot
 *   lot~event      (lineageId, family, lotId, recordTime fixed-width, eventId)  EventsByLot, trace
 *   lot~alert      (lotId, alertId)                    AlertsByLot
 *   lot~doc        (lineageId, family, lotId, hash)    documents of a lot, trace
 *   lineage~child  (lineageId, parentLotId, childLotId)  TraceForward, Recall (the parent's lineage)
 *   lineage~parent (childLotId, parentLotId)           TraceBack
 *   container~lot  (containerId, lotId)                LotsInContainer
 *   event~correction (eventId, correctionEventId)      GetEvent.correctedBy
 * </pre>
 *
 * <p>The trace indexes lead with the lot's lineage ({@code Lot.lineageId}: a registered lot's own id, a transformed
 * lot's first parent's lineage), so that a lot's entries are one prefix scan and a whole lineage's entries are one
 * prefix scan too ({@code lineageId}): a forward trace over thousands of lots of one lineage reads its links, events
 * and documents in a few scans instead of three per lot. Events and documents are filed by family as well (the lot's
 * first parent, empty for a registered lot), so that a page of a trace holding some of a lineage's leaves reads
 * their siblings' entries ({@code lineageId, family}) rather than the whole lineage's.
 *
 * <p>These keys and the records' fields are the chaincode's ledger layout. A change that records already on a
 * ledger cannot be read through raises {@code layout} in {@code src/main/ledger-layout/foodtrace.properties},
 * so that {@code network up} refuses to upgrade an existing ledger to it; {@code FoodLedgerLayoutTest} fails on
 * any change until the layout's signature is recorded again.
 */
final class FoodKeys {

    static final String LOT = "lot";
    static final String REGULATION = "regulation";
    static final String EVENT = "event";
    static final String DOCUMENT = "doc";
    static final String ALERT = "alert";
    static final String SERIAL = "serial";
    static final String RECALL = "recall";
    static final String RECALL_ACK = "recall~ack";
    static final String RECALL_LOT = "recall~lot";
    static final String RECALL_QUEUE = "recall~queue";
    static final String CONFIG = "config";
    static final String TERMS = "terms";
    static final String SITE = "site";
    static final String PARTY = "party";
    static final String SITE_BY_GLN = "site~gln";
    static final String PARTY_BY_PGLN = "party~pgln";
    static final String PARTY_BY_USCC = "party~uscc";
    static final String EPCIS_EVENT = "epcis~event";
    static final String LOT_BY_TRACE_CODE = "lot~trace";

    static final String LOT_BY_HOLDER = "lot~holder";
    static final String LOT_BY_PRODUCT = "lot~product";
    static final String LOT_BY_STATUS = "lot~status";
    /** Prefix of the simple-key registration-date index (range-queried; composite keys cannot be). */
    static final String LOT_BY_REGISTERED_PREFIX = "lot-registered.";
    static final String LOT_SERIALS = "lot~serial";
    static final String LOT_EVENTS = "lot~event";
    static final String LOT_ALERTS = "lot~alert";
    static final String LOT_DOCUMENTS = "lot~doc";
    static final String CHILDREN = "lineage~child";
    static final String PARENTS = "lineage~parent";
    static final String CONTAINER_LOTS = "container~lot";
    static final String CORRECTIONS = "event~correction";

    /** Fixed width, so that lexical order of index keys is time order (Instant.toString drops zero nanos). */
    private static final DateTimeFormatter SORTABLE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private FoodKeys() {}

    static String key(final String type, final String... attributes) {
        return new CompositeKey(type, attributes).toString();
    }

    static String lot(final String lotId) {
        return key(LOT, lotId);
    }

    /** The key of a lot's hold or recall: deliberately not the lot's key, which its holder's policy guards. */
    static String regulation(final String lotId) {
        return key(REGULATION, lotId);
    }

    static String event(final String eventId) {
        return key(EVENT, eventId);
    }

    static String document(final String hash) {
        return key(DOCUMENT, hash);
    }

    static String alert(final String alertId) {
        return key(ALERT, alertId);
    }

    static String serial(final String serial) {
        return key(SERIAL, serial);
    }

    static String recall(final String recallId) {
        return key(RECALL, recallId);
    }

    static String site(final String siteId) {
        return key(SITE, siteId);
    }

    static String party(final String mspId) {
        return key(PARTY, mspId);
    }

    /**
     * The trace code lookup key: one key per code, so that a new lot's code is checked by reading a key (with the
     * lot's other keys, in one exchange) rather than by a range scan, which the peer would also run again when it
     * validates the transaction.
     */
    static String lotByTraceCode(final String traceCode) {
        return key(LOT_BY_TRACE_CODE, traceCode);
    }

    /** The GLN lookup key of a site; a GLN without extension uses the empty extension. */
    static String siteByGln(final String gln, final String extension) {
        return key(SITE_BY_GLN, gln, extension == null ? "" : extension);
    }

    static String config() {
        return key(CONFIG, "foodtrace");
    }

    /** The registration-date index key of a lot. */
    static String registered(final Instant registeredAt, final String lotId) {
        return LOT_BY_REGISTERED_PREFIX + sortable(registeredAt) + "." + lotId;
    }

    static String sortable(final Instant instant) {
        return SORTABLE_TIME.format(instant);
    }

    /** Queue sequence numbers, zero-padded so that lexical order is numeric order. */
    static String sequence(final long n) {
        return String.format("%019d", n);
    }

    /** Private data collection of a trading pair: {@code terms_<a>_<b>} with the MSP ids sorted. */
    static String termsCollection(final String mspA, final String mspB) {
        return mspA.compareTo(mspB) <= 0 ? "terms_" + mspA + "_" + mspB : "terms_" + mspB + "_" + mspA;
    }
}
