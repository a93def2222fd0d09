// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A user (client) of an organisation, e.g. {@code ("farmer", false, {"role": "producer"})} or
 * {@code ("Admin", true, {})}. Its full name is {@code name + "@" + domain}.
 *
 * @param name       file-name-safe user name (letters, digits, '.', '_', '-')
 * @param admin      true for an organisation admin (NodeOU {@code admin}), false for a client (NodeOU {@code client})
 * @param attributes Fabric certificate attributes (what {@code ClientIdentity.getAttributeValue} returns);
 *                   stored sorted and unmodifiable; empty means no attribute extension
 */
public record UserIdentity(String name, boolean admin, Map<String, String> attributes) {

    public UserIdentity {
        Objects.requireNonNull(name, "name");
        if (!Names.isUserName(name)) {
            throw new IllegalArgumentException("user name must match [A-Za-z0-9][A-Za-z0-9._-]*: '" + name + "'");
        }
        final TreeMap<String, String> sorted = new TreeMap<>();
        Objects.requireNonNull(attributes, "attributes").forEach((key, value) -> {
            if (key == null || key.isBlank() || value == null) {
                throw new IllegalArgumentException("user " + name + " has a blank attribute name or a null value");
            }
            sorted.put(key, value);
        });
        attributes = Collections.unmodifiableMap(sorted);
    }

    /** A client (NodeOU {@code client}) with the given attributes. */
    public static UserIdentity client(final String name, final Map<String, String> attributes) {
        return new UserIdentity(name, false, attributes);
    }

    /** An organisation admin (NodeOU {@code admin}) without attributes. */
    public static UserIdentity admin(final String name) {
        return new UserIdentity(name, true, Map.of());
    }
}
