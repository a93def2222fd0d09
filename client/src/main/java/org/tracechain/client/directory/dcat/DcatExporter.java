// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory.dcat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tracechain.model.directory.DataItem;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.Duty;
import org.tracechain.model.directory.EntryMetadata;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.PublicationState;

/**
 * Exports the published catalog as DCAT-AP 3 JSON-LD: one {@code dcat:Catalog} with a {@code dcat:Dataset} per
 * published entry. The output is canonical (sorted keys, datasets sorted by code, sets sorted, {@code \n} line
 * ends), so the same ledger state always exports to the same bytes.
 *
 * <pre>{@code
 * String jsonLd = DcatExporter.withBaseIri("https://data.example.gov.cn/govdir/")
 *         .export(CatalogReader.read(directory, "北京市政务数据目录", null));
 * }</pre>
 *
 * <p>Mapping: code → {@code dct:identifier}; title, description → {@code dct:title}, {@code dct:description};
 * owner department → {@code dct:publisher} ({@code foaf:Agent}); theme codes → {@code dcat:theme}; sharing type →
 * {@code dct:accessRights} (EU access-right PUBLIC / RESTRICTED / NON_PUBLIC); update cycle →
 * {@code dct:accrualPeriodicity} (EU frequency); sharing method → one {@code dcat:Distribution} whose access URL is
 * the entry's page in the directory (data is obtained by a sharing request, not downloaded); the duties' legal
 * bases and the entry's own → {@code dcatap:applicableLegislation}; data items → a {@code dct:Standard} schema in
 * {@code dct:conformsTo} listing {@code tracechain:dataItem}s; version → {@code dcat:version},
 * {@code adms:versionNotes}, {@code dcat:previousVersion}; the ledger transaction → {@code prov:wasGeneratedBy}.
 */
public final class DcatExporter {

    private static final ObjectWriter WRITER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final String base;

    private DcatExporter(final String base) {
        this.base = base;
    }

    /**
     * An exporter minting IRIs under {@code baseIri} ({@code <base>entries/<code>}, {@code <base>departments/<code>},
     * ...).
     *
     * @param baseIri absolute IRI; a trailing slash is added if missing
     * @return the exporter
     */
    public static DcatExporter withBaseIri(final String baseIri) {
        Objects.requireNonNull(baseIri, "baseIri must not be null");
        if (!baseIri.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:\\S+$")) {
            throw new IllegalArgumentException("base IRI must be absolute, got '" + baseIri + "'");
        }
        return new DcatExporter(baseIri.endsWith("/") ? baseIri : baseIri + "/");
    }

