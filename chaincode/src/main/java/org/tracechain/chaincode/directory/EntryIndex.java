// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.model.directory.DataItem;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.PublicationState;

/**
 * The search index entries of a catalog entry version (theme, sharing type, update cycle, item name,
 * duty). Revisions write only the difference: entries for values that are gone are deleted, new ones
 * added, unchanged ones left alone. Retired entries drop out of search (their department index stays).
 */
final class EntryIndex {

    private final LedgerState state;

    EntryIndex(final LedgerState state) {
        this.state = state;
    }

    /** Updates the search indexes from {@code before} (null for a new entry) to {@code after}. */
    void update(final EntryVersion before, final EntryVersion after) {
        final Set<List<String>> old = entries(before);
        final Set<List<String>> now = entries(after);
        for (final List<String> entry : old) {
            if (!now.contains(entry)) {
                state.unindex(entry.get(0), attributes(entry));
            }
        }
        for (final List<String> entry : now) {
            if (!old.contains(entry)) {
                state.index(entry.get(0), attributes(entry));
            }
        }
    }

    /** [indexName, attributes...] tuples, in a fixed order so writes are deterministic. */
    static Set<List<String>> entries(final EntryVersion version) {
        final Set<List<String>> out = new LinkedHashSet<>();
        if (version == null || version.state() == PublicationState.RETIRED) {
            return out;
        }
        final String code = version.code();
        final var m = version.metadata();
        for (final String theme : m.themeCodes()) {
            out.add(List.of(DirectoryKeys.ENTRY_BY_THEME, theme, code));
        }
        out.add(List.of(DirectoryKeys.ENTRY_BY_SHARING, m.sharingType().name(), code));
        out.add(List.of(DirectoryKeys.ENTRY_BY_CYCLE, m.updateCycle().name(), code));
        for (final DataItem item : m.items()) {
            out.add(List.of(DirectoryKeys.ENTRY_BY_ITEM, DirectoryKeys.normaliseItemName(item.name()), code));
        }
        for (final String dutyId : m.dutyIds()) {
            out.add(List.of(DirectoryKeys.ENTRY_BY_DUTY, dutyId, code));
        }
        return out;
    }

    private static String[] attributes(final List<String> entry) {
        return new ArrayList<>(entry.subList(1, entry.size())).toArray(String[]::new);
    }
}
