// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.transaction;

import java.util.Objects;

/**
 * One positional argument of a transaction.
 *
 * @param name what the argument is, e.g. {@code request} or {@code lotId}
 * @param kind JSON or a plain identifier
 * @param type the record a JSON argument decodes into; {@code String.class} for identifiers
 */
public record Parameter(String name, ArgumentKind kind, Class<?> type) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(type, "type");
    }

    /** A JSON argument decoded into {@code type}. */
    public static Parameter json(final String name, final Class<?> type) {
        return new Parameter(name, ArgumentKind.JSON, type);
    }

    /** A plain identifier argument. */
    public static Parameter identifier(final String name) {
        return new Parameter(name, ArgumentKind.IDENTIFIER, String.class);
    }
}
