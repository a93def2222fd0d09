// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.chaincode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.NetworkException;
import org.tracechain.network.channel.PeerCli;
import org.tracechain.network.process.CommandRunner;
import org.tracechain.network.process.Wait;

/**
 * Deploys CCaaS packages through the Fabric chaincode lifecycle: each organisation installs its own package (which
 * points its peer at its own chaincode server) on its own peer and approves the definition with that package id;
 * then the definition is committed with endorsements from all of them. An unchanged definition is left as it is;
 * a changed package (new package id) is approved and committed at the next sequence.
 */
public final class ChaincodeDeployer {

    private static final Logger LOG = LoggerFactory.getLogger(ChaincodeDeployer.class);
    private static final JsonMapper JSON = new JsonMapper();
    /** Long enough for a Raft leader election and a peer catching up with a freshly joined channel. */
    private static final Duration LIFECYCLE_TIMEOUT = Duration.ofMinutes(3);

    private final String ordererAddress;
    private final Path ordererTlsCa;

    public ChaincodeDeployer(final String ordererAddress, final Path ordererTlsCa) {
        this.ordererAddress = ordererAddress;
        this.ordererTlsCa = ordererTlsCa;
    }

    /** One organisation taking part in the deployment, through its admin's peer CLI. */
    public record Organization(String name, String mspId, PeerCli cli, int peerPort, Path peerTlsCa) {}

    /** The committed definition after {@link #deploy}: its sequence and whether this call changed it. */
    public record Result(long sequence, boolean changed) {}

    /** Installs an organisation's package on its peer unless already installed there. */
    public void install(final Organization org, final CcaasPackage pkg, final Path packageFile) {
        final String installed = org.cli().runChecked("peer lifecycle chaincode queryinstalled (" + org.name() + ")",
                "lifecycle", "chaincode", "queryinstalled", "--output", "json");
        if (installed.contains("\"" + pkg.packageId() + "\"")) {
            return;
        }
        LOG.info("  installing {} on {}", pkg.label(), org.name());
        org.cli().runChecked("peer lifecycle chaincode install (" + org.name() + ")", "lifecycle", "chaincode",
                "install", packageFile.toString());
    }

    /**
     * Approves and commits the definition of {@code chaincode} on {@code channel}, each organisation with its own
     * package, unless the committed definition already uses them.
     *
     * @param packages organisation name → its package (all built from the same jar)
     * @param collectionsConfig the private data collection config file, or null
     */
    public Result define(final String channel, final String chaincode, final Map<String, CcaasPackage> packages,
            final List<Organization> orgs, final Path collectionsConfig) {
        final Organization first = orgs.get(0);
        final CcaasPackage any = packages.get(first.name());
        final long committed = committedSequence(first, channel, chaincode);
        if (committed > 0 && orgs.stream().allMatch(o -> approvedPackage(o, channel, chaincode, committed)
                .map(packages.get(o.name()).packageId()::equals).orElse(false))) {
            LOG.info("  {} on {}: definition {} is current ({})", chaincode, channel, committed, any.label());
            return new Result(committed, false);
        }
        final long sequence = committed + 1;
        final String version = any.jarDigest().substring(0, 12);
        LOG.info("  {} on {}: approving sequence {} (package {})", chaincode, channel, sequence, any.label());
        for (final Organization org : orgs) {
            final String packageId = packages.get(org.name()).packageId();
            if (approvedPackage(org, channel, chaincode, sequence).map(packageId::equals).orElse(false)) {
                continue;
            }
            final List<String> args = new ArrayList<>(List.of("lifecycle", "chaincode", "approveformyorg",
                    "-o", ordererAddress, "--tls", "--cafile", ordererTlsCa.toString(), "--channelID", channel,
                    "--name", chaincode, "--version", version, "--package-id", packageId,
                    "--sequence", Long.toString(sequence)));
            if (collectionsConfig != null) {
                args.addAll(List.of("--collections-config", collectionsConfig.toString()));
            }
            retry("approve " + chaincode + " for " + org.name(), org.cli(), args);
        }
        final List<String> commit = new ArrayList<>(List.of("lifecycle", "chaincode", "commit", "-o", ordererAddress,
                "--tls", "--cafile", ordererTlsCa.toString(), "--channelID", channel, "--name", chaincode,
                "--version", version, "--sequence", Long.toString(sequence)));
        if (collectionsConfig != null) {
            commit.addAll(List.of("--collections-config", collectionsConfig.toString()));
        }
        for (final Organization org : orgs) {
            commit.addAll(List.of("--peerAddresses", "127.0.0.1:" + org.peerPort(), "--tlsRootCertFiles",
                    org.peerTlsCa().toString()));
        }
        LOG.info("  {} on {}: committing sequence {}", chaincode, channel, sequence);
        retry("commit " + chaincode + " on " + channel, first.cli(), commit);
        for (final Organization org : orgs) {
            Wait.until(org.name() + " to see " + chaincode + " sequence " + sequence, LIFECYCLE_TIMEOUT,
                    () -> committedSequence(org, channel, chaincode) >= sequence, () -> "");
        }
        return new Result(sequence, true);
    }

