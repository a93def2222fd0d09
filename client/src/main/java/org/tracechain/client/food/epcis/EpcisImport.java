// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.tracechain.client.LedgerException;
import org.tracechain.model.food.ImportEventsRequest;
import org.tracechain.model.food.ImportedEvent;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.json.MalformedJsonException;

/**
 * Reads an EPCIS 2.0 capture document (JSON / JSON-LD) from a trading partner and maps every event to the
 * foodtrace transaction it stands for ({@link EpcisEventMapper}), checking the whole document before anything is
 * sent: the result is recorded by one {@code ImportEvents} transaction, so the document is imported whole or not
 * at all. Every event that cannot be mapped is reported with its index, eventID and reason.
 *
 * <p>An event keeps its {@code eventID}; an event without one gets a name-based UUID URN of its canonical JSON,
 * so importing the same document twice is refused as a duplicate.
 */
public final class EpcisImport {

    /** Events one document may carry: one transaction imports it. */
    public static final int EVENTS_MAX = 100;

    private EpcisImport() {}

    /**
     * Maps a document.
     *
     * @param document the EPCISDocument
     * @param resolver finds registered sites and parties
     * @return the request that imports every event
     * @throws EpcisImportException listing every problem; nothing was sent
     * @throws LedgerException if the ledger could not be read to resolve a site or party
     */
    public static ImportEventsRequest map(final String document, final EpcisResolver resolver)
            throws EpcisImportException, LedgerException {
        final List<EpcisImportException.Problem> problems = new ArrayList<>();
        final JsonNode root;
        try {
            root = LedgerJson.readTree(document);
        } catch (MalformedJsonException e) {
            throw new EpcisImportException(List.of(new EpcisImportException.Problem(-1, "", "not JSON: "
                    + e.getMessage())));
        }
        if (!"EPCISDocument".equals(root.path("type").asText())) {
            problems.add(new EpcisImportException.Problem(-1, "", "type must be EPCISDocument"));
        }
        if (!"2.0".equals(root.path("schemaVersion").asText())) {
            problems.add(new EpcisImportException.Problem(-1, "", "schemaVersion must be \"2.0\""));
        }
        final JsonNode list = root.path("epcisBody").path("eventList");
        if (!list.isArray() || list.isEmpty() || list.size() > EVENTS_MAX) {
            problems.add(new EpcisImportException.Problem(-1, "", "epcisBody.eventList must list 1-" + EVENTS_MAX
                    + " events"));
            throw new EpcisImportException(problems);
        }
        final EpcisEventMapper mapper = new EpcisEventMapper(resolver);
        final List<ImportedEvent> events = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            final JsonNode event = list.get(i);
            final String eventId = event.path("eventID").isTextual() ? event.get("eventID").asText()
                    : EpcisUris.eventId("epcis-event:" + LedgerJson.toJson(event));
            try {
                events.add(mapper.map(event, eventId));
            } catch (EpcisFields.Unmappable e) {
                problems.add(new EpcisImportException.Problem(i, event.path("eventID").asText(""), e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new EpcisImportException(problems);
        }
        return new ImportEventsRequest(events);
    }
}
