// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.identifier;

import java.nio.charset.StandardCharsets;

/**
 * GS1 Digital Link URIs on the canonical resolver {@code https://id.gs1.org} for valid keys (validate with
 * {@link Gs1Keys} first): LGTIN {@code /01/{gtin14}/10/{lot}}, SGTIN {@code /01/{gtin14}/21/{serial}}, GLN and
 * SGLN {@code /414/{gln}[/254/{extension}]}, party GLN {@code /417/{pgln}}, SSCC {@code /00/{sscc}}. Alphanumeric
 * values are percent-encoded except for the URI-unreserved characters, as GS1 Digital Link requires.
 */
public final class Gs1DigitalLink {

    public static final String RESOLVER = "https://id.gs1.org";

    private Gs1DigitalLink() {}

    public static String lgtin(final String gtin, final String lot) {
        return RESOLVER + "/01/" + Gs1Keys.gtin14(gtin) + "/10/" + percentEncode(lot);
    }

    public static String sgtin(final String gtin, final String serial) {
        return RESOLVER + "/01/" + Gs1Keys.gtin14(gtin) + "/21/" + percentEncode(serial);
    }

    /** A GLN, or an SGLN when {@code extension} is given. */
    public static String location(final String gln, final String extension) {
        return RESOLVER + "/414/" + gln + (extension == null ? "" : "/254/" + percentEncode(extension));
    }

    public static String party(final String pgln) {
        return RESOLVER + "/417/" + pgln;
    }

    public static String sscc(final String sscc) {
        return RESOLVER + "/00/" + sscc;
    }

    /** RFC 3986 percent-encoding of everything but {@code A-Z a-z 0-9 - . _} (UTF-8 bytes, upper-case hex). */
    public static String percentEncode(final String value) {
        final StringBuilder out = new StringBuilder();
        for (final byte b : value.getBytes(StandardCharsets.UTF_8)) {
            final int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == '-') {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
