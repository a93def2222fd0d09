// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import org.tracechain.server.ApiAreas;
import org.tracechain.server.TraceChainServer;
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

    @Option(names = "--db-url", description = "the PostgreSQL query store, e.g. jdbc:postgresql://127.0.0.1:27800/"
            + "tracechain (default: none; the endpoints that need the store answer 503 STORE_UNAVAILABLE)")
    String dbUrl;

    @Option(names = "--tls-cert", description = "serve HTTPS with this PEM certificate chain (with --tls-key)")
    Path tlsCertificate;

    @Option(names = "--tls-key", description = "the PEM PKCS#8 private key of --tls-cert")
    Path tlsKey;

    @Option(names = "--client-ca", description = "mutual TLS: require client certificates issued by this PEM CA")
    Path clientCa;

    @Override
    public Integer call() throws Exception {
        if ((tlsCertificate == null) != (tlsKey == null) || (clientCa != null && tlsCertificate == null)) {
            throw new IllegalArgumentException("--tls-cert and --tls-key go together, and --client-ca needs them");
        }
        final TraceChainServer.Builder builder = TraceChainServer.newBuilder().home(home).organization(organization)
                .host(host).queryStore(openStore());
        if (port != null) {
            builder.port(port);
        }
        if (tlsCertificate != null) {
            builder.tls(tlsCertificate, tlsKey, clientCa);
        }
        for (final TraceChainServer.RoutesFactory area : areas()) {
            builder.routes(area);
        }
        final TraceChainServer server = builder.build();
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "tracechain-serve-shutdown"));
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

    /** The query store named by {@code --db-url}. */
    private QueryStore openStore() {
        if (dbUrl != null) {
            // The PostgreSQL store (its DataSource, migrations and projector) is wired here by the store parts.
            spec.commandLine().getErr().println("tracechain serve: --db-url is not wired to a query store yet; "
                    + "serving without one");
        }
        return UnavailableQueryStore.INSTANCE;
    }
}
