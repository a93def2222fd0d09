// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory.dcat;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the export that Jena's own vocabulary classes ({@code DCAT}, {@code DCTerms}, {@code SKOS},
 * {@code FOAF}) lack: DCAT 3 versioning, DCAT-AP, ADMS, ELI, PROV-O and tracechain's own.
 */
final class DcatTerms {

    static final Property VERSION = property(DcatVocabulary.DCAT, "version");
    static final Property PREVIOUS_VERSION = property(DcatVocabulary.DCAT, "previousVersion");
    static final Property APPLICABLE_LEGISLATION = property(DcatVocabulary.DCATAP, "applicableLegislation");
    static final Property VERSION_NOTES = property(DcatVocabulary.ADMS, "versionNotes");
    static final Resource LEGAL_RESOURCE = ResourceFactory.createResource(DcatVocabulary.ELI + "LegalResource");
    static final Resource ACTIVITY = ResourceFactory.createResource(DcatVocabulary.PROV + "Activity");
    static final Property WAS_GENERATED_BY = property(DcatVocabulary.PROV, "wasGeneratedBy");
    static final Property ENDED_AT_TIME = property(DcatVocabulary.PROV, "endedAtTime");

    static final Resource DATA_ITEM = ResourceFactory.createResource(DcatVocabulary.TRACECHAIN + "DataItem");
    static final Resource DUTY = ResourceFactory.createResource(DcatVocabulary.TRACECHAIN + "Duty");
    static final Property DATA_ITEM_OF = property(DcatVocabulary.TRACECHAIN, "dataItem");
    static final Property NAME = property(DcatVocabulary.TRACECHAIN, "name");
    static final Property DATA_TYPE = property(DcatVocabulary.TRACECHAIN, "dataType");
    static final Property POSITION = property(DcatVocabulary.TRACECHAIN, "position");
    static final Property CLASSIFICATION_CODE = property(DcatVocabulary.TRACECHAIN, "classificationCode");
    static final Property SHARING_TYPE = property(DcatVocabulary.TRACECHAIN, "sharingType");
    static final Property SHARING_CONDITIONS = property(DcatVocabulary.TRACECHAIN, "sharingConditions");
    static final Property SHARING_METHOD = property(DcatVocabulary.TRACECHAIN, "sharingMethod");
    static final Property OPEN_ATTRIBUTE = property(DcatVocabulary.TRACECHAIN, "openAttribute");
    static final Property SOURCE_SYSTEM = property(DcatVocabulary.TRACECHAIN, "sourceSystem");
    static final Property DUTY_OF = property(DcatVocabulary.TRACECHAIN, "duty");
    static final Property LEGAL_BASIS = property(DcatVocabulary.TRACECHAIN, "legalBasis");
    static final Property RECORDED_BY = property(DcatVocabulary.TRACECHAIN, "recordedBy");

    private DcatTerms() {}

    private static Property property(final String namespace, final String localName) {
        return ResourceFactory.createProperty(namespace, localName);
    }
}
