// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * GS1's EPCIS 2.0 JSON Schema (draft-07), read from {@code ../shared/standards/epcis-2.0/} beside the project
 * root (the {@code tracechain.project.root} system property the parent pom sets for Surefire). A missing property
 * or file, or a file whose SHA-256 is not the one {@code SHA256SUMS} lists, fails the test rather than skipping
 * it. Formats ({@code uri}, {@code date-time}) are asserted, as draft-07 validators may.
 */
public final class EpcisSchema {

    private static JsonSchema schema;

    private EpcisSchema() {}

    /** The validation errors of {@code document} (an EPCISDocument or a single event); empty when it conforms. */
    public static List<String> errors(final JsonNode document) {
        return load().validate(document).stream().map(ValidationMessage::toString).sorted().toList();
    }

    /** The standards folder, checked. */
    public static Path folder() {
        final String root = System.getProperty("tracechain.project.root");
        if (root == null) {
            throw new AssertionError("system property tracechain.project.root is not set (the parent pom sets it for "
                    + "Surefire); the EPCIS schema conformance tests cannot run without GS1's schema");
        }
        return Path.of(root).resolve("../shared/standards/epcis-2.0").normalize();
    }

    private static synchronized JsonSchema load() {
        if (schema == null) {
            final Path folder = folder();
            final Path file = folder.resolve("EPCIS-JSON-Schema.json");
            try {
                final byte[] bytes = Files.readAllBytes(file);
                final String listed = Files.readAllLines(folder.resolve("SHA256SUMS")).stream()
                        .filter(line -> line.endsWith("  EPCIS-JSON-Schema.json")).map(line -> line.substring(0, 64))
                        .findFirst().orElseThrow(() -> new AssertionError("SHA256SUMS lists no EPCIS-JSON-Schema.json"));
                final String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
                if (!actual.equals(listed)) {
                    throw new AssertionError(file + " has SHA-256 " + actual + ", SHA256SUMS lists " + listed);
                }
                final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
                        .build();
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(
                        new String(bytes, java.nio.charset.StandardCharsets.UTF_8), config);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read GS1's EPCIS schema at " + file, e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return schema;
    }
}
