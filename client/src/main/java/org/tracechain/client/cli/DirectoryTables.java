// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.time.Instant;
import java.util.List;
import org.tracechain.model.directory.AccessLog;
import org.tracechain.model.directory.Duty;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.Grant;
import org.tracechain.model.directory.SharingRequest;

/** The tables the {@code dir} list commands print; one row per record, the most telling columns only. */
final class DirectoryTables {

    private DirectoryTables() {}

    static TextTable entries(final List<EntryVersion> entries) {
        final TextTable table = TextTable.withHeaders("Code", "Ver", "State", "Department", "Title", "Sharing",
                "Cycle", "Items");
        for (final EntryVersion e : entries) {
            table.row(e.code(), e.version(), e.state(), e.departmentCode(), e.metadata().title(),
                    e.metadata().sharingType(), e.metadata().updateCycle(), e.metadata().items().size());
        }
        return table;
    }

    static TextTable history(final List<EntryVersion> versions) {
        final TextTable table = TextTable.withHeaders("Ver", "State", "Recorded at", "Title", "Note", "Tx");
        for (final EntryVersion v : versions) {
            table.row(v.version(), v.state(), time(v.recordedAt()), v.metadata().title(), v.changeNote(), v.txId());
        }
        return table;
    }

    static TextTable duties(final List<Duty> duties) {
        final TextTable table = TextTable.withHeaders("Duty", "Department", "Ver", "Title", "Legal basis");
        for (final Duty d : duties) {
            table.row(d.dutyId(), d.departmentCode(), d.version(), d.title(), d.legalBasis());
        }
        return table;
    }

    static TextTable requests(final List<SharingRequest> requests) {
        final TextTable table = TextTable.withHeaders("Request", "Entry", "Owner", "Requester", "State", "Due",
                "Items", "Reason");
        for (final SharingRequest r : requests) {
            table.row(r.requestId(), r.entryCode(), r.ownerDepartmentCode(), r.requesterDepartmentCode(),
                    r.automatic() ? r.state() + " (auto)" : r.state(), time(r.dueAt()), String.join(", ", r.items()),
                    r.reason());
        }
        return table;
    }

    static TextTable grants(final List<Grant> grants) {
        final TextTable table = TextTable.withHeaders("Grant", "Entry", "Owner", "Requester", "Valid from",
                "Valid until", "Revoked");
        for (final Grant g : grants) {
            table.row(g.grantId(), g.entryCode(), g.ownerDepartmentCode(), g.requesterDepartmentCode(),
                    time(g.validFrom()), time(g.validUntil()),
                    g.revokedAt() == null ? "" : time(g.revokedAt()) + " " + g.revocationReason());
        }
        return table;
    }

    static TextTable accessLogs(final List<AccessLog> logs) {
        final TextTable table = TextTable.withHeaders("Accessed at", "Grant", "Entry", "Requester", "Items",
                "Purpose", "Tx");
        for (final AccessLog l : logs) {
            table.row(time(l.accessedAt()), l.grantId(), l.entryCode(), l.requesterDepartmentCode(),
                    String.join(", ", l.items()), l.purpose(), l.txId());
        }
        return table;
    }

    private static String time(final Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
