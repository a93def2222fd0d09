// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.chaincode;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.tracechain.network.NetworkException;

/**
 * The ledger layout a chaincode jar declares: which chaincode's records it reads and writes, and in which version of
 * their keys, indexes and fields. A jar of another layout would misread the records already on a ledger (a lookup
 * that finds nothing, a trace that misses events), so {@code network up} records the layout it deployed and
 * refuses to upgrade a chaincode across layouts. The project's jars carry {@value #RESOURCE}
 * ({@code chaincode=foodtrace}, {@code layout=1}); a jar without it (another team's chaincode) declares none.
 *
 * @param chaincode the chaincode whose records the jar keeps, e.g. {@code foodtrace}
 * @param version the layout's number, raised whenever older records can no longer be read as before
 */
public record LedgerLayout(String chaincode, int version) {

    /** Where a jar declares its layout. */
    public static final String RESOURCE = "META-INF/tracechain/ledger-layout.properties";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    private static final Pattern TEXT = Pattern.compile("([a-z][a-z0-9_-]{0,63})/([1-9][0-9]{0,8})");

    public LedgerLayout {
        Objects.requireNonNull(chaincode, "chaincode");
        if (!NAME.matcher(chaincode).matches() || version < 1) {
            throw new IllegalArgumentException("not a ledger layout: " + chaincode + "/" + version);
        }
    }

    /** The layout {@code jar} declares, or empty if it declares none; a malformed declaration is refused. */
    public static Optional<LedgerLayout> declaredBy(final Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            final ZipEntry entry = file.getEntry(RESOURCE);
            if (entry == null) {
                return Optional.empty();
            }
            final Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(file.getInputStream(entry), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            final String chaincode = properties.getProperty("chaincode", "");
            final String layout = properties.getProperty("layout", "");
            final Optional<LedgerLayout> parsed = parse(chaincode + "/" + layout);
            if (parsed.isEmpty() || properties.size() != 2) {
                throw new NetworkException(jar + ": " + RESOURCE + " must hold exactly 'chaincode=<name>' and "
                        + "'layout=<number from 1>', not " + properties);
            }
            return parsed;
        } catch (IOException e) {
            throw new NetworkException("cannot read chaincode jar " + jar + ": " + e.getMessage(), e);
        }
    }

    /** Parses {@code <chaincode>/<version>}, the form {@link #toString()} writes; empty if {@code text} is not one. */
    public static Optional<LedgerLayout> parse(final String text) {
        final var m = TEXT.matcher(text);
        return m.matches() ? Optional.of(new LedgerLayout(m.group(1), Integer.parseInt(m.group(2)))) : Optional.empty();
    }

    /** {@code <chaincode>/<version>}, e.g. {@code foodtrace/1}. */
    @Override
    public String toString() {
        return chaincode + "/" + version;
    }
}
