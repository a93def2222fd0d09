// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.chaincode.ledger.Page;
import org.tracechain.model.directory.DirectoryPage;

/**
 * Pages through composite-key indexes (evaluate transactions only) and loads the records they point to.
 *
 * <p>Bookmarks come from clients. Fabric uses a non-empty bookmark as the start key of the range, so a
 * forged bookmark below the queried prefix would walk into other indexes; bookmarks must therefore lie
 * inside the queried prefix.
 */
final class IndexPager {

    private final LedgerState state;

    IndexPager(final LedgerState state) {
        this.state = state;
    }

    /** One page of index entries under {@code prefix}, mapped from their attributes. */
    <T> DirectoryPage<T> page(final String index, final List<String> prefix, final int pageSize,
            final String bookmark, final Function<List<String>, T> load) {
        return page(index, prefix, pageSize, bookmark, attributes -> true, load);
    }

    /**
     * As {@link #page(String, List, int, String, Function)}, stopping at the first entry that fails
     * {@code keepGoing} (the index is sorted so that no later entry could pass).
     */
    <T> DirectoryPage<T> page(final String index, final List<String> prefix, final int pageSize,
            final String bookmark, final Predicate<List<String>> keepGoing, final Function<List<String>, T> load) {
        checkBookmark(index, prefix, bookmark);
        final Page<List<String>> page = state.page(index, prefix, pageSize, bookmark, kv -> state.attributesOf(kv.getKey()));
        final List<T> out = new ArrayList<>();
        for (final List<String> attributes : page.items()) {
            if (!keepGoing.test(attributes)) {
                return new DirectoryPage<>(out, "");
            }
            out.add(load.apply(attributes));
        }
        return new DirectoryPage<>(out, page.bookmark());
    }

    /**
     * Access-log style index {@code [subject, day, time, id]}: entries with {@code from <= time < until},
     * walking one partial key per Beijing day. The bookmark is {@code day|fabricBookmark}.
     */
    <T> DirectoryPage<T> period(final String index, final String subject, final Instant from, final Instant until,
            final int pageSize, final String bookmark, final Function<List<String>, T> load) {
        final LocalDate first = LocalDate.parse(DirectoryKeys.day(from));
        final LocalDate last = LocalDate.parse(DirectoryKeys.day(until.minusNanos(1)));
        LocalDate day = first;
        String inner = "";
        if (!bookmark.isEmpty()) {
            final int bar = bookmark.indexOf('|');
            try {
                day = bar < 0 ? null : LocalDate.parse(bookmark.substring(0, bar));
            } catch (DateTimeParseException e) {
                day = null;
            }
            if (day == null || day.isBefore(first) || day.isAfter(last)) {
                throw DirectoryInput.invalid("bookmark does not belong to this query");
            }
            inner = bookmark.substring(bar + 1);
        }
        final String lower = DirectoryKeys.sortable(from);
        final String upper = DirectoryKeys.sortable(until);
        final List<T> out = new ArrayList<>();
        while (!day.isAfter(last)) {
            final List<String> prefix = List.of(subject, day.toString());
            checkBookmark(index, prefix, inner);
            final Page<List<String>> page = state.page(index, prefix, pageSize - out.size(), inner,
                    kv -> state.attributesOf(kv.getKey()));
            for (final List<String> attributes : page.items()) {
                final String time = attributes.get(2);
                if (time.compareTo(lower) >= 0 && time.compareTo(upper) < 0) {
                    out.add(load.apply(attributes));
                }
            }
            if (!page.bookmark().isEmpty()) {
                if (out.size() >= pageSize) {
                    return new DirectoryPage<>(out, day + "|" + page.bookmark());
                }
                inner = page.bookmark();
                continue;
            }
            day = day.plusDays(1);
            inner = "";
            if (out.size() >= pageSize) {
                return new DirectoryPage<>(out, day.isAfter(last) ? "" : day + "|");
            }
        }
        return new DirectoryPage<>(out, "");
    }

    private void checkBookmark(final String index, final List<String> prefix, final String bookmark) {
        if (!bookmark.isEmpty() && !bookmark.startsWith(state.key(index, prefix.toArray(String[]::new)))) {
            throw DirectoryInput.invalid("bookmark does not belong to this query");
        }
    }
}
