// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.epcis;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.SiteRecord;
import org.tracechain.model.identifier.Gs1DigitalLink;
import org.tracechain.model.identifier.Gs1Keys;

/**
 * The URIs EPCIS documents use for the ledger's things, both ways: written by the export, read by the import.
 *
 * <ul>
 *   <li>lots: the lot's class URI ({@link Lot#digitalLink()}: an LGTIN Digital Link, or the project URN
 *       {@code urn:tracechain:lot:{productCode}:{lotId}}); read back from LGTIN Digital Links (any resolver host)
 *       and EPC pure-identity class URNs {@code urn:epc:class:lgtin:...};</li>
 *   <li>sites: {@code https://id.gs1.org/414/{gln}[/254/{extension}]} for a site with a GLN, else
 *       {@code urn:tracechain:site:{siteId}}; read back also from {@code urn:epc:id:sgln:...};</li>
 *   <li>parties: {@code https://id.gs1.org/417/{pgln}}, or {@code urn:tracechain:party:uscc:{code}} for an
 *       organisation registered with a unified social credit code only; read back also from
 *       {@code urn:epc:id:pgln:...};</li>
 *   <li>containers: {@code https://id.gs1.org/00/{sscc}} for an SSCC, else {@code urn:tracechain:container:{id}};</li>
 *   <li>event ids: {@code urn:uuid:} name-based (RFC 4122 version 5) UUIDs of the ledger event id, so every export
 *       of an event gives it the same eventID and anyone can derive it from the ledger. (The CBV 2.0 event hash is
 *       not used: see README "EPCIS eventID".)</li>
 * </ul>
 */
public final class EpcisUris {

    public static final String SITE_URN = "urn:tracechain:site:";
    public static final String USCC_URN = "urn:tracechain:party:uscc:";
    public static final String CONTAINER_URN = "urn:tracechain:container:";
    /** Namespace of tracechain's name-based event UUIDs: a fixed UUID chosen once for tracechain. */
    static final UUID EVENT_NAMESPACE = UUID.fromString("4e0b6f3a-8a66-5a5e-9b1c-2f3d0c7a9e41");

    private static final Pattern LGTIN_LINK = Pattern.compile("https://[^/]+/01/(\\d{14})/10/([^/?#]+)");
    private static final Pattern LGTIN_URN = Pattern.compile("urn:epc:class:lgtin:(\\d+)\\.(\\d+)\\.(.+)");
    private static final Pattern GLN_LINK = Pattern.compile("https://[^/]+/414/(\\d{13})(?:/254/([^/?#]+))?");
    private static final Pattern SGLN_URN = Pattern.compile("urn:epc:id:sgln:(\\d+)\\.(\\d*)\\.(.+)");
    private static final Pattern PGLN_LINK = Pattern.compile("https://[^/]+/417/(\\d{13})");
    private static final Pattern PGLN_URN = Pattern.compile("urn:epc:id:pgln:(\\d+)\\.(\\d*)");
    private static final Pattern SSCC_LINK = Pattern.compile("https://[^/]+/00/(\\d{18})");
    private static final Pattern SSCC_URN = Pattern.compile("urn:epc:id:sscc:(\\d+)\\.(\\d+)");

    private EpcisUris() {}

    // ---- rendering ----------------------------------------------------------------------------------------

    public static String site(final SiteRecord site) {
        return site.gln() != null ? Gs1DigitalLink.location(site.gln(), site.glnExtension())
                : SITE_URN + Gs1DigitalLink.percentEncode(site.siteId());
    }

    /** A site id recorded before the site registry (free text) or not found: the project URN. */
    public static String unregisteredSite(final String siteId) {
        return SITE_URN + Gs1DigitalLink.percentEncode(siteId);
    }

    public static String party(final PartyRecord party) {
        return party.pgln() != null ? Gs1DigitalLink.party(party.pgln()) : USCC_URN + party.uscc();
    }

    /** An organisation without a party record (events recorded before the party registry). */
    public static String unregisteredOrganisation(final String mspId) {
        return "urn:tracechain:org:" + Gs1DigitalLink.percentEncode(mspId);
    }

    public static String container(final String containerId) {
        return containerId.length() == 18 && Gs1Keys.ssccProblem(containerId).isEmpty()
                ? Gs1DigitalLink.sscc(containerId) : CONTAINER_URN + Gs1DigitalLink.percentEncode(containerId);
    }

    public static String device(final String deviceId) {
        return "urn:tracechain:device:" + Gs1DigitalLink.percentEncode(deviceId);
    }

    /** The EPCIS eventID of a ledger event: a version 5 UUID URN of its id. */
    public static String eventId(final String ledgerEventId) {
        return "urn:uuid:" + nameBasedUuid(ledgerEventId);
    }

