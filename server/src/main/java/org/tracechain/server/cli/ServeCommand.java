// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.tracechain.server.ApiAreas;
import org.tracechain.server.TraceChainServer;
import org.tracechain.server.store.OrganizationStore;
import org.tracechain.server.store.DatabaseSettings;
import org.tracechain.server.store.QueryStore;
import org.tracechain.server.store.UnavailableQueryStore;

/** {@code tracechain serve}: runs the server in the foreground until SIGINT or SIGTERM. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP API of one organisation (foreground; Ctrl-C or SIGTERM stops it cleanly).",
        footer = {"", "Examples:",
            "  tracechain serve --org producer          # http://127.0.0.1:27700/ on the default network",
            "  tracechain serve --org regulator --port 8443 --host 0.0.0.0 \\",
            "      --tls-cert server.pem --tls-key server-key.pem --client-ca clients-ca.pem   # mutual TLS"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--home", description = "the network home (default $TRACECHAIN_HOME or ./.tracechain)")
    Path home;

    @Option(names = "--org", required = true, description = "the organisation whose wallet the server holds")
    String organization;

    @Option(names = "--port", description = "port (default: the network's base port + 700 + the organisation's "
            + "index: 27700 producer, 27701 distributor, ... on the default network)")
    Integer port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to listen on (default ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--db-url", description = "an external PostgreSQL for the query store, e.g. "
            + "jdbc:postgresql://db.example:5432/tracechain (user from TRACECHAIN_DB_USER, password from "
            + "TRACECHAIN_DB_PASSWORD or --db-password-file; default: the network's own PostgreSQL)")
    String dbUrl;

    @Option(names = "--db-password-file", description = "file holding the password of the --db-url database")
    Path dbPasswordFile;

    @Option(names = "--store-user", defaultValue = OrganizationStore.DEFAULT_USER,
            description = "the wallet identity whose block events feed the query store (default ${DEFAULT-VALUE})")
    String storeUser;

    @Option(names = "--no-store", description = "serve without a query store (searches answer 503 STORE_UNAVAILABLE)")
    boolean noStore;

    /** The running query store, closed after the server. */
    private OrganizationStore store;

    @Option(names = "--tls-cert", description = "serve HTTPS with this PEM certificate chain (with --tls-key)")
    Path tlsCertificate;

    @Option(names = "--tls-key", description = "the PEM PKCS#8 private key of --tls-cert")
    Path tlsKey;

    @Option(names = "--client-ca", description = "mutual TLS: require client certificates issued by this PEM CA (a user's wallet "
            + "certificate then signs in without a token)")
    Path clientCa;

    @Override
    public Integer call() throws Exception {
        if ((tlsCertificate == null) != (tlsKey == null) || (clientCa != null && tlsCertificate == null)) {
            throw new IllegalArgumentException("--tls-cert and --tls-key go together, and --client-ca needs them");
        }
        final TraceChainServer.Builder builder = TraceChainServer.newBuilder().home(home).organization(organization)
                .host(host).queryStore(openStore(home.toAbsolutePath().normalize()));
        if (port != null) {
            builder.port(port);
        }
        // A home where `tracechain network up` ran: the server can report the nodes' health too.
        org.tracechain.network.cli.NetworkCli.recorded(home.toAbsolutePath().normalize()).ifPresent(builder::network);
        if (tlsCertificate != null) {
            builder.tls(tlsCertificate, tlsKey, clientCa);
        }
        for (final TraceChainServer.RoutesFactory area : areas()) {
            builder.routes(area);
        }
        final TraceChainServer server = builder.build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            if (store != null) {
                store.close();
            }
        }, "tracechain-serve-shutdown"));
        server.start();
        spec.commandLine().getOut().println("tracechain server of " + organization + " listening on " + server.uri()
                + " (API docs: " + server.uri().resolve("docs") + "; Ctrl-C stops it)");
        spec.commandLine().getOut().flush();
        server.awaitStop();
        return 0;
    }

    /** The API areas served. Each area is an {@code ApiRoutes} made with the server's {@code LedgerAccess}. */
    static List<TraceChainServer.RoutesFactory> areas() {
        return ApiAreas.all();
    }

    /**
     * The organisation's query store: the network's own PostgreSQL (from the home) unless {@code --db-url} names
     * another, or none with {@code --no-store} (the endpoints that need it answer 503 STORE_UNAVAILABLE).
     */
    private QueryStore openStore(final Path networkHome) throws IOException {
        if (noStore) {
            return UnavailableQueryStore.INSTANCE;
        }
        final DatabaseSettings settings = DatabaseSettings.resolve(Optional.ofNullable(dbUrl), networkHome,
                System.getenv(), Optional.ofNullable(dbPasswordFile));
        store = OrganizationStore.open(settings, networkHome, organization, storeUser);
        return store.queryStore();
    }
}
