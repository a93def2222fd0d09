// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.epcis;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An EPCIS document that cannot be imported: every event that cannot be mapped to a foodtrace transaction, with
 * its index in {@code eventList}, its {@code eventID} and why. Nothing was sent to the ledger.
 */
public final class EpcisImportException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * One reason a document cannot be imported.
     *
     * @param index the event's index in {@code epcisBody.eventList}, or -1 for the document itself
     * @param eventId the event's {@code eventID}, or empty when it has none (or for the document)
     * @param reason what cannot be mapped
     */
    public record Problem(int index, String eventId, String reason) {
        @Override
        public String toString() {
            return index < 0 ? "document: " + reason
                    : "event " + index + (eventId.isEmpty() ? "" : " (" + eventId + ")") + ": " + reason;
        }
    }

    private final transient List<Problem> problems;

    public EpcisImportException(final List<Problem> problems) {
        super(problems.size() + " problem(s) in the EPCIS document:\n  " + problems.stream().map(Problem::toString)
                .collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in document order. */
    public List<Problem> problems() {
        return problems;
    }
}
