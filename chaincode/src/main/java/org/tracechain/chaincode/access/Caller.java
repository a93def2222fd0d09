// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.access;

import java.nio.ByteBuffer;
import java.security.cert.CertificateEncodingException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.tracechain.model.identity.CallerInfo;
import org.tracechain.model.identity.Role;

/**
 * The authenticated submitter of a transaction as domain services see it: organisation, identity and
 * the business roles from the certificate's {@code role} attribute. Plain data, so services are
 * testable without Fabric.
 *
 * @param mspId organisation
 * @param id the shim's unique identity string ({@code x509::subject::issuer})
 * @param subject certificate subject DN
 * @param roles roles granted by the certificate (unknown values are ignored)
 * @param admin whether the certificate is an organisation admin's (NodeOU {@code OU=admin})
 */
public record Caller(String mspId, String id, String subject, Set<Role> roles, boolean admin) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Distinct callers a chaincode server remembers; past this, it forgets them all and starts again. */
    private static final int MAX_KNOWN = 1024;

    /**
     * Callers already read, by organisation and certificate. A caller is a pure function of the two (roles, admin
     * unit and ids all come from the certificate), and reading one (a distinguished-name parse, the roles) cost
     * about 3 % of a chaincode server's CPU under load, while the same few clients call again and again.
     */
    private static final Map<Certificate, Caller> KNOWN = new ConcurrentHashMap<>();

    /** An organisation and the DER bytes of one of its certificates. */
    private record Certificate(String mspId, ByteBuffer der) {}

    /** Reads the caller from the transaction's creator certificate. */
    public static Caller from(final ClientIdentity identity) {
        final Certificate certificate;
        try {
            certificate = new Certificate(identity.getMSPID(),
                    ByteBuffer.wrap(identity.getX509Certificate().getEncoded()));
        } catch (CertificateEncodingException e) {
            return read(identity);
        }
        final Caller known = KNOWN.get(certificate);
        if (known != null) {
            return known;
        }
        final Caller caller = read(identity);
        if (KNOWN.size() >= MAX_KNOWN) {
            // Certificates come and go (reissued, revoked): start again rather than keep the first ones forever.
            KNOWN.clear();
        }
        KNOWN.putIfAbsent(certificate, caller);
        return caller;
    }

    /** Reads the caller from the certificate, uncached. */
    static Caller read(final ClientIdentity identity) {
        final String attribute = identity.getAttributeValue(Role.ATTRIBUTE);
        final Set<Role> roles = EnumSet.noneOf(Role.class);
        if (attribute != null) {
            Arrays.stream(attribute.split(","))
                    .map(String::strip)
                    .map(Role::fromValue)
                    .flatMap(java.util.Optional::stream)
                    .forEach(roles::add);
        }
        final String subject = identity.getX509Certificate().getSubjectX500Principal().getName();
        return new Caller(identity.getMSPID(), identity.getId(), subject, roles, hasAdminUnit(subject));
    }

    private static boolean hasAdminUnit(final String subject) {
        try {
            return new javax.naming.ldap.LdapName(subject).getRdns().stream()
                    .anyMatch(rdn -> "OU".equalsIgnoreCase(rdn.getType()) && "admin".equals(rdn.getValue()));
        } catch (javax.naming.InvalidNameException e) {
            return false;
        }
    }

    public boolean hasRole(final Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(final Role... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }

    /** The public view returned by {@code WhoAmI}. */
    public CallerInfo info() {
        final List<String> values = roles.stream().map(Role::value).sorted().toList();
        return new CallerInfo(mspId, subject, values);
    }
}
