// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory.dcat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;

/**
 * The themes entries cite, as SKOS concepts in three schemes: a code of the project's national scheme
 * ({@link NationalThemes}) becomes that concept plus the EU data themes it falls under ({@code skos:broadMatch});
 * any other code becomes a concept of the export's local scheme ({@code <base>themes}), labelled with its code.
 * Only the concepts and schemes cited are described.
 */
final class Themes {

    private final Model model;
    private final String base;
    private final String catalogTitle;
    private final Map<String, Resource> schemes = new TreeMap<>();

    Themes(final Model model, final String base, final String catalogTitle) {
        this.model = model;
        this.base = base;
        this.catalogTitle = catalogTitle;
    }

    /** The concepts a dataset with this theme code gets as {@code dcat:theme}: its own, then any EU ones. */
    List<Resource> cite(final String code) {
        final List<Resource> themes = new ArrayList<>();
        NationalThemes.find(code).ifPresentOrElse(theme -> {
            final Resource concept = concept(DcatVocabulary.NATIONAL_THEME_SCHEME + "/" + CatalogGraph.segment(code),
                    nationalScheme()).addProperty(SKOS.prefLabel, theme.label(), "zh").addProperty(SKOS.notation, code);
            themes.add(concept);
            for (final String eu : theme.euThemes()) {
                final Resource euTheme = euTheme(eu);
                concept.addProperty(SKOS.broadMatch, euTheme);
                themes.add(euTheme);
            }
        }, () -> themes.add(concept(base + "themes/" + CatalogGraph.segment(code), localScheme())
                .addProperty(SKOS.prefLabel, code).addProperty(SKOS.notation, code)));
        return themes;
    }

    /** The schemes of the concepts cited so far, for {@code dcat:themeTaxonomy}. */
    List<Resource> schemes() {
        return List.copyOf(schemes.values());
    }

    private Resource euTheme(final String code) {
        return concept(DcatVocabulary.DATA_THEME + code, scheme(DcatVocabulary.DATA_THEME_SCHEME, "Data theme", "en"))
                .addProperty(SKOS.prefLabel, DcatVocabulary.DATA_THEME_LABELS.get(code), "en");
    }

    private Resource nationalScheme() {
        return scheme(DcatVocabulary.NATIONAL_THEME_SCHEME, "政务信息资源主题", "zh");
    }

    private Resource localScheme() {
        return scheme(base + "themes", catalogTitle + " 本地主题", "");
    }

    private Resource concept(final String iri, final Resource scheme) {
        return model.createResource(iri, SKOS.Concept).addProperty(SKOS.inScheme, scheme);
    }

    private Resource scheme(final String iri, final String title, final String language) {
        return schemes.computeIfAbsent(iri, i -> model.createResource(i, SKOS.ConceptScheme)
                .addProperty(DCTerms.title, title, language));
    }
}
