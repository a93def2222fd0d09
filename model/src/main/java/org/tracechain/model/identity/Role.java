// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * Business roles carried in a client certificate's Fabric attribute extension as {@code role=<value>}.
 * Several roles are written comma-separated, e.g. {@code role=producer,inspector}.
 */
public enum Role {
    PRODUCER("producer"),
    PROCESSOR("processor"),
    LOGISTICS("logistics"),
    RETAILER("retailer"),
    INSPECTOR("inspector"),
    REGULATOR("regulator"),
    CATALOG_ADMIN("catalog-admin"),
    REQUESTER("requester"),
    AUDITOR("auditor");

    /** Name of the certificate attribute that holds the roles. */
    public static final String ATTRIBUTE = "role";

    private final String value;

    Role(final String value) {
        this.value = value;
    }

    /** The attribute value, e.g. {@code catalog-admin}. */
    public String value() {
        return value;
    }

    /** The role with this attribute value, if any. */
    public static Optional<Role> fromValue(final String value) {
        return Arrays.stream(values()).filter(r -> r.value.equals(value)).findFirst();
    }
}
