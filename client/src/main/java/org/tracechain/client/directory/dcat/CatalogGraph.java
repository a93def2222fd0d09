// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory.dcat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.tracechain.model.directory.DataItem;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.Duty;
import org.tracechain.model.directory.EntryMetadata;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.PublicationState;
import org.tracechain.model.directory.SharingType;

/**
 * Builds the RDF graph of a {@link CatalogSnapshot}: the catalog, a dataset per published entry, and every resource
 * they refer to described with the class DCAT-AP's range shapes ask for (agents, concepts, frequencies, rights
 * statements, legal resources, standards, activities). Every node has an IRI; there are no blank nodes.
 */
final class CatalogGraph {

    private final String base;
    private final CatalogSnapshot snapshot;
    private final Model model = ModelFactory.createDefaultModel();

    private CatalogGraph(final String base, final CatalogSnapshot snapshot) {
        this.base = base;
        this.snapshot = snapshot;
    }

    /**
     * The graph of the snapshot's published entries.
     *
     * @param base base IRI ending with {@code /}
     * @param snapshot what to export
     * @return a new model carrying the export's prefixes
     */
    static Model build(final String base, final CatalogSnapshot snapshot) {
        return new CatalogGraph(base, snapshot).catalog();
    }

    private Model catalog() {
        model.setNsPrefixes(DcatVocabulary.prefixes());
        final List<EntryVersion> published = snapshot.entries().stream()
                .filter(e -> e.state() == PublicationState.PUBLISHED)
                .sorted(Comparator.comparing(EntryVersion::code))
                .toList();
        final Resource catalog = model.createResource(snapshot.departmentCode() == null ? base + "catalog"
                : base + "departments/" + segment(snapshot.departmentCode()) + "/catalog", DCAT.Catalog);
        catalog.addProperty(DCTerms.title, snapshot.title());
        catalog.addProperty(DCTerms.description, snapshot.description() != null ? snapshot.description()
                : "Published entries of " + snapshot.title());
        catalog.addProperty(DCTerms.publisher, snapshot.departmentCode() != null
                ? department(snapshot.departmentCode())
                : model.createResource(base + "publisher", FOAF.Agent).addProperty(FOAF.name, snapshot.publisherName()));
        published.stream().map(EntryVersion::recordedAt).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .ifPresent(latest -> catalog.addLiteral(DCTerms.modified, dateTime(latest)));
        final Themes themes = new Themes(model, base, snapshot.title());
        for (final EntryVersion entry : published) {
            catalog.addProperty(DCAT.dataset, dataset(entry, themes));
        }
        themes.schemes().forEach(scheme -> catalog.addProperty(DCAT.themeTaxonomy, scheme));
        return model;
    }

    private Resource dataset(final EntryVersion entry, final Themes themes) {
        final EntryMetadata m = entry.metadata();
        final String iri = entryIri(entry.code());
        final Resource dataset = model.createResource(iri, DCAT.Dataset);
        dataset.addProperty(DCTerms.identifier, entry.code());
        dataset.addProperty(DCTerms.title, m.title());
        dataset.addProperty(DCTerms.description, description(m));
        dataset.addProperty(DCTerms.publisher, department(entry.departmentCode()));
        if (m.themeCodes() != null) {
            m.themeCodes().forEach(code -> themes.cite(code).forEach(theme -> dataset.addProperty(DCAT.theme, theme)));
        }
        dataset.addProperty(DCTerms.accessRights, accessRights(entry));
        dataset.addProperty(DCTerms.accrualPeriodicity, model.createResource(DcatVocabulary.frequency(m.updateCycle()),
                DCTerms.Frequency).addProperty(SKOS.prefLabel, DcatVocabulary.frequencyLabel(m.updateCycle()), "en"));
        dataset.addLiteral(DCTerms.modified, dateTime(entry.recordedAt()));
        dataset.addProperty(DcatTerms.VERSION, Integer.toString(entry.version()));
        addIfPresent(dataset, DcatTerms.VERSION_NOTES, entry.changeNote());
        if (entry.version() > 1) {
            dataset.addProperty(DcatTerms.PREVIOUS_VERSION, model.createResource(iri + "/versions/" + (entry.version() - 1)));
        }
        legalBases(entry).forEach(basis -> dataset.addProperty(DcatTerms.APPLICABLE_LEGISLATION, legalResource(basis)));
        dataset.addProperty(DCTerms.conformsTo, schema(entry));
        if (m.sharingMethod() != null) {
            dataset.addProperty(DCAT.distribution, distribution(entry));
        }
        dataset.addProperty(DcatTerms.WAS_GENERATED_BY, activity(entry));
        addIfPresent(dataset, DcatTerms.CLASSIFICATION_CODE, m.classificationCode());
        dataset.addProperty(DcatTerms.SHARING_TYPE, m.sharingType().name());
        addIfPresent(dataset, DcatTerms.SHARING_CONDITIONS, m.sharingConditions());
        if (m.openAttribute() != null) {
            dataset.addProperty(DcatTerms.OPEN_ATTRIBUTE, m.openAttribute().name());
        }
        addIfPresent(dataset, DcatTerms.SOURCE_SYSTEM, m.sourceSystem());
        m.dutyIds().forEach(dutyId -> dataset.addProperty(DcatTerms.DUTY_OF, duty(dutyId)));
        return dataset;
    }

    /** DCAT-AP requires a description; an entry without 信息资源摘要 is described by its title and items. */
    private static String description(final EntryMetadata m) {
        if (m.description() != null && !m.description().isBlank()) {
            return m.description();
        }
        return m.title() + "（信息项：" + String.join("、", m.items().stream().map(DataItem::name).toList()) + "）";
    }

