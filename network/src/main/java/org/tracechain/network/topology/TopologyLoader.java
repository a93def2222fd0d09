// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.topology;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a {@link Topology} from JSON and checks that it is consistent before anything starts. */
public final class TopologyLoader {

    private static final String DEFAULT_RESOURCE = "/org/tracechain/network/topology-default.json";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,30}");
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .findAndAddModules()
            .build();

    private TopologyLoader() {}

    /** The default topology shipped with tracechain. */
    public static Topology defaultTopology() {
        try (InputStream in = TopologyLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return validate(MAPPER.readValue(in, TopologyFile.class).toTopology());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the default topology: " + e.getMessage(), e);
        }
    }

    /** A topology from a JSON file. */
    public static Topology load(final Path file) {
        try {
            return validate(MAPPER.readValue(Files.readString(file), TopologyFile.class).toTopology());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read topology " + file + ": " + e.getMessage(), e);
        }
    }

    /** Checks names, references and port range; throws IllegalArgumentException naming the problem. */
    public static Topology validate(final Topology topology) {
        final Set<String> names = new HashSet<>();
        final Set<String> msps = new HashSet<>();
        check(topology.basePort() >= 1024 && topology.basePort() <= 64000, "basePort must be in 1024..64000");
        check(!topology.batchTimeout().isNegative() && !topology.batchTimeout().isZero(), "batchTimeout must be positive");
        check(!topology.ordererOrganization().orderers().isEmpty(), "at least one orderer is needed");
        check(msps.add(topology.ordererOrganization().mspId()), "duplicate MSP id " + topology.ordererOrganization().mspId());
        for (final Topology.PeerOrganization org : topology.peerOrganizations()) {
            check(NAME.matcher(org.name()).matches(), "organisation name '" + org.name() + "' must match " + NAME);
            check(names.add(org.name()), "duplicate organisation " + org.name());
            check(msps.add(org.mspId()), "duplicate MSP id " + org.mspId());
            check(!org.peers().isEmpty(), "organisation " + org.name() + " has no peer");
            final Set<String> users = new HashSet<>();
            for (final Topology.UserSpec user : org.users()) {
                check(NAME.matcher(user.name()).matches(), "user name '" + user.name() + "' must match " + NAME);
                check(users.add(user.name()) && !"admin".equals(user.name()),
                        "duplicate or reserved user " + user.name() + " in " + org.name());
            }
        }
        final Set<String> channels = new HashSet<>();
        for (final Topology.ChannelSpec channel : topology.channels()) {
            check(NAME.matcher(channel.name()).matches(), "channel name '" + channel.name() + "' must match " + NAME);
            check(channels.add(channel.name()), "duplicate channel " + channel.name());
            check(!channel.organizations().isEmpty(), "channel " + channel.name() + " has no organisation");
            for (final String org : channel.organizations()) {
                check(names.contains(org), "channel " + channel.name() + " names unknown organisation " + org);
            }
            final Topology.ChaincodeSpec cc = channel.chaincode();
            if (cc != null) {
                check(NAME.matcher(cc.name()).matches(), "chaincode name '" + cc.name() + "' must match " + NAME);
                for (final String org : cc.authorityOrganizations()) {
                    check(channel.organizations().contains(org), "authority " + org + " is not on channel " + channel.name());
                }
                if (cc.configure() != null) {
                    check(channel.organizations().contains(cc.configure().organization()),
                            "configure organisation " + cc.configure().organization() + " is not on " + channel.name());
                    final String members = cc.configure().channelMembersArgument();
                    check(members == null || !cc.configure().argument().containsKey(members),
                            "configure argument of " + channel.name() + " sets " + members
                                    + " itself; channelMembersArgument fills it from the channel's organisations");
                }
            }
        }
        // Node k owns base+10k+1..3, PostgreSQL base+800: at most 79 orderers and peers fit below it.
        final int nodes = topology.ordererOrganization().orderers().size()
                + topology.peerOrganizations().stream().mapToInt(org -> org.peers().size()).sum();
        check(nodes < 80, "at most 79 orderers and peers fit in a port block; the topology has " + nodes);
        return topology;
    }

    private static void check(final boolean condition, final String message) {
        if (!condition) {
            throw new IllegalArgumentException("invalid topology: " + message);
        }
    }
}
