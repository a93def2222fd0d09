// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Pins a chaincode's ledger layout, the shape of what it keeps on the ledger, to the layout number its jar declares
 * ({@code src/main/ledger-layout/<chaincode>.properties}, which the jar carries as
 * {@code META-INF/tracechain/ledger-layout.properties}). The network refuses to upgrade a chaincode to a jar of
 * another layout, because new code would misread the records already on the ledger; this check makes sure a
 * changed layout gets a new number.
 *
 * <p>The signature of a ledger is one line per kind of entry: the key's shape (a composite key's object type and
 * number of attributes, a simple key's text before its first dot; key-level policies and private data marked as
 * such, a private collection named by its text before the first underscore) and what its values hold (every JSON
 * field path seen in any of them, or {@code string}, {@code marker}, {@code bytes}). It is compared with
 * {@code src/test/resources/ledger-layout/<chaincode>.txt}, whose first line names the layout it was recorded for.
 */
public final class LedgerLayouts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String POLICY = "\u0001vp\u0001";
    private static final String PRIVATE = "\u0001pd\u0001";

    private LedgerLayouts() {
    }

    /** The layout number {@code chaincode}'s jar declares. */
    public static int declared(final String chaincode) {
        final Path file = Path.of("src", "main", "ledger-layout", chaincode + ".properties");
        final Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file.toAbsolutePath(), e);
        }
        assertThat(properties.getProperty("chaincode")).as(file + ": chaincode").isEqualTo(chaincode);
        return Integer.parseInt(properties.getProperty("layout"));
    }

    /**
     * Fails unless the signature of {@code ledgers} together is the one recorded for {@code chaincode}'s declared
     * layout. The signature found is written to {@code target/ledger-layout/<chaincode>.txt} either way.
     */
    public static void assertDeclared(final String chaincode, final List<InMemoryLedger> ledgers) {
        final int layout = declared(chaincode);
        final String found = "layout " + layout + "\n" + signature(ledgers);
        final Path recorded = Path.of("src", "test", "resources", "ledger-layout", chaincode + ".txt");
        final Path written = Path.of("target", "ledger-layout", chaincode + ".txt");
        final String expected;
        try {
            Files.createDirectories(written.getParent());
            Files.writeString(written, found, StandardCharsets.UTF_8);
            expected = Files.readString(recorded, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot compare with " + recorded.toAbsolutePath(), e);
        }
        assertThat(found).as("""
                The %s ledger layout is not the one recorded for layout %d. If records already on a ledger can no \
                longer be read as before (a key, an index or a field changed), raise 'layout' in \
                src/main/ledger-layout/%s.properties: the network then refuses to upgrade a ledger of the old \
                layout. Either way, copy %s over %s once the change is deliberate.""",
                chaincode, layout, chaincode, written, recorded).isEqualTo(expected);
    }

    /**
     * One sorted line per kind of ledger entry, as described above, over every value the ledgers' transactions
     * wrote (entries deleted later too, such as a recall's queue) and the key-level policies and private data they
     * hold at the end.
     */
    public static String signature(final List<InMemoryLedger> ledgers) {
        final Map<String, Set<String>> shapes = new TreeMap<>();
        final BiConsumer<String, byte[]> add = (key, value) -> shapes.computeIfAbsent(entryShape(key),
                k -> new TreeSet<>()).addAll(valueShape(value));
        for (final InMemoryLedger ledger : ledgers) {
            ledger.contents().forEach((key, value) -> add.accept(key, value.value()));
            ledger.committedWrites().forEach(tx -> tx.writes().forEach((key, value) -> {
                if (value != null) {
                    add.accept(key, value);
                }
            }));
        }
        return shapes.entrySet().stream().map(e -> e.getKey() + " = " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private static String entryShape(final String key) {
        if (key.startsWith(POLICY)) {
            return "policy " + keyShape(key.substring(POLICY.length()));
        }
        if (key.startsWith(PRIVATE)) {
            final String rest = key.substring(PRIVATE.length());
            final int split = rest.indexOf('\u0001');
            final String collection = rest.substring(0, split);
            final int underscore = collection.indexOf('_');
            return "private " + (underscore < 0 ? collection : collection.substring(0, underscore) + "_*") + " "
                    + keyShape(rest.substring(split + 1));
        }
        return keyShape(key);
    }

    private static String keyShape(final String key) {
        if (key.startsWith("\u0000")) {
            final String[] parts = key.substring(1).split("\u0000", -1);
            // object type, its attributes, and the empty text after the closing separator
            return parts[0] + "(" + (parts.length - 2) + ")";
        }
        final int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot) + ".*";
    }

    private static Set<String> valueShape(final byte[] value) {
        if (value.length == 1 && value[0] == 0) {
            return Set.of("marker");
        }
        final JsonNode node;
        try {
            node = JSON.readTree(value);
        } catch (JsonProcessingException e) {
            return Set.of("bytes");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        if (node == null || node.isMissingNode()) {
            return Set.of("bytes");
        }
        final Set<String> paths = new TreeSet<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(final JsonNode node, final String path, final Set<String> paths) {
        if (node.isObject()) {
            for (final Map.Entry<String, JsonNode> field : node.properties()) {
                final String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                paths.add(child);
                collect(field.getValue(), child, paths);
            }
        } else if (node.isArray()) {
            paths.add(path + "[]");
            node.forEach(element -> collect(element, path + "[]", paths));
        } else if (path.isEmpty()) {
            paths.add(node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
