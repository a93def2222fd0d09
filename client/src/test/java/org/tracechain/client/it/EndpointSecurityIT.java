// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerUnavailableException;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.network.FabricNetwork;
import org.tracechain.network.NodeStatus;

/**
 * Nobody gets in where only the network's own parties may: a node's operations endpoint without a client
 * certificate of its organisation, and a process that takes a stopped chaincode server's port.
 */
@Tag("faults")
@ExtendWith(LiveNetworkExtension.class)
@Order(30)
class EndpointSecurityIT {

    @Test
    void an_operations_endpoint_refuses_clients_without_a_certificate_of_the_organisation(
            final FabricNetwork network) throws Exception {
        final int operations = network.topology().basePort() + 10 * 4 + 3; // peer0.producer: node 3 of the plan
        final HttpClient anonymous = HttpClient.newBuilder().sslContext(trustingEverything())
                .connectTimeout(Duration.ofSeconds(5)).build();
        final HttpRequest logspec = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + operations + "/logspec"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"spec\":\"debug\"}")).timeout(Duration.ofSeconds(5)).build();

        assertThatThrownBy(() -> anonymous.send(logspec, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
        // Plain HTTP: Go answers "HTTP/1.0 400" and closes the connection, at times with a reset before the body is
        // read (HttpClient then throws), so only the status line is read, from a socket.
        assertThat(plainHttpStatusLine(operations, "PUT /logspec HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Length: 16\r\n\r\n{\"spec\":\"debug\"}")).startsWith("HTTP/1.0 400");
        assertThat(network.status()).filteredOn(s -> s.name().equals("peer0.producer"))
                .singleElement().satisfies(s -> assertThat(s.healthy()).isTrue());
    }

    @Test
    void a_process_on_a_stopped_chaincode_servers_port_gets_no_call_from_the_peer(final FabricNetwork network,
            @Identity(org = "producer", user = "farmer") final LedgerClient farmer) throws Exception {
        final String server = "chaincode.foodtrace.producer";
        final int port = network.status().stream().filter(s -> s.name().equals(server)).map(NodeStatus::detail)
                .map(d -> Integer.parseInt(d.replaceAll(".*127\\.0\\.0\\.1:(\\d+).*", "$1"))).findFirst().orElseThrow();
        network.stopNode(server);
        final AtomicInteger handshakes = new AtomicInteger();
        final AtomicInteger requests = new AtomicInteger();
        try (SSLServerSocket impostor = (SSLServerSocket) selfSignedContext().getServerSocketFactory()
                .createServerSocket(port, 10, InetAddress.getLoopbackAddress())) {
            final Thread accepting = new Thread(() -> accept(impostor, handshakes, requests), "impostor");
            accepting.setDaemon(true);
            accepting.start();

            assertThatThrownBy(() -> farmer.contract("foodtrace", "foodtrace").submit(FoodTransaction.REGISTER_LOT,
                    LedgerJson.toJson(new RegisterLotRequest(Ids.unique("IMPOSTOR"), "06901234567892", "Choy sum",
                            BigDecimal.ONE, "kg"))))
                    .isInstanceOf(LedgerUnavailableException.class);
            assertThat(handshakes.get()).as("the peer dialled the port").isPositive();
            assertThat(requests.get()).as("but never completed TLS with a server its CA did not certify").isZero();
        } finally {
            network.startNode(server);
        }
    }

    /** Accepts connections and counts those whose TLS handshake completes (with the peer, it never does). */
    private static void accept(final SSLServerSocket impostor, final AtomicInteger handshakes,
            final AtomicInteger requests) {
        while (!impostor.isClosed()) {
            try (SSLSocket socket = (SSLSocket) impostor.accept()) {
                handshakes.incrementAndGet();
                socket.setSoTimeout(5_000);
                socket.startHandshake();
                try (InputStream in = socket.getInputStream()) {
                    if (in.read() >= 0) {
                        requests.incrementAndGet();
                    }
                }
            } catch (IOException expected) {
                // The peer refuses our certificate: exactly what the test wants to see.
            }
        }
    }

    /** A server TLS context with a fresh self-signed certificate for 127.0.0.1 (no organisation issued it). */
    private static SSLContext selfSignedContext() throws Exception {
        final Path dir = Files.createTempDirectory("impostor");
        final Path store = dir.resolve("impostor.p12");
        final Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "impostor", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", "changeit").redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        final KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "changeit".toCharArray());
        }
        final KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, "changeit".toCharArray());
        final SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        return context;
    }

    /** A client that would accept any server certificate: the endpoint itself must refuse it. */
    private static SSLContext trustingEverything() throws Exception {
        final SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(final X509Certificate[] chain, final String authType) {
                // not a server
            }

            @Override
            public void checkServerTrusted(final X509Certificate[] chain, final String authType) {
                // trust anything: the point is what the server asks of us
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        return context;
    }

    private static String plainHttpStatusLine(final int port, final String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            final java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII));
            final String line = reader.readLine();
            return line == null ? "" : line;
        }
    }
}
