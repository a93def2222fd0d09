// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
 */
public record Caller(String mspId, String id, String subject, Set<Role> roles) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Reads the caller from the transaction's creator certificate. */
    public static Caller from(final ClientIdentity identity) {
        final String attribute = identity.getAttributeValue(Role.ATTRIBUTE);
        final Set<Role> roles = EnumSet.noneOf(Role.class);
        if (attribute != null) {
            Arrays.stream(attribute.split(","))
                    .map(String::strip)
                    .map(Role::fromValue)
                    .flatMap(java.util.Optional::stream)
                    .forEach(roles::add);
        }
        return new Caller(identity.getMSPID(), identity.getId(),
                identity.getX509Certificate().getSubjectX500Principal().getName(), roles);
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
