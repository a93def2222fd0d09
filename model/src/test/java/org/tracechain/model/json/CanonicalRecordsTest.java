// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link LedgerJson} writes the shared model's records in one pass, relying on Jackson's sorted properties; that
 * is the canonical text only while no record holds something whose keys Jackson would not sort the same way (a map,
 * a JSON tree, an untyped value). Every record of the model is checked here, so a new one that needs the tree step
 * fails this test rather than writing different bytes.
 */
class CanonicalRecordsTest {

    /** Written as one JSON scalar each (a class as its name), the same either way. */
    private static final List<Class<?>> SCALARS = List.of(String.class, BigDecimal.class, Instant.class,
            LocalDate.class, Integer.class, Long.class, Boolean.class, int.class, long.class, boolean.class,
            Class.class);
    /** Written as a JSON array in iteration order, the same either way. */
    private static final List<Class<?>> COLLECTIONS = List.of(List.class, Set.class, SortedSet.class);
    /**
     * Generic pages of query results: what their items are is known where a page is built, and every query builds
     * them from model records.
     */
    private static final List<String> GENERIC_PAGES = List.of("org.tracechain.model.food.ResultPage.items",
            "org.tracechain.model.directory.DirectoryPage.items");

    @Test
    void every_model_record_holds_only_scalars_enums_lists_and_other_model_records() throws Exception {
        final List<Class<?>> records = modelRecords();
        assertThat(records).as("model records found").hasSizeGreaterThan(50);
        final List<String> offending = new ArrayList<>();
        for (final Class<?> record : records) {
            for (final RecordComponent component : record.getRecordComponents()) {
                final String name = record.getName() + "." + component.getName();
                if (!canonical(component.getGenericType()) && !GENERIC_PAGES.contains(name)) {
                    offending.add(name + ": " + component.getGenericType());
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    private static boolean canonical(final Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return parameterized.getRawType() == Class.class || COLLECTIONS.contains(parameterized.getRawType())
                    && canonical(parameterized.getActualTypeArguments()[0]);
        }
        if (!(type instanceof Class<?> raw)) {
            return false;
        }
        return SCALARS.contains(raw) || raw.isEnum() || (raw.isRecord() && LedgerJson.isModelRecord(raw));
    }

    /** The records among the model's main classes (the directory or jar {@link LedgerJson} was loaded from). */
    private static List<Class<?>> modelRecords() throws IOException, URISyntaxException, ClassNotFoundException {
        final Path root = Path.of(LedgerJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        final List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (final Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                final String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                final Class<?> type = Class.forName(name, false, LedgerJson.class.getClassLoader());
                if (type.isRecord()) {
                    out.add(type);
                }
            }
        }
        return out;
    }
}