    private Resource department(final String code) {
        final Department department = snapshot.departments().get(code);
        return model.createResource(base + "departments/" + segment(code), FOAF.Agent)
                .addProperty(DCTerms.identifier, code)
                .addProperty(FOAF.name, department != null ? department.name() : code);
    }

    private Resource accessRights(final EntryVersion entry) {
        final SharingType type = entry.metadata().sharingType();
        return model.createResource(DcatVocabulary.accessRights(type), DCTerms.RightsStatement)
                .addProperty(SKOS.prefLabel, DcatVocabulary.accessRightsLabel(type), "en");
    }

    /** Legal bases of the duties the entry serves, plus the entry's own (required for NOT_SHARED). */
    private TreeSet<String> legalBases(final EntryVersion entry) {
        final TreeSet<String> bases = new TreeSet<>();
        for (final String dutyId : entry.metadata().dutyIds()) {
            final Duty duty = snapshot.duties().get(dutyId);
            if (duty != null && duty.legalBasis() != null) {
                bases.add(duty.legalBasis());
            }
        }
        if (entry.metadata().legalBasis() != null) {
            bases.add(entry.metadata().legalBasis());
        }
        return bases;
    }

    private Resource legalResource(final String basis) {
        return model.createResource(DcatVocabulary.legalResource(basis), DcatTerms.LEGAL_RESOURCE)
                .addProperty(DCTerms.title, basis);
    }

    private Resource duty(final String dutyId) {
        final Resource resource = model.createResource(base + "duties/" + segment(dutyId), DcatTerms.DUTY)
                .addProperty(DCTerms.identifier, dutyId);
        final Duty duty = snapshot.duties().get(dutyId);
        if (duty != null) {
            resource.addProperty(DCTerms.title, duty.title());
            if (duty.legalBasis() != null) {
                resource.addProperty(DcatTerms.LEGAL_BASIS, legalResource(duty.legalBasis()));
            }
        }
        return resource;
    }

    /** 信息项 as the dataset's schema; IRIs and positions keep the owner's order of the fields. */
    private Resource schema(final EntryVersion entry) {
        final String iri = versionIri(entry) + "/schema";
        final Resource schema = model.createResource(iri, DCTerms.Standard)
                .addProperty(DCTerms.title, entry.metadata().title() + " 信息项");
        final List<DataItem> items = entry.metadata().items();
        for (int i = 0; i < items.size(); i++) {
            final DataItem item = items.get(i);
            final Resource node = model.createResource(iri + String.format(Locale.ROOT, "/items/%03d", i + 1),
                    DcatTerms.DATA_ITEM);
            node.addProperty(DcatTerms.NAME, item.name());
            node.addProperty(DcatTerms.DATA_TYPE, item.type());
            node.addLiteral(DcatTerms.POSITION, model.createTypedLiteral(Integer.toString(i + 1), XSDDatatype.XSDinteger));
            addIfPresent(node, DCTerms.description, item.description());
            schema.addProperty(DcatTerms.DATA_ITEM_OF, node);
        }
        return schema;
    }

    /**
     * One distribution per sharing method. Data is obtained through a sharing request, so the access URL is the
     * entry's request page, a resource of its own (not the dataset, which would give it the class dcat:Dataset).
     */
    private Resource distribution(final EntryVersion entry) {
        final EntryMetadata m = entry.metadata();
        final Resource distribution = model.createResource(entryIri(entry.code()) + "/distributions/"
                + m.sharingMethod().name().toLowerCase(Locale.ROOT), DCAT.Distribution);
        distribution.addProperty(DCTerms.title, m.title() + " (" + m.sharingMethod().name() + ")");
        // rdfs:Resource is the range DCAT-AP gives dcat:accessURL; stating it costs a triple.
        distribution.addProperty(DCAT.accessURL, model.createResource(entryIri(entry.code()) + "/access", RDFS.Resource));
        distribution.addProperty(DCTerms.accessRights, accessRights(entry));
        distribution.addProperty(DcatTerms.SHARING_METHOD, m.sharingMethod().name());
        if (m.sharingConditions() != null) {
            distribution.addProperty(DCTerms.rights, model.createResource(versionIri(entry) + "/sharing-conditions",
                    DCTerms.RightsStatement).addProperty(RDFS.label, m.sharingConditions()));
        }
        return distribution;
    }

    /** The ledger transaction that recorded this version. */
    private Resource activity(final EntryVersion entry) {
        final Resource activity = model.createResource("urn:tracechain:tx:" + segment(entry.txId()), DcatTerms.ACTIVITY)
                .addProperty(DCTerms.identifier, entry.txId());
        activity.addLiteral(DcatTerms.ENDED_AT_TIME, dateTime(entry.recordedAt()));
        addIfPresent(activity, DcatTerms.RECORDED_BY, entry.recordedBy());
        return activity;
    }

    private String entryIri(final String code) {
        return base + "entries/" + segment(code);
    }

    private String versionIri(final EntryVersion entry) {
        return entryIri(entry.code()) + "/versions/" + entry.version();
    }

    private Literal dateTime(final Instant instant) {
        return model.createTypedLiteral(instant.toString(), XSDDatatype.XSDdateTime);
    }

    private static void addIfPresent(final Resource node, final Property property, final String value) {
        if (value != null && !value.isBlank()) {
            node.addProperty(property, value);
        }
    }

    /** Codes are identifiers, but percent-encode anyway so an IRI never breaks. */
    static String segment(final String code) {
        return URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
