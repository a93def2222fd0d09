// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory.dcat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdVersion;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.serialization.QuadsToJsonld;
import com.apicatalog.rdf.api.RdfConsumerException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * Writes a {@link SortedGraph} as text that depends only on its triples: Turtle through Jena's pretty writer,
 * JSON-LD through Titanium (the JSON-LD 1.1 processor Jena itself uses) with ordering switched on, which Jena's
 * JSON-LD writer leaves off. Both use the graph's prefixes: Turtle {@code PREFIX}es, the JSON-LD inline context.
 */
final class SortedRdfWriter {

    private SortedRdfWriter() {}

    /** The graph in the format, ending with a newline. */
    static String write(final SortedGraph graph, final DcatFormat format) {
        return switch (format) {
            case TURTLE -> turtle(graph);
            case JSONLD -> jsonLd(graph);
        };
    }

    private static String turtle(final SortedGraph graph) {
        final StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
        return out.toString();
    }

    /** Ordering sorts {@code @graph} before {@code @context}; readers that stream expect the context first. */
    private static JsonObject contextFirst(final JsonObject document) {
        final JsonObjectBuilder builder = Json.createObjectBuilder();
        builder.add("@context", document.get("@context"));
        document.forEach((key, value) -> {
            if (!key.equals("@context")) {
                builder.add(key, value);
            }
        });
        return builder.build();
    }

    /**
     * RDF to expanded JSON-LD with subjects in order, then compacted against the prefixes with keys in order. The
     * triples go in sorted, so values of one property keep that order too.
     */
    private static String jsonLd(final SortedGraph graph) {
        try {
            final QuadsToJsonld fromRdf = JsonLd.fromRdf().ordered(true).mode(JsonLdVersion.V1_1);
            for (final Triple triple : graph.triples()) {
                final Node object = triple.getObject();
                if (object.isURI()) {
                    fromRdf.quad(triple.getSubject().getURI(), triple.getPredicate().getURI(), object.getURI(),
                            null, null, null, null);
                } else {
                    final String language = object.getLiteralLanguage();
                    fromRdf.quad(triple.getSubject().getURI(), triple.getPredicate().getURI(),
                            object.getLiteralLexicalForm(), object.getLiteralDatatypeURI(),
                            language.isEmpty() ? null : language, null, null);
                }
            }
            final JsonObjectBuilder context = Json.createObjectBuilder();
            graph.getPrefixMapping().getNsPrefixMap().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(prefix -> context.add(prefix.getKey(), prefix.getValue()));
            final JsonObject compacted = JsonLd.compact(JsonDocument.of(fromRdf.toJsonLd()),
                            JsonDocument.of(Json.createObjectBuilder().add("@context", context).build()))
                    .ordered(true)
                    .loader((url, options) -> {
                        // The context is inline: nothing is ever fetched.
                        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no remote documents: " + url);
                    })
                    .get();
            final StringWriter out = new StringWriter();
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out)) {
                writer.writeObject(contextFirst(compacted));
            }
            return out.toString().strip() + "\n";
        } catch (JsonLdError | RdfConsumerException e) {
            throw new IllegalStateException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }
}
