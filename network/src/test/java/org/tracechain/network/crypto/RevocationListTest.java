// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.time.Instant;
import java.util.Map;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The organisation's CRL as Fabric's MSP reads it: signed by the CA, named by its key, entries kept, numbered. */
class RevocationListTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

    @TempDir
    static Path root;

    private static OrgMaterial farm;
    private static OrgMaterial other;

    @BeforeAll
    static void material() {
        farm = CryptoGenerator.generate(root.resolve("crypto"), withUsers(Fixtures.farm(), "alice", "bob"));
        other = CryptoGenerator.generate(root.resolve("other"), Fixtures.farm());
    }

    @Test
    void revocations_are_signed_by_the_ca_numbered_upwards_and_keep_earlier_entries() throws Exception {
        final Path crlFile = RevocationList.file(farm.orgMspDir());
        assertThat(RevocationList.read(crlFile)).isEmpty();

        final X509CRL first = RevocationList.revoke(farm.orgDir(), farm.userCert("alice"), NOW);
        final X509CRL second = RevocationList.revoke(farm.orgDir(), farm.userCert("bob"), NOW.plusSeconds(60));

        final BigInteger alice = Pem.readCertificate(farm.userCert("alice")).getSerialNumber();
        final BigInteger bob = Pem.readCertificate(farm.userCert("bob")).getSerialNumber();
        assertThat(RevocationList.number(first)).isEqualTo(BigInteger.ONE);
        assertThat(RevocationList.number(second)).isEqualTo(BigInteger.TWO);
        assertThat(first.getRevokedCertificates()).extracting(X509CRLEntry::getSerialNumber).containsExactly(alice);
        assertThat(second.getRevokedCertificates()).extracting(X509CRLEntry::getSerialNumber)
                .containsExactlyInAnyOrder(alice, bob);
        assertThat(second.getRevokedCertificate(alice).getRevocationDate()).isEqualTo(java.util.Date.from(NOW));
        assertThat(RevocationList.serialOf(farm.userCert("bob"))).isEqualTo(bob);
        assertThat(RevocationList.lists(second, bob)).isTrue();
        assertThat(RevocationList.lists(second, BigInteger.TEN)).isFalse();

        final var ca = Pem.readCertificate(farm.caCert());
        second.verify(ca.getPublicKey()); // throws if not signed by the organisation's CA
        assertThat(second.getIssuerX500Principal()).isEqualTo(ca.getSubjectX500Principal());
        assertThat(second.getVersion()).isEqualTo(2);
        assertThat(second.getThisUpdate()).isEqualTo(java.util.Date.from(NOW.plusSeconds(60)));
        assertThat(second.getNextUpdate()).isEqualTo(ca.getNotAfter());
        // Fabric finds the CRL of a certificate's CA by this extension, and refuses every identity without it.
        final byte[] aki = second.getExtensionValue(Extension.authorityKeyIdentifier.getId());
        assertThat(AuthorityKeyIdentifier.getInstance(ASN1OctetString.getInstance(aki).getOctets())
                .getKeyIdentifierObject().getOctets())
                .isEqualTo(CertificateAuthority.subjectKeyIdentifier(ca));
        assertThat(RevocationList.read(crlFile)).contains(second);
        assertThat(Files.readString(crlFile, StandardCharsets.US_ASCII)).startsWith("-----BEGIN X509 CRL-----")
                .isEqualTo(new String(RevocationList.pem(second), StandardCharsets.US_ASCII));
    }

    @Test
    void revoking_a_listed_certificate_again_changes_nothing() {
        final OrgMaterial org = CryptoGenerator.generate(root.resolve("again"), withUsers(Fixtures.farm(), "carol"));
        final X509CRL first = RevocationList.revoke(org.orgDir(), org.userCert("carol"), NOW);

        final X509CRL again = RevocationList.revoke(org.orgDir(), org.userCert("carol"), NOW.plusSeconds(5));

        assertThat(again).isEqualTo(first);
        assertThat(RevocationList.number(again)).isEqualTo(BigInteger.ONE);
    }

    @Test
    void a_certificate_of_another_ca_is_refused() {
        final OrgMaterial org = CryptoGenerator.generate(root.resolve("foreign"), Fixtures.farm());
        assertThatThrownBy(() -> RevocationList.revoke(org.orgDir(), other.userCert("farmer"), NOW))
                .isInstanceOf(CryptoMaterialException.class).hasMessageContaining("not issued by the organisation's CA");
        assertThat(RevocationList.read(RevocationList.file(org.orgMspDir()))).isEmpty();
    }

    @Test
    void a_crl_signed_by_another_key_is_not_extended() throws Exception {
        final OrgMaterial org = CryptoGenerator.generate(root.resolve("tampered"), withUsers(Fixtures.farm(), "dan"));
        Files.createDirectories(RevocationList.file(org.orgMspDir()).getParent());
        final CertificateAuthority stranger = CertificateAuthority.create(
                CertificateAuthority.subject("x", null, "ca.x"), NOW);
        Files.write(RevocationList.file(org.orgMspDir()),
                RevocationList.pem(RevocationList.issue(stranger, null, BigInteger.TEN, NOW)));

        assertThatThrownBy(() -> RevocationList.revoke(org.orgDir(), org.userCert("dan"), NOW))
                .hasMessageContaining("cannot issue a revocation list");
    }

    private static OrgCrypto withUsers(final OrgCrypto org, final String... names) {
        final java.util.List<UserIdentity> users = new java.util.ArrayList<>(org.users());
        for (final String name : names) {
            users.add(UserIdentity.client(name, Map.of("role", "producer")));
        }
        return new OrgCrypto(org.name(), org.mspId(), org.domain(), org.ordererOrg(), org.nodes(), users);
    }
}
