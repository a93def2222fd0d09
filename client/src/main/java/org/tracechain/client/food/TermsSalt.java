// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The random salt sent with private terms ({@code termsSalt}): 32 bytes from the JDK's secure random source, as 64
 * lower-case hex digits. The chaincode cannot draw it (every endorser must compute the same result); without it, the
 * terms' public hash could be confirmed by hashing guessed terms.
 */
final class TermsSalt {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private TermsSalt() {}

    /** A new salt, as the UTF-8 bytes of its hex form. */
    static byte[] next() {
        final byte[] salt = new byte[BYTES];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt).getBytes(StandardCharsets.US_ASCII);
    }
}
