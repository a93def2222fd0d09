// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.channel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.NetworkException;
import org.tracechain.network.install.FabricInstallation;
import org.tracechain.network.process.CommandRunner;
import org.tracechain.network.process.Wait;

/**
 * Creates channels without a system channel: a genesis block from {@code configtxgen}, orderers joined through
 * the channel participation API ({@code osnadmin}, mutual TLS), peers joined with {@code peer channel join}.
 * Every step first checks whether it was already done, so it is safe to repeat.
 */
public final class ChannelAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelAdmin.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final java.util.regex.Pattern ACTIVE = java.util.regex.Pattern.compile("\"status\"\\s*:\\s*\"active\"");
    private static final java.util.regex.Pattern HEIGHT = java.util.regex.Pattern.compile("\"height\"\\s*:\\s*(\\d+)");
    private static final java.util.regex.Pattern CONSENTER =
            java.util.regex.Pattern.compile("\"consensusRelation\"\\s*:\\s*\"consenter\"");

    private final FabricInstallation fabric;
    private final Path workDir;

    public ChannelAdmin(final FabricInstallation fabric, final Path workDir) {
        this.fabric = fabric;
        this.workDir = workDir;
    }

    /** Writes the genesis block of {@code channel} from the profile of the same name, unless it exists. */
    public Path genesisBlock(final Path configTxDir, final String channel, final Path blockDir) {
        final Path block = blockDir.resolve(channel + ".block");
        if (Files.isRegularFile(block)) {
            return block;
        }
        CommandRunner.runChecked("configtxgen for channel " + channel,
                List.of(fabric.configtxgen().toString(), "-configPath", configTxDir.toString(), "-profile", channel,
                        "-channelID", channel, "-outputBlock", block.toString()),
                Map.of("FABRIC_LOGGING_SPEC", "warning"), workDir, TIMEOUT);
        return block;
    }

    /** Osnadmin credentials: the orderer organisation's TLS CA and its admin's TLS client pair. */
    public record AdminTls(Path caFile, Path clientCert, Path clientKey) {}

    /** Joins the orderer whose admin API listens on {@code adminPort} to the channel, if not yet joined. */
    public void joinOrderer(final String orderer, final int adminPort, final AdminTls tls, final String channel,
            final Path block) {
        final CommandRunner.Result list = osnadmin(adminPort, tls, "channel", "list", "--channelID", channel);
        if (list.output().contains("Status: 200")) {
            return;
        }
        if (!list.output().contains("Status: 404")) {
            throw new NetworkException("osnadmin cannot tell whether " + orderer + " serves " + channel + ":\n"
                    + list.output().strip());
        }
        LOG.info("  joining {} to channel {}", orderer, channel);
        final CommandRunner.Result join = osnadmin(adminPort, tls, "channel", "join", "--channelID", channel,
                "--config-block", block.toString());
        if (!join.output().contains("Status: 201")) {
            throw new NetworkException("osnadmin could not join " + orderer + " to " + channel + ":\n"
                    + join.output().strip());
        }
    }

    /** Waits until the orderer reports the channel active and itself a consenter. */
    public void awaitOrdererActive(final String orderer, final int adminPort, final AdminTls tls, final String channel,
            final Duration timeout) {
        final String[] last = {""};
        Wait.until(orderer + " to activate channel " + channel, timeout, () -> {
            last[0] = osnadmin(adminPort, tls, "channel", "list", "--channelID", channel).output();
            return ACTIVE.matcher(last[0]).find() && CONSENTER.matcher(last[0]).find();
        }, () -> "; last answer: " + last[0].strip());
    }

    /** The orderer's block height on {@code channel} as its admin API reports it; empty if it does not serve it. */
    public java.util.OptionalLong ordererHeight(final int adminPort, final AdminTls tls, final String channel) {
        final java.util.regex.Matcher m = HEIGHT.matcher(osnadmin(adminPort, tls, "channel", "list", "--channelID",
                channel).output());
        return m.find() ? java.util.OptionalLong.of(Long.parseLong(m.group(1))) : java.util.OptionalLong.empty();
    }

    /** Joins the admin's peer to the channel, if not yet joined. */
    public void joinPeer(final String peer, final PeerCli cli, final String channel, final Path block) {
        if (joined(cli, channel)) {
            return;
        }
        LOG.info("  joining {} to channel {}", peer, channel);
        cli.runChecked("peer channel join (" + peer + ", " + channel + ")", "channel", "join", "-b", block.toString());
    }

    /** Whether the admin's peer has joined the channel. */
    public boolean joined(final PeerCli cli, final String channel) {
        final CommandRunner.Result result = cli.run("channel", "list");
        if (!result.ok()) {
            throw new NetworkException("peer channel list failed:\n" + result.output().strip());
        }
        return result.output().lines().map(String::strip).anyMatch(channel::equals);
    }

    private CommandRunner.Result osnadmin(final int adminPort, final AdminTls tls, final String... args) {
        final List<String> command = new java.util.ArrayList<>(List.of(fabric.osnadmin().toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("-o", "127.0.0.1:" + adminPort, "--ca-file", tls.caFile().toString(),
                "--client-cert", tls.clientCert().toString(), "--client-key", tls.clientKey().toString()));
        return CommandRunner.run(command, Map.of(), workDir, TIMEOUT);
    }
}
