// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory;

import java.util.Objects;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.directory.EntryChange;
import org.tracechain.model.directory.GrantEvent;
import org.tracechain.model.directory.RequestEvent;

/**
 * One change a department following the catalog is told about, decoded from a govdir chaincode event. Exactly
 * one of {@link #entry()}, {@link #request()} and {@link #grant()} is set, according to {@link #kind()}.
 *
 * @param kind what happened
 * @param transactionId the transaction that emitted the event
 * @param blockNumber the block holding it
 * @param entry payload of ENTRY_PUBLISHED, ENTRY_REVISED and ENTRY_RETIRED
 * @param request payload of REQUEST_DECIDED
 * @param grant payload of GRANT_REVOKED
 */
public record DirectoryChange(Kind kind, String transactionId, long blockNumber, EntryChange entry,
        RequestEvent request, GrantEvent grant) {

    /** The followed event kinds, with their chaincode event names. */
    public enum Kind {
        ENTRY_PUBLISHED(DirectoryTransaction.EVENT_ENTRY_PUBLISHED),
        ENTRY_REVISED(DirectoryTransaction.EVENT_ENTRY_REVISED),
        ENTRY_RETIRED(DirectoryTransaction.EVENT_ENTRY_RETIRED),
        REQUEST_DECIDED(DirectoryTransaction.EVENT_REQUEST_DECIDED),
        GRANT_REVOKED(DirectoryTransaction.EVENT_GRANT_REVOKED);

        private final String eventName;

        Kind(final String eventName) {
            this.eventName = eventName;
        }

        /** The chaincode event name, e.g. {@code EntryPublished}. */
        public String eventName() {
            return eventName;
        }

        /** The kind of a chaincode event name, or null when it is not followed. */
        static Kind ofEventName(final String eventName) {
            for (final Kind kind : values()) {
                if (kind.eventName.equals(eventName)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** Checks that the payload matching the kind is present. */
    public DirectoryChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(transactionId, "transactionId");
        final boolean matches = switch (kind) {
            case ENTRY_PUBLISHED, ENTRY_REVISED, ENTRY_RETIRED -> entry != null && request == null && grant == null;
            case REQUEST_DECIDED -> request != null && entry == null && grant == null;
            case GRANT_REVOKED -> grant != null && entry == null && request == null;
        };
        if (!matches) {
            throw new IllegalArgumentException(kind + " needs exactly its own payload");
        }
    }

    /** The entry concerned, whatever the kind. */
    public String entryCode() {
        return entry != null ? entry.entryCode() : request != null ? request.entryCode() : grant.entryCode();
    }

    /** The department owning that entry. */
    public String ownerDepartmentCode() {
        return entry != null ? entry.departmentCode()
                : request != null ? request.ownerDepartmentCode() : grant.ownerDepartmentCode();
    }

    /** The requesting department of a decision or revocation; null for entry changes. */
    public String requesterDepartmentCode() {
        return request != null ? request.requesterDepartmentCode()
                : grant != null ? grant.requesterDepartmentCode() : null;
    }
}
