// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.util.Map;

/**
 * How wide tables may be: {@code $COLUMNS} when it is set (the launcher sets it from the terminal when standard
 * output is one), else {@value #DEFAULT} columns; {@code --wide} lifts the limit.
 */
final class TerminalWidth {

    /** Width when {@code COLUMNS} is not set, e.g. output to a file or a pipe. */
    static final int DEFAULT = 120;
    /** No limit ({@code --wide}). */
    static final int UNLIMITED = Integer.MAX_VALUE;
    /** Narrower settings are taken as this: a table needs some room to be a table. */
    static final int MINIMUM = 40;

    private TerminalWidth() {}

    /**
     * The width from an environment.
     *
     * @param environment environment variables
     * @return columns available to a table
     */
    static int of(final Map<String, String> environment) {
        final String columns = environment.get("COLUMNS");
        if (columns == null || columns.isBlank()) {
            return DEFAULT;
        }
        try {
            return Math.max(MINIMUM, Integer.parseInt(columns.strip()));
        } catch (NumberFormatException notANumber) {
            return DEFAULT;
        }
    }
}
