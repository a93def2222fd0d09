// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.tracechain.model.json.LedgerJson;

/**
 * Reads the JSON files the network module writes. Lenient about fields added later (the network module may
 * grow them), strict about the ones the client needs; every error names the file.
 */
final class ConfigFiles {

    private static final ObjectReader READER =
            LedgerJson.mapper().reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ConfigFiles() {}

    static <T> T read(final Path file, final Class<T> type, final String what) throws IOException {
        final String text = readText(file, what);
        try {
            final T value = READER.readValue(text, type);
            if (value == null) {
                throw new IOException(what + " " + file + " is empty (JSON null)");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new IOException(what + " " + file + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    static String readText(final Path file, final String what) throws IOException {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new IOException(what + " not found: " + file, e);
        }
    }

    static String required(final String value, final String field, final Path file) throws IOException {
        if (value == null || value.isBlank()) {
            throw new IOException(file + ": required field \"" + field + "\" is missing or blank");
        }
        return value;
    }
}
