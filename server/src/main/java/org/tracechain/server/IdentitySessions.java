// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.Wallet;
import org.tracechain.client.WalletIdentity;
import org.tracechain.client.directory.GovDirectory;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.model.error.CommonError;
import org.tracechain.network.users.UserRegistry;
import org.tracechain.server.auth.Caller;
import org.tracechain.server.auth.CertificateRoles;
import org.tracechain.server.http.ApiProblem;

/**
 * One SDK client per wallet identity of the server's organisation, opened on the identity's first request and
 * shared by all its requests (a {@link LedgerClient} is thread-safe), closed on shutdown. An identity revoked with
 * {@code tracechain user revoke} or removed from the wallet is refused ({@code UNKNOWN_IDENTITY}, 403) before any
 * call, and its client is closed.
 */
final class IdentitySessions implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IdentitySessions.class);

    /** Opens a client signed by an identity. */
    @FunctionalInterface
    interface ClientOpener {
        LedgerClient open(WalletIdentity identity) throws IOException;
    }

    /** What a request of one identity uses. */
    record Session(Caller caller, LedgerClient client, FoodTrace food, GovDirectory directory) {}

    private final Path home;
    private final String organization;
    private final Wallet wallet;
    private final ClientOpener opener;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private volatile CachedRegistry cachedRegistry;

    IdentitySessions(final Path home, final String organization, final ClientOpener opener) {
        this.home = home;
        this.organization = organization;
        this.wallet = Wallet.open(home);
        this.opener = Objects.requireNonNull(opener, "opener must not be null");
    }

    /**
     * The session of {@code user}, opened if needed.
     *
     * @throws ApiProblem 403 {@code UNKNOWN_IDENTITY} if the user is revoked or no longer in the wallet
     */
    Session session(final String user) {
        if (closed) {
            throw new ApiProblem(503, "LEDGER_UNAVAILABLE", "the server is shutting down");
        }
        requireUsable(user);
        return sessions.computeIfAbsent(user, this::open);
    }

    private Session open(final String user) {
        try {
            final WalletIdentity identity = wallet.identity(organization, user);
            final LedgerClient client = opener.open(identity);
            final Caller caller = new Caller(organization, user, identity.mspId(),
                    CertificateRoles.role(identity.certificate()));
            LOG.info("Opened a ledger client for {}/{} ({})", organization, user, identity.mspId());
            return new Session(caller, client, FoodTrace.of(client), GovDirectory.of(client));
        } catch (IOException e) {
            LOG.warn("Cannot open the identity {}/{}: {}", organization, user, e.getMessage());
            throw new ApiProblem(403, CommonError.UNKNOWN_IDENTITY.name(),
                    "the token's identity cannot be loaded from the server's wallet");
        }
    }

    /**
     * The user of the server's organisation whose wallet certificate is {@code certificate} (the very certificate,
     * not a name in it: another certificate the same CA issued with the same common name is not that user). The
     * wallet is read on each call (a few small files): an identity re-enrolled or removed stops matching at once.
     *
     * @return the user, or empty when no identity of the organisation has that certificate
     */
    Optional<String> userOf(final X509Certificate certificate) {
        final String prefix = organization + "/";
        try {
            for (final String name : wallet.list()) {
                if (name.startsWith(prefix)) {
                    final String user = name.substring(prefix.length());
                    if (wallet.identity(organization, user).certificate().equals(certificate)) {
                        return Optional.of(user);
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot read the wallet of {} to match a client certificate: {}", organization, e.getMessage());
        }
        return Optional.empty();
    }

    /** Whether {@code user} is in the wallet and not revoked, as {@link #session} requires; opens nothing. */
    boolean usable(final String user) {
        return Files.isDirectory(wallet.directory().resolve(organization).resolve(user))
                && registry().revocation(organization, user).isEmpty();
    }

    private void requireUsable(final String user) {
        final boolean inWallet = Files.isDirectory(wallet.directory().resolve(organization).resolve(user));
        final boolean revoked = inWallet && registry().revocation(organization, user).isPresent();
        if (!inWallet || revoked) {
            final Session stale = sessions.remove(user);
            if (stale != null) {
                stale.client().close();
                LOG.info("Closed the ledger client of {}/{}: {}", organization, user,
                        revoked ? "revoked" : "no longer in the wallet");
            }
            throw new ApiProblem(403, CommonError.UNKNOWN_IDENTITY.name(), revoked
                    ? "the token's identity has been revoked"
                    : "the token's identity is no longer in the server's wallet");
        }
    }

    /** The home's user registry, read again only when {@code users.json} changed ({@code tracechain user revoke}). */
    private UserRegistry registry() {
        final Path file = home.resolve(UserRegistry.FILE_NAME);
        long stamp = -1;
        try {
            stamp = Files.isRegularFile(file) ? Files.getLastModifiedTime(file).toMillis() ^ Files.size(file) : -1;
        } catch (IOException e) {
            // Unreadable now: read it below, which reports why.
        }
        final CachedRegistry cached = this.cachedRegistry;
        if (cached != null && stamp != -1 && cached.stamp() == stamp) {
            return cached.registry();
        }
        final UserRegistry registry = UserRegistry.read(home);
        this.cachedRegistry = new CachedRegistry(stamp, registry);
        return registry;
    }

    private record CachedRegistry(long stamp, UserRegistry registry) {}

    /** The number of open clients. */
    int openClients() {
        return sessions.size();
    }

    @Override
    public void close() {
        closed = true;
        sessions.values().forEach(session -> session.client().close());
        sessions.clear();
    }
}
