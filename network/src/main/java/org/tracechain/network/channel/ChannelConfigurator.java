// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.channel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.hyperledger.fabric.protos.common.Config;
import org.hyperledger.fabric.protos.common.ConfigUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.NetworkException;
import org.tracechain.network.process.Wait;

/**
 * Changes a channel's configuration the way Fabric's documentation does it with {@code configtxlator}, in Java:
 * fetches the latest config block from an orderer, applies a change to its {@link Config}, computes the
 * {@link ConfigUpdate} ({@link ConfigUpdates}), has it signed by the admins the changed element's mod policy needs
 * ({@code peer channel signconfigtx}), submits it ({@code peer channel update}, which adds the submitting admin's
 * signature), and waits until the orderer has cut the new config block and every node has it.
 *
 * <p>A change that leaves the configuration as it is submits nothing: every update here is safe to repeat.
 */
public final class ChannelConfigurator {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelConfigurator.class);

    /** An admin whose signature an update may need: a name for the logs and its {@code peer} CLI. */
    public record Admin(String name, PeerCli cli) {}

    private final String ordererEndpoint;
    private final Path ordererTlsCa;
    private final Path workDir;
    private final Function<String, Map<String, OptionalLong>> heights;
    private final Duration timeout;

    /**
     * @param ordererEndpoint the orderer to fetch from and submit to ({@code 127.0.0.1:port}); not one being changed
     * @param ordererTlsCa the orderer organisation's TLS CA certificate
     * @param workDir where the fetched blocks and update envelopes are written (kept: they show what was sent)
     * @param heights every node's block height on a channel (empty where a node does not answer)
     * @param timeout how long to wait for the new config block to reach every node
     */
    public ChannelConfigurator(final String ordererEndpoint, final Path ordererTlsCa, final Path workDir,
            final Function<String, Map<String, OptionalLong>> heights, final Duration timeout) {
        this.ordererEndpoint = Objects.requireNonNull(ordererEndpoint, "ordererEndpoint");
        this.ordererTlsCa = Objects.requireNonNull(ordererTlsCa, "ordererTlsCa");
        this.workDir = Objects.requireNonNull(workDir, "workDir");
        this.heights = Objects.requireNonNull(heights, "heights");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * The latest config block of {@code channel}, fetched from the orderer as {@code admin}. An orderer answers
     * {@code SERVICE_UNAVAILABLE} while its channel has no Raft leader (etcdraft closes its {@code Errored()}
     * channel when it loses the leader), as right after the leader was stopped for a repair: the fetch is asked
     * again until the election is over, at most {@code timeout}.
     */
    public ConfigBlocks.ConfigBlock fetch(final String channel, final Admin admin) {
        final ConfigBlocks.ConfigBlock[] fetched = new ConfigBlocks.ConfigBlock[1];
        final NetworkException[] last = new NetworkException[1];
        Wait.until("a Raft leader on " + channel + " to serve its config block", timeout, () -> {
            try {
                fetched[0] = fetchOnce(channel, admin);
                return true;
            } catch (NetworkException e) {
                if (e.getMessage() == null || !e.getMessage().contains("SERVICE_UNAVAILABLE")) {
                    throw e;
                }
                LOG.info("{} has no Raft leader yet (SERVICE_UNAVAILABLE): asking again", channel);
                last[0] = e;
                return false;
            }
        }, () -> last[0] == null ? "" : ": " + last[0].getMessage());
        return fetched[0];
    }

    private ConfigBlocks.ConfigBlock fetchOnce(final String channel, final Admin admin) {
        try {
            final Path dir = Files.createDirectories(workDir);
            final Path file = Files.createTempFile(dir, channel + "-config-", ".block");
            admin.cli().runChecked("peer channel fetch config (" + channel + ", as " + admin.name() + ")",
                    "channel", "fetch", "config", file.toString(), "-c", channel, "-o", ordererEndpoint, "--tls",
                    "--cafile", ordererTlsCa.toString());
            final ConfigBlocks.ConfigBlock block = ConfigBlocks.read(file);
            Files.move(file, blockFile(channel, block.number()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return block;
        } catch (IOException e) {
            throw new NetworkException("cannot read the config block of " + channel + ": " + e.getMessage(), e);
        }
    }

    /** Where {@link #fetch} keeps config block {@code number} of {@code channel} (e.g. to join an orderer with). */
    public Path blockFile(final String channel, final long number) {
        return workDir.resolve(channel + "-config-" + number + ".block");
    }

    /**
     * Applies {@code change} to {@code channel}'s configuration.
     *
     * @param what what the change does, for the logs and errors (e.g. "remove orderer3 from the consenters")
     * @param signers the admins whose signatures the change needs; the last one submits it
     * @param awaited the nodes (names as {@code heights} reports them) that must have the new block before this
     *     returns; a node being rebuilt is left out
     * @return the new config block's number, or empty when the configuration already was as asked
     */
    public OptionalLong update(final String channel, final String what, final UnaryOperator<Config> change,
            final List<Admin> signers, final Predicate<String> awaited) {
        if (signers.isEmpty()) {
            throw new IllegalArgumentException("a config update needs at least one signing admin");
        }
        // A channel whose Raft leader has just died (the orderer being rebuilt may have led it) answers
        // SERVICE_UNAVAILABLE until the others have elected a new one. And an orderer checks a consenter change
        // against the live nodes the current leader last reported to it (etcdraft chain.go, ActiveNodes), a list
        // that starts empty after a leader change, so it refuses: "0 out of 3 nodes are alive, configuration will
        // result in quorum loss". Both pass within an election or two. Each attempt fetches the configuration
        // afresh and a change already made is not made again, so trying again is safe; a real loss of quorum
        // persists and ends in the error after the timeout.
        final long deadline = System.nanoTime() + timeout.toNanos();
        long pauseMillis = 500;
        while (true) {
            try {
                return updateOnce(channel, what, change, signers, awaited);
            } catch (NetworkException e) {
                if (!leaderless(e) || System.nanoTime() + pauseMillis * 1_000_000 > deadline) {
                    throw e;
                }
                LOG.info("  {}: {}: the channel's Raft leader is not settled yet ({}); trying again in {} ms",
                        channel, what, e.getMessage().contains("SERVICE_UNAVAILABLE") ? "SERVICE_UNAVAILABLE"
                                : "a new leader sees too few live nodes", pauseMillis);
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pauseMillis = Math.min(pauseMillis * 2, 4_000);
            }
        }
    }

    private static boolean leaderless(final NetworkException e) {
        final String message = e.getMessage();
        return message != null && (message.contains("SERVICE_UNAVAILABLE")
                || message.contains("configuration will result in quorum loss"));
    }

    private OptionalLong updateOnce(final String channel, final String what, final UnaryOperator<Config> change,
            final List<Admin> signers, final Predicate<String> awaited) {
        final Admin submitter = signers.get(signers.size() - 1);
        final long start = System.nanoTime();
        final ConfigBlocks.ConfigBlock current = fetch(channel, submitter);
        final Config updated = change.apply(current.config());
        final var update = ConfigUpdates.compute(channel, current.config(), updated);
        if (update.isEmpty()) {
            LOG.info("  {}: {}: already so in config block {}, nothing to submit", channel, what, current.number());
            return OptionalLong.empty();
        }
        LOG.info("  {}: {} (config block {}, sequence {}; signed by {})", channel, what, current.number(),
                current.config().getSequence(), signers.stream().map(Admin::name).toList());
        final Path envelope = writeEnvelope(channel, current.number(), update.get());
        for (final Admin signer : signers.subList(0, signers.size() - 1)) {
            signer.cli().runChecked("peer channel signconfigtx (" + channel + ", as " + signer.name() + ")",
                    "channel", "signconfigtx", "-f", envelope.toString());
        }
        submitter.cli().runChecked("peer channel update (" + channel + ": " + what + ", as " + submitter.name() + ")",
                "channel", "update", "-f", envelope.toString(), "-c", channel, "-o", ordererEndpoint, "--tls",
                "--cafile", ordererTlsCa.toString());
        final long[] number = {-1};
        Wait.until("the orderer to cut the config block of '" + what + "' on " + channel, timeout, () -> {
            number[0] = fetch(channel, submitter).number();
            return number[0] > current.number();
        }, () -> "; latest config block " + number[0]);
        awaitBlock(channel, number[0], awaited);
        LOG.info("  {}: {}: config block {} is on every node ({} ms)", channel, what, number[0],
                (System.nanoTime() - start) / 1_000_000);
        return OptionalLong.of(number[0]);
    }

    /** Waits until every awaited node's height on {@code channel} is past {@code block}. */
    public void awaitBlock(final String channel, final long block, final Predicate<String> awaited) {
        final Map<String, OptionalLong> last = new TreeMap<>();
        Wait.until("every node of " + channel + " to have block " + block, timeout, () -> {
            last.clear();
            heights.apply(channel).forEach((node, height) -> {
                if (awaited.test(node)) {
                    last.put(node, height);
                }
            });
            return last.values().stream().allMatch(h -> h.isPresent() && h.getAsLong() > block);
        }, () -> "; block heights " + last);
    }

    private Path writeEnvelope(final String channel, final long basedOn, final ConfigUpdate update) {
        try {
            final Path file = Files.createDirectories(workDir).resolve(channel + "-update-from-" + basedOn + "-"
                    + System.currentTimeMillis() + ".tx");
            Files.write(file, ConfigBlocks.unsignedEnvelope(update).toByteArray());
            return file;
        } catch (IOException e) {
            throw new NetworkException("cannot write the config update of " + channel + ": " + e.getMessage(), e);
        }
    }
}
