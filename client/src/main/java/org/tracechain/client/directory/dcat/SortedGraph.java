// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory.dcat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A read-only copy of a graph whose {@code find} returns triples in one fixed order: by subject, predicate, then
 * object, IRIs by their text, literals by lexical form, language and datatype. Jena's writers list subjects and
 * objects in the order {@code find} gives them, so writing this graph gives the same bytes for the same triples,
 * whatever order they were added in.
 */
final class SortedGraph extends GraphBase {

    static final Comparator<Node> NODE_ORDER = SortedGraph::compare;
    static final Comparator<Triple> TRIPLE_ORDER = Comparator.comparing(Triple::getSubject, NODE_ORDER)
            .thenComparing(Triple::getPredicate, NODE_ORDER)
            .thenComparing(Triple::getObject, NODE_ORDER);

    private final List<Triple> triples;
    private final Map<Node, List<Triple>> bySubject = new TreeMap<>(NODE_ORDER);
    private final PrefixMapping prefixes;

    /**
     * Copies the triples and prefixes of a graph that has no blank nodes.
     *
     * @throws IllegalArgumentException if a triple holds a blank node or a triple term, which have no stable order
     */
    SortedGraph(final Graph source) {
        final List<Triple> sorted = new ArrayList<>(source.find().toList());
        sorted.sort(TRIPLE_ORDER);
        this.triples = Collections.unmodifiableList(sorted);
        for (final Triple triple : sorted) {
            bySubject.computeIfAbsent(triple.getSubject(), s -> new ArrayList<>()).add(triple);
        }
        this.prefixes = new PrefixMappingImpl().setNsPrefixes(source.getPrefixMapping()).lock();
    }

    /** All triples, in order. */
    List<Triple> triples() {
        return triples;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(final Triple pattern) {
        final Node subject = pattern.getMatchSubject();
        final List<Triple> candidates = subject == null ? triples : bySubject.getOrDefault(subject, List.of());
        return WrappedIterator.create(candidates.stream().filter(pattern::matches).iterator());
    }

    @Override
    protected int graphBaseSize() {
        return triples.size();
    }

    @Override
    protected PrefixMapping createPrefixMapping() {
        return prefixes;
    }

    private static int compare(final Node a, final Node b) {
        final int kind = Integer.compare(kind(a), kind(b));
        if (kind != 0) {
            return kind;
        }
        if (a.isURI()) {
            return a.getURI().compareTo(b.getURI());
        }
        final int lexical = a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
        if (lexical != 0) {
            return lexical;
        }
        final int language = a.getLiteralLanguage().compareTo(b.getLiteralLanguage());
        return language != 0 ? language : a.getLiteralDatatypeURI().compareTo(b.getLiteralDatatypeURI());
    }

    private static int kind(final Node node) {
        if (node.isURI()) {
            return 0;
        }
        if (node.isLiteral()) {
            return 1;
        }
        throw new IllegalArgumentException("only IRIs and literals have a fixed order, not " + node);
    }
}
