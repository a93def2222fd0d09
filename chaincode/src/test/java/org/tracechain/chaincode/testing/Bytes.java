// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A byte array compared by content, for "the ledger did not change" assertions. */
public record Bytes(byte[] value) {

    public Bytes {
        value = value.clone();
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof Bytes bytes && Arrays.equals(value, bytes.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        final String text = new String(value, StandardCharsets.UTF_8);
        return text.length() <= 200 ? text : text.substring(0, 200) + "…(" + value.length + " bytes)";
    }
}
