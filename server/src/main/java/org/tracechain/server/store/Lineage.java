// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.util.List;
import java.util.Map;
import org.tracechain.model.food.DocumentRecord;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.SiteRecord;
import org.tracechain.model.food.TrackingEvent;

/**
 * Everything a trace from one lot in one direction can read, loaded from the store in one snapshot: the part of the
 * chaincode's state its TraceBack / TraceForward would read, so that {@link TraceWalk} can answer without the
 * database.
 *
 * @param next per reached lot, the lots its lineage index names in the walk's direction (children or parents), in
 *     the order of the chaincode's key range scan (byte order of the ids)
 * @param lots every reached lot's effective view (custody record with its regulation laid over)
 * @param lotEvents per reached lot, its {@code lot~event} index entries' event ids (in no particular order: the
 *     chaincode dedupes and sorts the events it finds)
 * @param events the event records those entries name, by id
 * @param lotDocuments per reached lot, its {@code lot~doc} index entries' hashes (in no particular order: the
 *     chaincode sorts them)
 * @param documents the document records named by those entries or cited by the events, by hash
 * @param sites the site records the lots and events name, by id
 * @param parties the party records the lots and events name, by MSP id
 */
record Lineage(Map<String, List<String>> next, Map<String, Lot> lots, Map<String, List<String>> lotEvents,
        Map<String, TrackingEvent> events, Map<String, List<String>> lotDocuments,
        Map<String, DocumentRecord> documents, Map<String, SiteRecord> sites, Map<String, PartyRecord> parties) {}
