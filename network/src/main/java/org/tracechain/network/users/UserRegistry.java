// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.users;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tracechain.network.NetworkException;
import org.tracechain.network.crypto.UserIdentity;
import org.tracechain.network.identity.Layout;
import org.tracechain.network.topology.Topology;

/**
 * The users added to a network after it was created ({@code tracechain user add}) and the revocations
 * ({@code tracechain user revoke}), kept in {@code <home>/users.json}. The topology file is left alone, so its
 * fingerprint, which ties the home's data to the topology, does not change: where crypto material and wallets are
 * generated, the added users are {@linkplain #mergedInto merged} into the topology's.
 *
 * @param users users added to the network, in the order they were added
 * @param revocations users whose certificates were revoked, in order
 */
public record UserRegistry(List<AddedUser> users, List<Revocation> revocations) {

    /** The registry's file in a network home. */
    public static final String FILE_NAME = "users.json";
    private static final Pattern ROLE = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    public UserRegistry {
        users = users == null ? List.of() : List.copyOf(users);
        revocations = revocations == null ? List.of() : List.copyOf(revocations);
    }

    /**
     * A user added with {@code tracechain user add}.
     *
     * @param organization the organisation's name in the topology, e.g. {@code producer}
     * @param name the user name (its wallet entry and certificate CN {@code name@domain})
     * @param roles the values of its certificate's {@code role} attribute
     * @param addedAt when it was added (ISO-8601)
     */
    public record AddedUser(String organization, String name, List<String> roles, String addedAt) {
        public AddedUser {
            roles = List.copyOf(roles);
        }
    }

    /**
     * A revoked certificate.
     *
     * @param serial the certificate's serial number, hexadecimal
     * @param crlNumber the number of the CRL that first listed it
     */
    public record Revocation(String organization, String name, String serial, long crlNumber, String revokedAt) {}

    /** The registry of {@code home}; empty if none was written. */
    public static UserRegistry read(final Path home) {
        final Path file = home.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new UserRegistry(List.of(), List.of());
        }
        try {
            return JSON.readValue(file.toFile(), UserRegistry.class);
        } catch (IOException e) {
            throw new NetworkException("the user registry " + file + " is unreadable (" + e.getMessage()
                    + "); it lists the users added with 'tracechain user add'; restore it from a backup");
        }
    }

    /** Writes the registry to {@code home} atomically. */
    public void write(final Path home) {
        final Path file = home.resolve(FILE_NAME);
        try {
            final Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            JSON.writeValue(tmp.toFile(), this);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new NetworkException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * This registry with {@code user} added, after checking it against {@code topology}: a known organisation, a
     * valid and new name (not a topology user, not the admin, not added before: a revoked name is never reused), and
     * at least one role of lower-case letters, digits, '-' and '_'.
     */
    public UserRegistry withAdded(final Topology topology, final AddedUser user) {
        final Topology.PeerOrganization org = topology.organization(user.organization())
                .orElseThrow(() -> new IllegalArgumentException("no organisation '" + user.organization()
                        + "' in the topology; organisations: " + topology.peerOrganizations().stream()
                        .map(Topology.PeerOrganization::name).toList()));
        UserIdentity.client(user.name(), Map.of()); // the name rules of certificates and directories
        final String lower = user.name().toLowerCase(Locale.ROOT);
        if (lower.equals(Layout.ADMIN.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("'" + user.name() + "' is the organisation's admin");
        }
        if (org.users().stream().anyMatch(u -> u.name().toLowerCase(Locale.ROOT).equals(lower))) {
            throw new IllegalArgumentException("user '" + user.name() + "' of " + org.name()
                    + " is in the topology already");
        }
        if (added(org.name()).stream().anyMatch(u -> u.name().toLowerCase(Locale.ROOT).equals(lower))) {
            throw new IllegalArgumentException("user '" + user.name() + "' of " + org.name() + " was added already"
                    + (revocation(org.name(), user.name()).isPresent() ? " and revoked; a revoked name is not reused"
                            : ""));
        }
        if (user.roles().isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role (--role)");
        }
        for (final String role : user.roles()) {
            if (!ROLE.matcher(role).matches()) {
                throw new IllegalArgumentException("role '" + role + "' must be lower-case letters, digits, '-' or"
                        + " '_' (the certificate's role attribute lists roles separated by commas)");
            }
        }
        final List<AddedUser> all = new ArrayList<>(users);
        all.add(user);
        return new UserRegistry(all, revocations);
    }

    /** This registry with {@code revocation} recorded (a user revoked again is recorded once). */
    public UserRegistry withRevoked(final Revocation revocation) {
        if (revocation(revocation.organization(), revocation.name()).isPresent()) {
            return this;
        }
        final List<Revocation> all = new ArrayList<>(revocations);
        all.add(revocation);
        return new UserRegistry(users, all);
    }

    /** The users added to {@code organization}. */
    public List<AddedUser> added(final String organization) {
        return users.stream().filter(u -> u.organization().equals(organization)).toList();
    }

    /** The revocation of {@code user} of {@code organization}, if it was revoked. */
    public Optional<Revocation> revocation(final String organization, final String user) {
        return revocations.stream().filter(r -> r.organization().equals(organization) && r.name().equals(user))
                .findFirst();
    }

    /** {@code topology} with the added users appended to their organisations' users. */
    public Topology mergedInto(final Topology topology) {
        if (users.isEmpty()) {
            return topology;
        }
        final List<Topology.PeerOrganization> orgs = topology.peerOrganizations().stream().map(org -> {
            final List<Topology.UserSpec> all = new ArrayList<>(org.users());
            added(org.name()).forEach(u -> all.add(new Topology.UserSpec(u.name(), u.roles())));
            return new Topology.PeerOrganization(org.name(), org.mspId(), org.domain(), org.peers(), all);
        }).toList();
        return new Topology(topology.name(), topology.basePort(), topology.batchTimeout(),
                topology.ordererOrganization(), orgs, topology.channels());
    }
}
