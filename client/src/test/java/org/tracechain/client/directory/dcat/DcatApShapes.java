// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory.dcat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The official DCAT-AP 3.0.1 SHACL shapes ({@code dcat-ap-SHACL.ttl} and {@code ranges.ttl}) as one shapes graph,
 * read from {@code ../shared/standards/dcat-ap-3.0.1/} beside the project root and checked against the
 * {@code SHA256SUMS} beside them. A missing or changed file fails the test: conformance is never skipped. Public,
 * with {@link #validate} and {@link #text}, because the server's {@code GET /catalog} tests validate with it too.
 */
public final class DcatApShapes {

    static final List<String> FILES = List.of("dcat-ap-SHACL.ttl", "ranges.ttl");

    /**
     * Property shapes that {@code ranges.ttl} of the 3.0.1 release lists under {@code sh:property} but neither file
     * defines. An undefined shape constrains nothing, but Jena's SHACL parser refuses the whole shapes graph
     * ("Missing property shape"), so these five references, and only these, are dropped before parsing.
     */
    static final List<String> KNOWN_DANGLING = List.of(
            "https://semiceu.github.io/DCAT-AP/releases/3.0.1#dcat:DatasetShape/4918ff7a6c1c4b0eea6403dca4b992b87ee1f4ab",
            "https://semiceu.github.io/DCAT-AP/releases/3.0.1#dcat:DatasetShape/95c69c99a1e3ade043911b51b942f206dea0e68d",
            "https://semiceu.github.io/DCAT-AP/releases/3.0.1#dcat:DistributionShape/653804840386e33525b3d39d205c174780be414b",
            "https://semiceu.github.io/DCAT-AP/releases/3.0.1#dcat:DistributionShape/a07d6e7a0a1790b89a1ce7ff602cbbd9ea835282",
            "https://semiceu.github.io/DCAT-AP/releases/3.0.1#dcat:RelationshipShape/b7aa98e1befa5130659568aa62e7f38575dc17c1");

    private static Shapes shapes;

    private DcatApShapes() {}

    /** The folder holding the shapes: {@code <project root>/../shared/standards/dcat-ap-3.0.1}. */
    static Path folder() {
        final String root = System.getProperty("tracechain.project.root");
        if (root == null) {
            throw new IllegalStateException("system property tracechain.project.root is not set (the parent pom's "
                    + "surefire configuration sets it)");
        }
        return Path.of(root).resolve("../shared/standards/dcat-ap-3.0.1").toAbsolutePath().normalize();
    }

    /** The union of both shape files, parsed once per test JVM. */
    static synchronized Shapes shapes() throws IOException {
        if (shapes == null) {
            final Path folder = folder();
            final Map<String, String> sums = checksums(folder.resolve("SHA256SUMS"));
            final Graph union = GraphFactory.createDefaultGraph();
            for (final String file : FILES) {
                final Path path = folder.resolve(file);
                if (!Files.isRegularFile(path)) {
                    throw new IllegalStateException("DCAT-AP shapes file missing: " + path);
                }
                final byte[] bytes = Files.readAllBytes(path);
                final String expected = sums.get(file);
                if (expected == null) {
                    throw new IllegalStateException(folder.resolve("SHA256SUMS") + " lists no digest for " + file);
                }
                final String actual = sha256(bytes);
                if (!actual.equals(expected)) {
                    throw new IllegalStateException(path + " has SHA-256 " + actual + ", SHA256SUMS says " + expected);
                }
                RDFParser.fromString(new String(bytes, StandardCharsets.UTF_8), Lang.TURTLE).base(path.toUri().toString())
                        .parse(union);
            }
            final List<Triple> dangling = danglingPropertyShapes(union);
            if (!dangling.stream().map(t -> t.getObject().getURI()).sorted().toList().equals(KNOWN_DANGLING)) {
                throw new IllegalStateException("unexpected dangling sh:property references: " + dangling);
            }
            dangling.forEach(union::delete);
            shapes = Shapes.parse(union);
        }
        return shapes;
    }

    /** Validates a data graph against the shapes. */
    public static ValidationReport validate(final Graph data) throws IOException {
        return ShaclValidator.get().validate(shapes(), data);
    }

    /** The report as text, for assertion messages. */
    public static String text(final ValidationReport report) {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, report);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** {@code sh:property} triples whose object has no triples of its own. */
    static List<Triple> danglingPropertyShapes(final Graph shapesGraph) {
        return shapesGraph.find(Node.ANY, SHACL.property, Node.ANY).toList().stream()
                .filter(t -> !shapesGraph.contains(t.getObject(), Node.ANY, Node.ANY))
                .toList();
    }

    private static Map<String, String> checksums(final Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("DCAT-AP shapes checksums missing: " + file);
        }
        final Map<String, String> sums = new LinkedHashMap<>();
        for (final String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            final String[] parts = line.trim().split("\\s+\\*?", 2);
            if (parts.length == 2) {
                sums.put(parts[1].trim(), parts[0].toLowerCase(java.util.Locale.ROOT));
            }
        }
        return sums;
    }

    private static String sha256(final byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
