// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.tracechain.model.json.LedgerJson;

/** SHA-256 over canonical JSON: how event ids and private-terms hashes are computed. */
final class Hashing {

    private Hashing() {}

    static byte[] sha256(final byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String hex(final byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** Lower-case hex SHA-256 of {@code value}'s canonical JSON bytes. */
    static String ofCanonicalJson(final Object value) {
        return hex(sha256(LedgerJson.toBytes(value)));
    }
}
