// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.channel.ChannelConfigurator;
import org.tracechain.network.channel.OrganizationMsp;
import org.tracechain.network.channel.PeerCli;
import org.tracechain.network.crypto.RevocationList;
import org.tracechain.network.identity.Layout;
import org.tracechain.network.identity.WalletWriter;
import org.tracechain.network.io.ExclusiveFileLock;
import org.tracechain.network.topology.Topology;
import org.tracechain.network.users.UserRegistry;

/**
 * Users that come and go without new crypto for anyone else: {@link #add} issues a certificate with a role attribute
 * from the organisation's CA into its wallet and crypto layout, recorded in {@code users.json} (not in the topology,
 * whose fingerprint ties the home to it); {@link #revoke} lists the certificate in the organisation's CRL and puts
 * that CRL into the organisation's MSP in every channel it belongs to, after which Fabric refuses the user's
 * proposals and transactions.
 */
public final class NetworkUsers {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkUsers.class);

    /** A user as {@code user list} shows it. */
    public record UserEntry(String name, List<String> roles, boolean added, boolean revoked) {}

    /** What a revocation did: the CRL's number and the config block it reached each channel in. */
    public record Revoked(String serial, long crlNumber, List<String> channels) {}

    private final Path home;
    private final Topology topology;
    private final Layout layout;
    private final Function<String, PeerCli> adminCli;
    private final Supplier<ChannelConfigurator> configurator;
    private final Clock clock;

    NetworkUsers(final Path home, final Topology topology, final Layout layout, final Function<String, PeerCli> adminCli,
            final Supplier<ChannelConfigurator> configurator, final Clock clock) {
        this.home = home;
        this.topology = topology;
        this.layout = layout;
        this.adminCli = adminCli;
        this.configurator = configurator;
        this.clock = clock;
    }

    /**
     * Issues {@code user} of {@code organization} a certificate whose {@code role} attribute lists {@code roles},
     * writes its wallet entry ({@code wallet/<org>/<user>/}) and records it. The network need not run: Fabric
     * accepts any certificate of the organisation's CA that no CRL lists.
     */
    @SuppressWarnings("try")
    public UserRegistry.AddedUser add(final String organization, final String user, final List<String> roles) {
        try (ExclusiveFileLock lock = HomeLock.acquire(home)) {
            requireNetwork();
            final UserRegistry.AddedUser added = new UserRegistry.AddedUser(organization, user, roles,
                    clock.instant().toString());
            final UserRegistry registry = UserRegistry.read(home).withAdded(topology, added);
            final Topology merged = registry.mergedInto(topology);
            CryptoSetup.generate(merged, layout);
            new WalletWriter(merged, layout, home).writeAll();
            registry.write(home);
            LOG.info("Added user {} of {} with role {}: wallet {}", user, organization, String.join(",", roles),
                    home.relativize(home.resolve("wallet").resolve(organization).resolve(user)));
            return added;
        } catch (IOException e) {
            throw new NetworkException("cannot add user " + user + " of " + organization + ": " + e.getMessage(), e);
        }
    }

    /** The users of {@code organization}: the topology's, then those added, each with its roles and state. */
    public List<UserEntry> list(final String organization) {
        final Topology.PeerOrganization org = organization(organization);
        final UserRegistry registry = UserRegistry.read(home);
        final List<UserEntry> users = new ArrayList<>();
        org.users().forEach(u -> users.add(new UserEntry(u.name(), u.roles(), false,
                registry.revocation(organization, u.name()).isPresent())));
        registry.added(organization).forEach(u -> users.add(new UserEntry(u.name(), u.roles(), true,
                registry.revocation(organization, u.name()).isPresent())));
        return users;
    }

    /**
     * Revokes {@code user}'s certificate: adds it to the organisation's CRL (signed by its CA, earlier entries kept,
     * the next CRL number), writes the CRL to the organisation's MSP and its peers' local MSPs, and updates the
     * organisation's MSP in every channel it belongs to, signed by its admin as that value's mod policy asks.
     * Safe to repeat: a step already done is not done again.
     */
    @SuppressWarnings("try")
    public Revoked revoke(final String organization, final String user) {
        final Topology.PeerOrganization org = organization(organization);
        if (user.toLowerCase(Locale.ROOT).equals(Layout.ADMIN.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("the organisation's admin cannot be revoked: it signs the revocation");
        }
        try (ExclusiveFileLock lock = HomeLock.acquire(home)) {
            requireNetwork();
            final UserRegistry registry = UserRegistry.read(home);
            final boolean known = org.users().stream().anyMatch(u -> u.name().equals(user))
                    || registry.added(organization).stream().anyMatch(u -> u.name().equals(user));
            if (!known) {
                throw new IllegalArgumentException("no user '" + user + "' in " + organization + "; see 'tracechain "
                        + "user list --org " + organization + "'");
            }
            final Instant now = clock.instant();
            final long start = System.nanoTime();
            final Path certificate = Layout.signCert(layout.user(org, user));
            final X509CRL crl = RevocationList.revoke(layout.peerOrg(org), certificate, now);
            final byte[] pem = RevocationList.pem(crl);
            for (final String peer : org.peers()) {
                final Path local = RevocationList.file(layout.peer(org, peer).resolve("msp"));
                Files.createDirectories(local.getParent());
                Files.write(local, pem);
            }
            final String serial = RevocationList.serialOf(certificate).toString(16);
            LOG.info("Revoking {} of {} (serial {}): CRL number {} in {}", user, organization, serial,
                    RevocationList.number(crl), home.relativize(RevocationList.file(layout.peerOrg(org)
                            .resolve("msp"))));
            final ChannelConfigurator channels = configurator.get();
            final ChannelConfigurator.Admin admin = new ChannelConfigurator.Admin(Layout.ADMIN + "@" + organization,
                    adminCli.apply(organization));
            final List<String> updated = new ArrayList<>();
            for (final Topology.ChannelSpec channel : topology.channels()) {
                if (!channel.organizations().contains(organization)) {
                    continue;
                }
                channels.update(channel.name(), "revocation list " + RevocationList.number(crl) + " for "
                        + org.mspId(), OrganizationMsp.withRevocationList(org.mspId(),
                                List.of(ByteString.copyFrom(pem))), List.of(admin), node -> true);
                updated.add(channel.name());
            }
            registry.withRevoked(new UserRegistry.Revocation(organization, user, serial,
                    RevocationList.number(crl).longValueExact(), now.toString())).write(home);
            LOG.info("Revoked {} of {} on {} in {} ms", user, organization, updated,
                    (System.nanoTime() - start) / 1_000_000);
            return new Revoked(serial, RevocationList.number(crl).longValueExact(), updated);
        } catch (IOException e) {
            throw new NetworkException("cannot revoke user " + user + " of " + organization + ": " + e.getMessage(), e);
        }
    }

    private Topology.PeerOrganization organization(final String organization) {
        return topology.organization(organization).orElseThrow(() -> new IllegalArgumentException("no organisation '"
                + organization + "' in the topology; organisations: " + topology.peerOrganizations().stream()
                        .map(Topology.PeerOrganization::name).toList()));
    }

    private void requireNetwork() {
        if (!Files.isRegularFile(NetworkState.file(home))) {
            throw new NetworkException(home + " holds no network; run 'tracechain network up' first");
        }
    }
}
