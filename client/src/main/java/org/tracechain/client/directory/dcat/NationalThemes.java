// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory.dcat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The project's concept scheme of national themes, read from {@code national-themes.tsv}: the theme codes catalog
 * entries cite, their Chinese labels and the EU data themes each falls under.
 */
final class NationalThemes {

    /** One theme of the scheme. */
    record Theme(String code, String label, List<String> euThemes) {}

    private static final String RESOURCE = "national-themes.tsv";
    private static final Map<String, Theme> THEMES = load();

    private NationalThemes() {}

    /** The theme with this code, if the scheme has it. */
    static Optional<Theme> find(final String code) {
        return Optional.ofNullable(THEMES.get(code));
    }

    /** Every theme, by code. */
    static Map<String, Theme> all() {
        return THEMES;
    }

    private static Map<String, Theme> load() {
        final Map<String, Theme> themes = new TreeMap<>();
        try (InputStream in = NationalThemes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                final String[] columns = line.split("\t", -1);
                final List<String> eu = columns.length == 3 ? Arrays.asList(columns[2].trim().split(" +")) : List.of();
                if (columns.length != 3 || columns[0].isBlank() || columns[1].isBlank()
                        || !DcatVocabulary.DATA_THEME_LABELS.keySet().containsAll(eu)
                        || themes.put(columns[0], new Theme(columns[0], columns[1], List.copyOf(eu))) != null) {
                    throw new IllegalStateException(RESOURCE + " line " + number + " is not 'code<TAB>label<TAB>EU "
                            + "data-theme codes' with a new code and known EU codes: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Collections.unmodifiableMap(themes);
    }
}
