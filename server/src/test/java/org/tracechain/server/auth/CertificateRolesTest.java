// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.client.testing.TestCredentials;
import org.tracechain.model.identity.Role;

class CertificateRolesTest {

    private static X509Certificate certificate(final TestIdentity identity) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                new ByteArrayInputStream(identity.certificatePem().getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void the_role_is_the_fabric_attribute_the_chaincode_reads() throws Exception {
        assertThat(CertificateRoles.role(certificate(TestIdentities.client("ProducerMSP", "farmer", Role.PRODUCER))))
                .isEqualTo("producer");
    }

    @Test
    void a_certificate_without_attributes_or_with_unreadable_ones_has_no_role() throws Exception {
        assertThat(CertificateRoles.role(TestCredentials.generate("plain").certificate())).isEmpty();
        assertThat(CertificateRoles.role(certificate(TestIdentities.withAttributes("ProducerMSP", "odd",
                "{\"attrs\":{\"role\":7}}")))).isEmpty();
        assertThat(CertificateRoles.role(certificate(TestIdentities.withAttributes("ProducerMSP", "odd",
                "not json")))).isEmpty();
    }
}
