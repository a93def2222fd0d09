// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.testing;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.tracechain.model.identity.Role;

/**
 * Makes client certificates like the network's: an ECDSA P-256 key, the organisation unit
 * {@code client}, and the roles in Fabric's attribute extension ({@code 1.2.3.4.5.6.7.8.1}) that
 * {@code ClientIdentity.getAttributeValue} reads.
 */
public final class TestIdentities {

    /** Fabric's certificate attribute extension, as written by fabric-ca. */
    public static final ASN1ObjectIdentifier FABRIC_ATTRIBUTES = new ASN1ObjectIdentifier("1.2.3.4.5.6.7.8.1");

    private static final KeyPair CA_KEYS = newKeyPair();

    private TestIdentities() {}

    /** A client of {@code mspId} named {@code name} holding {@code roles}. */
    public static TestIdentity client(final String mspId, final String name, final Role... roles) {
        final String attribute = Arrays.stream(roles).map(Role::value).collect(Collectors.joining(","));
        return withAttributes(mspId, name, roles.length == 0 ? null : "{\"attrs\":{\"role\":\"" + attribute + "\"}}");
    }

    /** An organisation admin (NodeOU {@code admin}) of {@code mspId}, without role attributes. */
    public static TestIdentity admin(final String mspId, final String name) {
        return create(mspId, name, "admin", null);
    }

    /** A client whose attribute extension holds exactly {@code attributesJson} (or none when null). */
    public static TestIdentity withAttributes(final String mspId, final String name, final String attributesJson) {
        return create(mspId, name, "client", attributesJson);
    }

    private static TestIdentity create(final String mspId, final String name, final String unit,
            final String attributesJson) {
        try {
            final KeyPair keys = newKeyPair();
            final Instant now = Instant.parse("2026-01-01T00:00:00Z");
            final X500Name issuer = new X500Name("O=" + mspId + ",CN=ca." + mspId.toLowerCase());
            final X500Name subject = new X500Name("O=" + mspId + ",OU=" + unit + ",CN=" + name);
            final X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(Math.abs((long) (mspId + name).hashCode()) + 1),
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(3650, ChronoUnit.DAYS)), subject,
                    keys.getPublic());
            if (attributesJson != null) {
                builder.addExtension(FABRIC_ATTRIBUTES, false, attributesJson.getBytes(StandardCharsets.UTF_8));
            }
            final X509CertificateHolder holder =
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(CA_KEYS.getPrivate()));
            final StringWriter pem = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
                writer.writeObject(holder);
            }
            return new TestIdentity(mspId, pem.toString());
        } catch (Exception e) {
            throw new IllegalStateException("cannot create test identity " + name + "@" + mspId, e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            final KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
