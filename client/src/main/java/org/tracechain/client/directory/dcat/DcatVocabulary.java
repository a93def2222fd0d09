// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory.dcat;

import java.util.Map;
import java.util.TreeMap;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.directory.UpdateCycle;

/**
 * Namespaces of the export and the mapping of tracechain codes onto the EU controlled vocabularies DCAT-AP 3
 * recommends (Publications Office authority tables access-right and frequency).
 */
final class DcatVocabulary {

    static final String ACCESS_RIGHT = "http://publications.europa.eu/resource/authority/access-right/";
    static final String FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";
    /** tracechain's own terms (data items, sharing method and conditions, open attribute). */
    static final String TRACECHAIN = "https://tracechain.org/ns/govdir#";

    private DcatVocabulary() {}

    /** The JSON-LD context: prefixes only, so every property in the document is a compact IRI. */
    static Map<String, Object> context() {
        final Map<String, Object> context = new TreeMap<>();
        context.put("adms", "http://www.w3.org/ns/adms#");
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dcatap", "http://data.europa.eu/r5r/");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("eli", "http://data.europa.eu/eli/ontology#");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("prov", "http://www.w3.org/ns/prov#");
        context.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        context.put("skos", "http://www.w3.org/2004/02/skos/core#");
        context.put("tracechain", TRACECHAIN);
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return context;
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
}