    /**
     * The JSON-LD document.
     *
     * @param snapshot what to export; entries that are not PUBLISHED are left out
     * @return canonical JSON-LD text ending with a newline
     */
    public String export(final CatalogSnapshot snapshot) {
        try {
            return WRITER.writeValueAsString(catalog(snapshot)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD: " + e.getOriginalMessage(), e);
        }
    }

    /** The document as a tree of maps and lists (sorted maps), for callers that embed it. */
    public Map<String, Object> catalog(final CatalogSnapshot snapshot) {
        final List<EntryVersion> published = snapshot.entries().stream()
                .filter(e -> e.state() == PublicationState.PUBLISHED)
                .sorted(Comparator.comparing(EntryVersion::code))
                .toList();
        final Map<String, Object> catalog = node(snapshot.departmentCode() == null ? base + "catalog"
                : base + "departments/" + segment(snapshot.departmentCode()) + "/catalog", "dcat:Catalog");
        catalog.put("@context", DcatVocabulary.context());
        catalog.put("dct:title", snapshot.title());
        putIfPresent(catalog, "dct:description", snapshot.description());
        if (snapshot.departmentCode() != null) {
            catalog.put("dct:publisher", publisher(snapshot.departmentCode(), snapshot.departments()));
        }
        published.stream().map(EntryVersion::recordedAt).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .ifPresent(latest -> catalog.put("dct:modified", dateTime(latest)));
        final List<Object> datasets = new ArrayList<>();
        for (final EntryVersion entry : published) {
            datasets.add(dataset(entry, snapshot));
        }
        catalog.put("dcat:dataset", datasets);
        return catalog;
    }

    private Map<String, Object> dataset(final EntryVersion entry, final CatalogSnapshot snapshot) {
        final EntryMetadata m = entry.metadata();
        final String iri = entryIri(entry.code());
        final Map<String, Object> dataset = node(iri, "dcat:Dataset");
        dataset.put("dct:identifier", entry.code());
        dataset.put("dct:title", m.title());
        putIfPresent(dataset, "dct:description", m.description());
        dataset.put("dct:publisher", publisher(entry.departmentCode(), snapshot.departments()));
        dataset.put("dcat:theme", sortedRefs(m.themeCodes() == null ? List.of()
                : m.themeCodes().stream().map(t -> base + "themes/" + segment(t)).toList()));
        dataset.put("dct:accessRights", ref(DcatVocabulary.accessRights(m.sharingType())));
        dataset.put("dct:accrualPeriodicity", ref(DcatVocabulary.frequency(m.updateCycle())));
        dataset.put("dct:modified", dateTime(entry.recordedAt()));
        dataset.put("dcat:version", Integer.toString(entry.version()));
        putIfPresent(dataset, "adms:versionNotes", entry.changeNote());
        if (entry.version() > 1) {
            dataset.put("dcat:previousVersion", ref(iri + "/versions/" + (entry.version() - 1)));
        }
        dataset.put("dcatap:applicableLegislation", legislation(entry, snapshot.duties()));
        dataset.put("dct:conformsTo", schema(entry));
        final List<Object> distributions = distributions(entry);
        if (!distributions.isEmpty()) {
            dataset.put("dcat:distribution", distributions);
        }
        dataset.put("prov:wasGeneratedBy", activity(entry));
        putIfPresent(dataset, "tracechain:classificationCode", m.classificationCode());
        dataset.put("tracechain:sharingType", m.sharingType().name());
        putIfPresent(dataset, "tracechain:sharingConditions", m.sharingConditions());
        if (m.openAttribute() != null) {
            dataset.put("tracechain:openAttribute", m.openAttribute().name());
        }
        putIfPresent(dataset, "tracechain:sourceSystem", m.sourceSystem());
        dataset.put("tracechain:duty", sortedRefs(m.dutyIds().stream().map(d -> base + "duties/" + segment(d)).toList()));
        return dataset;
    }

    private Map<String, Object> publisher(final String code, final Map<String, Department> departments) {
        final Map<String, Object> agent = node(base + "departments/" + segment(code), "foaf:Agent");
        agent.put("dct:identifier", code);
        final Department department = departments.get(code);
        if (department != null) {
            agent.put("foaf:name", department.name());
        }
        return agent;
    }

    /** Legal bases of the duties the entry serves, plus the entry's own (required for NOT_SHARED). */
    private static List<Object> legislation(final EntryVersion entry, final Map<String, Duty> duties) {
        final TreeSet<String> bases = new TreeSet<>();
        for (final String dutyId : entry.metadata().dutyIds()) {
            final Duty duty = duties.get(dutyId);
            if (duty != null && duty.legalBasis() != null) {
                bases.add(duty.legalBasis());
            }
        }
        if (entry.metadata().legalBasis() != null) {
            bases.add(entry.metadata().legalBasis());
        }
        final List<Object> resources = new ArrayList<>();
        for (final String basis : bases) {
            final Map<String, Object> resource = new TreeMap<>();
            resource.put("@type", "eli:LegalResource");
            resource.put("dct:title", basis);
            resources.add(resource);
        }
        return resources;
    }

    /** 信息项 as the dataset's schema. Item order is the owner's (it is the order of the fields). */
    private Map<String, Object> schema(final EntryVersion entry) {
        final Map<String, Object> schema = node(entryIri(entry.code()) + "/versions/" + entry.version() + "/schema",
                "dct:Standard");
        schema.put("dct:title", entry.metadata().title() + " 信息项");
        final List<Object> items = new ArrayList<>();
        for (final DataItem item : entry.metadata().items()) {
            final Map<String, Object> node = new TreeMap<>();
            node.put("@type", "tracechain:DataItem");
            node.put("tracechain:name", item.name());
            node.put("tracechain:dataType", item.type());
            putIfPresent(node, "dct:description", item.description());
            items.add(node);
        }
        schema.put("tracechain:dataItem", items);
        return schema;
    }

    private List<Object> distributions(final EntryVersion entry) {
        final EntryMetadata m = entry.metadata();
        if (m.sharingMethod() == null) {
            return List.of();
        }
        final String iri = entryIri(entry.code()) + "/distributions/" + m.sharingMethod().name().toLowerCase(java.util.Locale.ROOT);
        final Map<String, Object> distribution = node(iri, "dcat:Distribution");
        distribution.put("dct:title", m.title() + " (" + m.sharingMethod().name() + ")");
        distribution.put("dcat:accessURL", ref(entryIri(entry.code())));
        distribution.put("dct:accessRights", ref(DcatVocabulary.accessRights(m.sharingType())));
        distribution.put("tracechain:sharingMethod", m.sharingMethod().name());
        if (m.sharingConditions() != null) {
            final Map<String, Object> rights = new TreeMap<>();
            rights.put("@type", "dct:RightsStatement");
            rights.put("rdfs:label", m.sharingConditions());
            distribution.put("dct:rights", rights);
        }
        return List.of(distribution);
    }

    /** The ledger transaction that recorded this version. */
    private Map<String, Object> activity(final EntryVersion entry) {
        final Map<String, Object> activity = node("urn:tracechain:tx:" + entry.txId(), "prov:Activity");
        activity.put("dct:identifier", entry.txId());
        activity.put("prov:endedAtTime", dateTime(entry.recordedAt()));
        putIfPresent(activity, "tracechain:recordedBy", entry.recordedBy());
        return activity;
    }

    private String entryIri(final String code) {
        return base + "entries/" + segment(code);
    }

    private static Map<String, Object> node(final String id, final String type) {
        final Map<String, Object> node = new TreeMap<>();
        node.put("@id", id);
        node.put("@type", type);
        return node;
    }

    private static Map<String, Object> ref(final String iri) {
        return Map.of("@id", iri);
    }

    private static List<Object> sortedRefs(final List<String> iris) {
        return new TreeSet<>(iris).stream().<Object>map(DcatExporter::ref).toList();
    }

    private static Map<String, Object> dateTime(final Instant instant) {
        final Map<String, Object> literal = new TreeMap<>();
        literal.put("@type", "xsd:dateTime");
        literal.put("@value", instant.toString());
        return literal;
    }

    private static void putIfPresent(final Map<String, Object> node, final String key, final String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value);
        }
    }

    /** Codes are identifiers, but percent-encode anyway so an IRI never breaks. */
    private static String segment(final String code) {
        return URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
