// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.channel;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.hyperledger.fabric.protos.common.Config;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.ConfigValue;
import org.hyperledger.fabric.protos.msp.FabricMSPConfig;
import org.hyperledger.fabric.protos.msp.MSPConfig;

/**
 * An application organisation's MSP in a channel configuration: {@code /Channel/Application/<Org>/MSP}, whose
 * mod policy is the organisation's {@code Admins}. The organisation's group is found by the MSP's name (its MSP
 * id), whatever the group is called.
 */
public final class OrganizationMsp {

    static final String APPLICATION = "Application";
    static final String MSP = "MSP";

    private OrganizationMsp() {}

    /** Whether {@code config} has an application organisation with MSP id {@code mspId}. */
    public static boolean member(final Config config, final String mspId) {
        return find(config, mspId) != null;
    }

    /** The CRLs (PEM) in the MSP of {@code mspId} in {@code config}. */
    public static List<ByteString> revocationList(final Config config, final String mspId) {
        return fabricMsp(require(config, mspId).getValue()).getRevocationListList();
    }

    /** Replaces the MSP's revocation list of {@code mspId} with {@code crls} (PEM). */
    public static UnaryOperator<Config> withRevocationList(final String mspId, final List<ByteString> crls) {
        return config -> {
            final Map.Entry<String, ConfigGroup> org = require(config, mspId);
            final FabricMSPConfig msp = fabricMsp(org.getValue());
            if (msp.getRevocationListList().equals(crls)) {
                return config;
            }
            final FabricMSPConfig changed = msp.toBuilder().clearRevocationList().addAllRevocationList(crls).build();
            final ConfigValue value = org.getValue().getValuesOrThrow(MSP).toBuilder().setValue(MSPConfig.newBuilder()
                    .setType(0).setConfig(changed.toByteString()).build().toByteString()).build();
            final ConfigGroup application = application(config).toBuilder().putGroups(org.getKey(),
                    org.getValue().toBuilder().putValues(MSP, value).build()).build();
            return config.toBuilder().setChannelGroup(config.getChannelGroup().toBuilder()
                    .putGroups(APPLICATION, application)).build();
        };
    }

    private static Map.Entry<String, ConfigGroup> require(final Config config, final String mspId) {
        final Map.Entry<String, ConfigGroup> org = find(config, mspId);
        if (org == null) {
            throw new IllegalArgumentException("no application organisation with MSP id " + mspId
                    + " in this channel");
        }
        return org;
    }

    private static Map.Entry<String, ConfigGroup> find(final Config config, final String mspId) {
        return application(config).getGroupsMap().entrySet().stream()
                .filter(e -> e.getValue().containsValues(MSP) && fabricMsp(e.getValue()).getName().equals(mspId))
                .findFirst().orElse(null);
    }

    private static ConfigGroup application(final Config config) {
        final ConfigGroup application = config.getChannelGroup().getGroupsMap().get(APPLICATION);
        if (application == null) {
            throw new IllegalArgumentException("the configuration has no /Channel/Application group");
        }
        return application;
    }

    private static FabricMSPConfig fabricMsp(final ConfigGroup org) {
        try {
            final MSPConfig config = MSPConfig.parseFrom(org.getValuesOrThrow(MSP).getValue());
            if (config.getType() != 0) {
                throw new IllegalArgumentException("MSP of type " + config.getType() + " is not a Fabric (X.509) MSP");
            }
            return FabricMSPConfig.parseFrom(config.getConfig());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("unreadable MSP value: " + e.getMessage(), e);
        }
    }
}
