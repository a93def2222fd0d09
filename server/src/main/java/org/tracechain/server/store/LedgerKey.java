// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Fabric composite key ({@code \u0000type\u0000attr\u0000...\u0000}) split into its object type and attributes,
 * as the chaincodes' key layouts ({@code FoodKeys}, {@code DirectoryKeys}) write them. Simple keys (such as the
 * registration-date index) are not composite and are not projected.
 *
 * @param type the object type, e.g. {@code lot}
 * @param attributes the attributes, e.g. the lot id
 */
record LedgerKey(String type, List<String> attributes) {

    private static final char DELIMITER = '\u0000';

    LedgerKey {
        attributes = List.copyOf(attributes);
    }

    static Optional<LedgerKey> parse(final String key) {
        if (key.length() < 2 || key.charAt(0) != DELIMITER || key.charAt(key.length() - 1) != DELIMITER) {
            return Optional.empty();
        }
        final List<String> parts = new ArrayList<>();
        int start = 1;
        for (int i = 1; i < key.length(); i++) {
            if (key.charAt(i) == DELIMITER) {
                parts.add(key.substring(start, i));
                start = i + 1;
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LedgerKey(parts.get(0), parts.subList(1, parts.size())));
    }

    /** The only attribute of a record key ({@code (type, id)}). */
    String id() {
        return attributes.get(0);
    }
}
