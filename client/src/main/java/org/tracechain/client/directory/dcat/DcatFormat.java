// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory.dcat;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The RDF syntaxes the DCAT-AP export writes. Both carry the same graph.
 *
 * <pre>{@code
 * DcatFormat format = DcatFormat.parse("turtle");           // DcatFormat.TURTLE
 * Files.writeString(Path.of("catalog" + format.fileExtension()), exporter.export(snapshot, format));
 * }</pre>
 */
public enum DcatFormat {
    /** JSON-LD 1.1, compacted with the export's prefixes as its inline context. */
    JSONLD("jsonld", ".jsonld", "application/ld+json"),
    /** Turtle 1.1 with the same prefixes. */
    TURTLE("turtle", ".ttl", "text/turtle");

    private final String cliName;
    private final String fileExtension;
    private final String mediaType;

    DcatFormat(final String cliName, final String fileExtension, final String mediaType) {
        this.cliName = cliName;
        this.fileExtension = fileExtension;
        this.mediaType = mediaType;
    }

    /** The name the command line uses: {@code jsonld} or {@code turtle}. */
    public String cliName() {
        return cliName;
    }

    /** The usual file name extension, with its dot. */
    public String fileExtension() {
        return fileExtension;
    }

    /** The IANA media type. */
    public String mediaType() {
        return mediaType;
    }

    /**
     * The format with this command-line name, ignoring case.
     *
     * @param name {@code jsonld} or {@code turtle}
     * @return the format
     * @throws IllegalArgumentException for any other name, listing the valid ones
     */
    public static DcatFormat parse(final String name) {
        for (final DcatFormat format : values()) {
            if (format.cliName.equalsIgnoreCase(name == null ? "" : name.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "', expected one of "
                + Arrays.stream(values()).map(DcatFormat::cliName).collect(Collectors.joining(", "))
                        .toLowerCase(Locale.ROOT));
    }
}