    /** RFC 4122 section 4.3 (SHA-1, version 5) in {@link #EVENT_NAMESPACE}. */
    static UUID nameBasedUuid(final String name) {
        try {
            final java.security.MessageDigest sha1 = java.security.MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(EVENT_NAMESPACE));
            final byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) {
                msb = (msb << 8) | (hash[i] & 0xff);
                lsb = (lsb << 8) | (hash[i + 8] & 0xff);
            }
            return new UUID(msb, lsb);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }

    private static byte[] toBytes(final UUID uuid) {
        final byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (uuid.getMostSignificantBits() >>> (56 - 8 * i));
            out[i + 8] = (byte) (uuid.getLeastSignificantBits() >>> (56 - 8 * i));
        }
        return out;
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** A GTIN and batch/lot, as an LGTIN names them. */
    public record GtinLot(String gtin, String lot) {}

    /** A GLN with an optional extension, as a GLN Digital Link or SGLN names them. */
    public record Location(String gln, String extension) {}

    /** The GTIN and lot of an LGTIN Digital Link or EPC class URN; empty for other URIs. */
    public static Optional<GtinLot> lgtin(final String uri) {
        final Matcher link = LGTIN_LINK.matcher(uri);
        if (link.matches()) {
            return Optional.of(new GtinLot(link.group(1), percentDecode(link.group(2))));
        }
        final Matcher urn = LGTIN_URN.matcher(uri);
        if (urn.matches() && urn.group(1).length() + urn.group(2).length() == 13 && !urn.group(2).isEmpty()) {
            final String companyPrefix = urn.group(1);
            final String itemReference = urn.group(2);
            final String body = itemReference.charAt(0) + companyPrefix + itemReference.substring(1);
            return Optional.of(new GtinLot(body + Gs1Keys.checkDigit(body), percentDecode(urn.group(3))));
        }
        return Optional.empty();
    }

    /** The GLN (and extension) of a GLN Digital Link or an SGLN URN; empty for other URIs. */
    public static Optional<Location> location(final String uri) {
        final Matcher link = GLN_LINK.matcher(uri);
        if (link.matches()) {
            return Optional.of(new Location(link.group(1), link.group(2) == null ? null : percentDecode(link.group(2))));
        }
        final Matcher urn = SGLN_URN.matcher(uri);
        if (urn.matches() && urn.group(1).length() + urn.group(2).length() == 12) {
            final String body = urn.group(1) + urn.group(2);
            final String extension = percentDecode(urn.group(3));
            // EPC Tag Data Standard: extension "0" means the GLN itself.
            return Optional.of(new Location(body + Gs1Keys.checkDigit(body), "0".equals(extension) ? null : extension));
        }
        return Optional.empty();
    }

    /** The site id of a {@code urn:tracechain:site:} URN; empty for other URIs. */
    public static Optional<String> siteId(final String uri) {
        return uri.startsWith(SITE_URN) ? Optional.of(percentDecode(uri.substring(SITE_URN.length())))
                : Optional.empty();
    }

    /** The party GLN of a party Digital Link or PGLN URN; empty for other URIs. */
    public static Optional<String> pgln(final String uri) {
        final Matcher link = PGLN_LINK.matcher(uri);
        if (link.matches()) {
            return Optional.of(link.group(1));
        }
        final Matcher urn = PGLN_URN.matcher(uri);
        if (urn.matches() && urn.group(1).length() + urn.group(2).length() == 12) {
            final String body = urn.group(1) + urn.group(2);
            return Optional.of(body + Gs1Keys.checkDigit(body));
        }
        return Optional.empty();
    }

    /** The unified social credit code of a {@code urn:tracechain:party:uscc:} URN; empty for other URIs. */
    public static Optional<String> uscc(final String uri) {
        return uri.startsWith(USCC_URN) ? Optional.of(uri.substring(USCC_URN.length())) : Optional.empty();
    }

    /** The container id of an SSCC Digital Link, SSCC URN or container URN; empty for other URIs. */
    public static Optional<String> containerId(final String uri) {
        final Matcher link = SSCC_LINK.matcher(uri);
        if (link.matches()) {
            return Optional.of(link.group(1));
        }
        final Matcher urn = SSCC_URN.matcher(uri);
        if (urn.matches() && urn.group(1).length() + urn.group(2).length() == 17) {
            final String serialReference = urn.group(2);
            final String body = serialReference.charAt(0) + urn.group(1) + serialReference.substring(1);
            return Optional.of(body + Gs1Keys.checkDigit(body));
        }
        return uri.startsWith(CONTAINER_URN) ? Optional.of(percentDecode(uri.substring(CONTAINER_URN.length())))
                : Optional.empty();
    }

    /**
     * Decodes {@code %XX} sequences (UTF-8 bytes); other characters stay as they are.
     *
     * @throws IllegalArgumentException for a {@code %} not followed by two hexadecimal digits
     */
    static String percentDecode(final String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < value.length()) {
            final int c = value.codePointAt(i);
            if (c == '%') {
                if (i + 3 > value.length()) {
                    throw new IllegalArgumentException("incomplete percent-encoding in " + value);
                }
                out.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                out.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
