// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.TreeMap;
import org.bouncycastle.asn1.ASN1OctetString;

/** Fabric's certificate attributes: {@code {"attrs":{"name":"value",...}}} in extension 1.2.3.4.5.6.7.8.1. */
final class FabricAttributes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FabricAttributes() {}

    /** The extension's value (raw UTF-8 JSON), or null when there are no attributes. */
    static byte[] encode(final Map<String, String> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsBytes(Map.of("attrs", new TreeMap<>(attributes)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode attributes", e);
        }
    }

    /** The attributes of {@code certificate}; empty when it has no attribute extension. */
    static Map<String, String> decode(final X509Certificate certificate) {
        final byte[] extension = certificate.getExtensionValue(CertificateAuthority.FABRIC_ATTRIBUTES.getId());
        if (extension == null) {
            return Map.of();
        }
        final String json = new String(ASN1OctetString.getInstance(extension).getOctets(), StandardCharsets.UTF_8);
        try {
            final Map<String, Map<String, String>> value = JSON.readValue(json, new TypeReference<>() {});
            return value.getOrDefault("attrs", Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("attribute extension is not {\"attrs\":{...}} JSON: " + json, e);
        }
    }
}
