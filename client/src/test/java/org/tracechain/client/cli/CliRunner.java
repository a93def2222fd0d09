// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.WalletIdentity;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.client.testing.TestCredentials;
import picocli.CommandLine;

/**
 * Runs the command line against an in-process gateway as main() would (only the commands named built in full),
 * UTF-8 output streams captured as bytes, a
 * fixed environment (no {@code COLUMNS} unless given), identities of the default topology's organisations.
 */
final class CliRunner implements AutoCloseable {

    private static final Map<String, String> MSP = Map.of("producer", "ProducerMSP", "distributor", "DistributorMSP",
            "regulator", "RegulatorMSP", "civil", "CivilAffairsMSP", "security", "PublicSecurityMSP");

    final FakeGateway gateway = FakeGateway.start();
    private final Path home;
    private final Map<String, WalletIdentity> identities = new HashMap<>();
    private Map<String, String> environment = Map.of();
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    CliRunner(final Path home) {
        this.home = home;
    }

    CliRunner environment(final Map<String, String> variables) {
        this.environment = Map.copyOf(variables);
        return this;
    }

    int run(final String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        final LedgerClientFactory factory = (clientHome, organization, user) -> LedgerClient.newBuilder()
                .identity(identities.computeIfAbsent(organization + "/" + user, key -> TestCredentials.identity(home,
                        organization, user, MSP.getOrDefault(organization, "XMSP"))))
                .connection(gateway.channel())
                .connect();
        final CommandLine commandLine = TraceChainCli.newCommandLine(factory, environment, args); // as main() does
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return commandLine.execute(args);
    }

    byte[] outBytes() {
        return out.toByteArray();
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        gateway.close();
    }
}
