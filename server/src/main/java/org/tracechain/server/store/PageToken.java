// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The opaque {@code nextPageToken} of keyset paging: the sort key of the last row of a page, so the next page starts
 * right after it however many rows are written meanwhile. A token that was not made here is refused.
 */
final class PageToken {

    private static final String EVENTS = "e1";
    private static final String LOTS = "l1";
    private static final String KEYS = "k1";
    private static final String TRANSACTIONS = "t1";

    private PageToken() {}

    static String events(final long block, final int transaction, final int event) {
        return encode(EVENTS, Long.toString(block), Integer.toString(transaction), Integer.toString(event));
    }

    /** @return block, transaction index, event index */
    static long[] events(final String token) {
        final List<String> parts = decode(token, EVENTS, 3);
        try {
            return new long[] {Long.parseLong(parts.get(0)), Integer.parseInt(parts.get(1)),
                Integer.parseInt(parts.get(2))};
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /** A token after a block's transaction in newest-first order ({@link ChainTransactions}). */
    static String transactions(final long block, final int transaction) {
        return encode(TRANSACTIONS, Long.toString(block), Integer.toString(transaction));
    }

    /** @return block, transaction index */
    static long[] transactions(final String token) {
        final List<String> parts = decode(token, TRANSACTIONS, 2);
        try {
            return new long[] {Long.parseLong(parts.get(0)), Integer.parseInt(parts.get(1))};
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    static String lots(final String registeredAt, final String lotId) {
        return encode(LOTS, registeredAt, lotId);
    }

    /** @return registration time (ISO-8601), lot id */
    static List<String> lots(final String token) {
        return decode(token, LOTS, 2);
    }

    /** A token after one text key (e.g. a lot id in lot-id order). */
    static String key(final String key) {
        return encode(KEYS, key);
    }

    /** The key a {@link #key(String)} token was made after. */
    static String keyAfter(final String token) {
        return decode(token, KEYS, 1).get(0);
    }

    private static String encode(final String kind, final String... parts) {
        final StringBuilder text = new StringBuilder(kind);
        for (final String part : parts) {
            text.append('\n').append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> decode(final String token, final String kind, final int count) {
        final String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        final List<String> parts = new ArrayList<>(List.of(text.split("\n", -1)));
        if (parts.size() != count + 1 || !parts.get(0).equals(kind)) {
            throw invalid();
        }
        return parts.subList(1, parts.size());
    }

    private static IllegalArgumentException invalid() {
        return new IllegalArgumentException("the page token is not one this store issued");
    }
}