    /** Submits a transaction through the peer CLI as the organisation's admin, endorsed by every listed peer. */
    public String invoke(final Organization as, final String channel, final String chaincode, final String function,
            final String argument, final List<Organization> endorsers) {
        final String ctor;
        try {
            ctor = JSON.writeValueAsString(Map.of("function", function, "Args", List.of(argument)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        final List<String> args = new ArrayList<>(List.of("chaincode", "invoke", "-o", ordererAddress, "--tls",
                "--cafile", ordererTlsCa.toString(), "--channelID", channel, "--name", chaincode, "-c", ctor,
                "--waitForEvent"));
        for (final Organization org : endorsers) {
            args.addAll(List.of("--peerAddresses", "127.0.0.1:" + org.peerPort(), "--tlsRootCertFiles",
                    org.peerTlsCa().toString()));
        }
        return retry(function + " on " + channel, as.cli(), args);
    }

    /**
     * Calls {@code function} (a read) through the organisation's own peer until it answers, which proves the whole
     * path: peer, its package, its chaincode server, mutual TLS. Returns how long the first answer took.
     */
    public long awaitServing(final Organization org, final String channel, final String chaincode,
            final String function) {
        final long start = System.nanoTime();
        final String ctor;
        try {
            ctor = JSON.writeValueAsString(Map.of("function", function, "Args", List.of()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        retry(org.name() + "'s peer to call its " + chaincode + " server", org.cli(), List.of("chaincode", "query",
                "--channelID", channel, "--name", chaincode, "-c", ctor));
        return (System.nanoTime() - start) / 1_000_000;
    }

    long committedSequence(final Organization org, final String channel, final String chaincode) {
        final CommandRunner.Result result = org.cli().run("lifecycle", "chaincode", "querycommitted", "--channelID",
                channel, "--name", chaincode, "--output", "json");
        if (!result.ok()) {
            if (result.output().contains("namespace " + chaincode + " is not defined")) {
                return 0;
            }
            throw new NetworkException("peer lifecycle chaincode querycommitted failed on " + org.name() + ":\n"
                    + result.output().strip());
        }
        return readJson(result.output()).path("sequence").asLong(0);
    }

    private Optional<String> approvedPackage(final Organization org, final String channel, final String chaincode,
            final long sequence) {
        final CommandRunner.Result result = org.cli().run("lifecycle", "chaincode", "queryapproved", "--channelID",
                channel, "--name", chaincode, "--sequence", Long.toString(sequence), "--output", "json");
        if (!result.ok()) {
            return Optional.empty();
        }
        final JsonNode id = readJson(result.output()).findValue("package_id");
        return id == null ? Optional.empty() : Optional.of(id.asText());
    }

    /** Lifecycle calls fail until a Raft leader exists and the peer has caught up; retry those for a while. */
    private static String retry(final String what, final PeerCli cli, final List<String> args) {
        final String[] last = {""};
        final String[] output = {""};
        Wait.until(what, LIFECYCLE_TIMEOUT, () -> {
            final CommandRunner.Result result = cli.run(args.toArray(String[]::new));
            if (result.ok()) {
                output[0] = result.output();
                return true;
            }
            last[0] = result.output().strip();
            if (!transientFailure(last[0])) {
                throw new NetworkException(what + " failed:\n" + last[0]);
            }
            LOG.debug("{} not yet possible: {}", what, last[0]);
            return false;
        }, () -> "; last error:\n" + last[0]);
        return output[0];
    }

    static boolean transientFailure(final String output) {
        final String o = output.toLowerCase(java.util.Locale.ROOT);
        return o.contains("no raft leader") || o.contains("service_unavailable") || o.contains("unavailable")
                || o.contains("connection refused") || o.contains("deadline exceeded") || o.contains("timed out")
                || o.contains("could not launch chaincode") || o.contains("failed to connect")
                || o.contains("channel") && o.contains("not found") || o.contains("mvcc_read_conflict")
                || o.contains("is not ready") || o.contains("error getting broadcast client");
    }

    private static JsonNode readJson(final String output) {
        final int start = output.indexOf('{');
        if (start < 0) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(output.substring(start));
        } catch (IOException e) {
            throw new NetworkException("unexpected peer CLI output: " + output.strip(), e);
        }
    }
}
