// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1OctetString;
import org.tracechain.model.json.LedgerJson;

/**
 * The {@code role} attribute of a Fabric identity certificate, read as the chaincode reads it
 * ({@code ClientIdentity.getAttributeValue("role")}): the JSON {@code {"attrs":{"role":"..."}}} in extension
 * {@code 1.2.3.4.5.6.7.8.1}. Reading the certificate, not the wallet's {@code identity.json}, makes the caller's
 * role the one every chaincode check sees.
 */
public final class CertificateRoles {

    /** Fabric's attribute extension (fabric-ca {@code attrmgr}). */
    public static final String ATTRIBUTES_OID = "1.2.3.4.5.6.7.8.1";

    private CertificateRoles() {}

    /**
     * The certificate's {@code role} attribute.
     *
     * @param certificate an identity certificate
     * @return the role as issued (possibly several, comma-separated), or empty text when it has none
     */
    public static String role(final X509Certificate certificate) {
        final byte[] extension = certificate.getExtensionValue(ATTRIBUTES_OID);
        if (extension == null) {
            return "";
        }
        try {
            final String json = new String(ASN1OctetString.getInstance(extension).getOctets(), StandardCharsets.UTF_8);
            final JsonNode role = LedgerJson.readTree(json).path("attrs").path("role");
            return role.isTextual() ? role.asText() : "";
        } catch (IllegalArgumentException e) {
            // A certificate with an unreadable attribute extension has no role the chaincode could read either.
            return "";
        }
    }
}
