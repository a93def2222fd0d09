// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory.dcat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.directory.UpdateCycle;

/**
 * Namespaces of the export and the mapping of tracechain codes onto the EU controlled vocabularies DCAT-AP 3
 * requires or recommends (Publications Office authority tables access-right, frequency and data-theme), with
 * the English labels those tables give. Plain strings: nothing here loads Jena.
 */
final class DcatVocabulary {

    static final String ACCESS_RIGHT = "http://publications.europa.eu/resource/authority/access-right/";
    static final String FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";
    /** The EU data-theme table; DCAT-AP 3 makes it mandatory for {@code dcat:theme}. */
    static final String DATA_THEME_SCHEME = "http://publications.europa.eu/resource/authority/data-theme";
    static final String DATA_THEME = DATA_THEME_SCHEME + "/";
    /** tracechain's own terms (data items, sharing method and conditions, open attribute, duties). */
    static final String TRACECHAIN = "https://tracechain.org/ns/govdir#";
    /** The project's concept scheme of national themes (themes.tsv), the same IRIs in every deployment. */
    static final String NATIONAL_THEME_SCHEME = "https://tracechain.org/ns/govdir/themes";
    /** Legal resources without an ELI: one IRI per legal-basis text, the same in every deployment. */
    static final String LEGAL_RESOURCE = "https://tracechain.org/ns/govdir/legal/";

    static final String ADMS = "http://www.w3.org/ns/adms#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCATAP = "http://data.europa.eu/r5r/";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String ELI = "http://data.europa.eu/eli/ontology#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    private DcatVocabulary() {}

    /**
     * The prefixes of both syntaxes (Turtle {@code PREFIX}es, the JSON-LD context), sorted. {@code rdf:} is left
     * out so Turtle writes {@code a} and JSON-LD {@code @type}.
     */
    static Map<String, String> prefixes() {
        final Map<String, String> prefixes = new TreeMap<>();
        prefixes.put("adms", ADMS);
        prefixes.put("dcat", DCAT);
        prefixes.put("dcatap", DCATAP);
        prefixes.put("dct", DCT);
        prefixes.put("eli", ELI);
        prefixes.put("foaf", FOAF);
        prefixes.put("prov", PROV);
        prefixes.put("rdfs", RDFS);
        prefixes.put("skos", SKOS);
        prefixes.put("tracechain", TRACECHAIN);
        prefixes.put("xsd", XSD);
        return prefixes;
    }

    /**
     * 无条件共享 is open to every department (PUBLIC within the government network), 有条件共享 is decided
     * per request (RESTRICTED), 不予共享 is NON_PUBLIC.
     */
    static String accessRights(final SharingType type) {
        return ACCESS_RIGHT + switch (type) {
            case UNCONDITIONAL -> "PUBLIC";
            case CONDITIONAL -> "RESTRICTED";
            case NOT_SHARED -> "NON_PUBLIC";
        };
    }

    /** The access-right table's English label. */
    static String accessRightsLabel(final SharingType type) {
        return switch (type) {
            case UNCONDITIONAL -> "public";
            case CONDITIONAL -> "restricted";
            case NOT_SHARED -> "non-public";
        };
    }

    /** 更新周期 onto the EU frequency table; real-time data is "continuously updated". */
    static String frequency(final UpdateCycle cycle) {
        return FREQUENCY + switch (cycle) {
            case REAL_TIME -> "UPDATE_CONT";
            case DAILY -> "DAILY";
            case WEEKLY -> "WEEKLY";
            case MONTHLY -> "MONTHLY";
            case QUARTERLY -> "QUARTERLY";
            case SEMI_ANNUAL -> "ANNUAL_2";
            case ANNUAL -> "ANNUAL";
            case IRREGULAR -> "IRREG";
        };
    }

    /** The frequency table's English label. */
    static String frequencyLabel(final UpdateCycle cycle) {
        return switch (cycle) {
            case REAL_TIME -> "continuously updated";
            case DAILY -> "daily";
            case WEEKLY -> "weekly";
            case MONTHLY -> "monthly";
            case QUARTERLY -> "quarterly";
            case SEMI_ANNUAL -> "semiannual";
            case ANNUAL -> "annual";
            case IRREGULAR -> "irregular";
        };
    }

    /** The data-theme table's English labels, by code. */
    static final Map<String, String> DATA_THEME_LABELS = Map.ofEntries(
            Map.entry("AGRI", "Agriculture, fisheries, forestry and food"),
            Map.entry("ECON", "Economy and finance"),
            Map.entry("EDUC", "Education, culture and sport"),
            Map.entry("ENER", "Energy"),
            Map.entry("ENVI", "Environment"),
            Map.entry("GOVE", "Government and public sector"),
            Map.entry("HEAL", "Health"),
            Map.entry("INTR", "International issues"),
            Map.entry("JUST", "Justice, legal system and public safety"),
            Map.entry("REGI", "Regions and cities"),
            Map.entry("SOCI", "Population and society"),
            Map.entry("TECH", "Science and technology"),
            Map.entry("TRAN", "Transport"));

    /**
     * The IRI of a legal basis. Text that already is an http(s) IRI (an ELI such as
     * {@code http://data.europa.eu/eli/reg/2016/679/oj}, or a law database's page) is used as it is. Chinese
     * laws and regulations have no ELI, so any other text gets an IRI of its own under {@link #LEGAL_RESOURCE}:
     * the first 128 bits of the SHA-256 of the text (NFC, trimmed), in hex. The same text gives the same IRI in
     * every export and every deployment.
     */
    static String legalResource(final String basis) {
        final String text = Normalizer.normalize(basis.strip(), Normalizer.Form.NFC);
        if (text.matches("https?://[^\\s<>\"{}|\\\\^`]+")) {
            return text;
        }
        try {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return LEGAL_RESOURCE + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
