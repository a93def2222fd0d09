// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.channel;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.hyperledger.fabric.protos.common.Config;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.ConfigPolicy;
import org.hyperledger.fabric.protos.common.ConfigUpdate;
import org.hyperledger.fabric.protos.common.ConfigValue;

/**
 * The {@link ConfigUpdate} that turns one channel configuration into another, computed exactly as Fabric's
 * {@code configtxlator compute_update} does ({@code internal/configtxlator/update}): the read set names the
 * version of every group on the path to a change, the write set carries the changed element with its version
 * incremented; a group whose members were added or removed is written whole (its unchanged members by version
 * only) with its own version incremented. The orderer accepts the update only if every version in the read set
 * is still current, so an update computed from a stale configuration is refused rather than applied blindly.
 */
public final class ConfigUpdates {

    private ConfigUpdates() {}

    /**
     * The update from {@code original} to {@code updated} on {@code channel}, or empty when they do not differ.
     */
    public static Optional<ConfigUpdate> compute(final String channel, final Config original, final Config updated) {
        Objects.requireNonNull(channel, "channel");
        if (!original.hasChannelGroup()) {
            throw new IllegalArgumentException("no channel group included for original config");
        }
        if (!updated.hasChannelGroup()) {
            throw new IllegalArgumentException("no channel group included for updated config");
        }
        final GroupUpdate update = group(original.getChannelGroup(), updated.getChannelGroup());
        if (!update.changed()) {
            return Optional.empty();
        }
        return Optional.of(ConfigUpdate.newBuilder().setChannelId(channel).setReadSet(update.readSet())
                .setWriteSet(update.writeSet()).build());
    }

    private record GroupUpdate(ConfigGroup readSet, ConfigGroup writeSet, boolean changed) {}

    /** The read and write sets of one map (policies, values or groups) and what stayed the same in it. */
    private static final class MapUpdate<T> {
        final Map<String, T> readSet = new TreeMap<>();
        final Map<String, T> writeSet = new TreeMap<>();
        /** Unchanged members, by version: written too when the map's membership changed. */
        final Map<String, T> sameSet = new TreeMap<>();
        boolean membersChanged;
    }

    private static MapUpdate<ConfigPolicy> policies(final Map<String, ConfigPolicy> original,
            final Map<String, ConfigPolicy> updated) {
        final MapUpdate<ConfigPolicy> result = new MapUpdate<>();
        original.forEach((name, before) -> {
            final ConfigPolicy after = updated.get(name);
            if (after == null) {
                result.membersChanged = true;
            } else if (before.getModPolicy().equals(after.getModPolicy()) && before.hasPolicy() == after.hasPolicy()
                    && before.getPolicy().equals(after.getPolicy())) {
                result.sameSet.put(name, ConfigPolicy.newBuilder().setVersion(before.getVersion()).build());
            } else {
                result.writeSet.put(name, policy(before.getVersion() + 1, after));
            }
        });
        updated.forEach((name, after) -> {
            if (!original.containsKey(name)) {
                result.membersChanged = true;
                result.writeSet.put(name, policy(0, after));
            }
        });
        return result;
    }

    private static ConfigPolicy policy(final long version, final ConfigPolicy content) {
        final ConfigPolicy.Builder policy = ConfigPolicy.newBuilder().setVersion(version)
                .setModPolicy(content.getModPolicy());
        if (content.hasPolicy()) {
            policy.setPolicy(content.getPolicy());
        }
        return policy.build();
    }

    private static MapUpdate<ConfigValue> values(final Map<String, ConfigValue> original,
            final Map<String, ConfigValue> updated) {
        final MapUpdate<ConfigValue> result = new MapUpdate<>();
        original.forEach((name, before) -> {
            final ConfigValue after = updated.get(name);
            if (after == null) {
                result.membersChanged = true;
            } else if (before.getModPolicy().equals(after.getModPolicy())
                    && before.getValue().equals(after.getValue())) {
                result.sameSet.put(name, ConfigValue.newBuilder().setVersion(before.getVersion()).build());
            } else {
                result.writeSet.put(name, ConfigValue.newBuilder().setVersion(before.getVersion() + 1)
                        .setModPolicy(after.getModPolicy()).setValue(after.getValue()).build());
            }
        });
        updated.forEach((name, after) -> {
            if (!original.containsKey(name)) {
                result.membersChanged = true;
                result.writeSet.put(name, ConfigValue.newBuilder().setVersion(0).setModPolicy(after.getModPolicy())
                        .setValue(after.getValue()).build());
            }
        });
        return result;
    }

    private static MapUpdate<ConfigGroup> groups(final Map<String, ConfigGroup> original,
            final Map<String, ConfigGroup> updated) {
        final MapUpdate<ConfigGroup> result = new MapUpdate<>();
        original.forEach((name, before) -> {
            final ConfigGroup after = updated.get(name);
            if (after == null) {
                result.membersChanged = true;
                return;
            }
            final GroupUpdate update = group(before, after);
            if (!update.changed()) {
                result.sameSet.put(name, update.readSet());
            } else {
                result.readSet.put(name, update.readSet());
                result.writeSet.put(name, update.writeSet());
            }
        });
        updated.forEach((name, after) -> {
            if (!original.containsKey(name)) {
                result.membersChanged = true;
                final ConfigGroup written = group(ConfigGroup.getDefaultInstance(), after).writeSet();
                result.writeSet.put(name, ConfigGroup.newBuilder().setVersion(0).setModPolicy(after.getModPolicy())
                        .putAllPolicies(written.getPoliciesMap()).putAllValues(written.getValuesMap())
                        .putAllGroups(written.getGroupsMap()).build());
            }
        });
        return result;
    }

    private static GroupUpdate group(final ConfigGroup original, final ConfigGroup updated) {
        final MapUpdate<ConfigPolicy> policies = policies(original.getPoliciesMap(), updated.getPoliciesMap());
        final MapUpdate<ConfigValue> values = values(original.getValuesMap(), updated.getValuesMap());
        final MapUpdate<ConfigGroup> groups = groups(original.getGroupsMap(), updated.getGroupsMap());
        final long version = original.getVersion();
        if (!policies.membersChanged && !values.membersChanged && !groups.membersChanged
                && original.getModPolicy().equals(updated.getModPolicy())) {
            if (policies.readSet.isEmpty() && policies.writeSet.isEmpty() && values.readSet.isEmpty()
                    && values.writeSet.isEmpty() && groups.readSet.isEmpty() && groups.writeSet.isEmpty()) {
                final ConfigGroup unchanged = ConfigGroup.newBuilder().setVersion(version).build();
                return new GroupUpdate(unchanged, unchanged, false);
            }
            // A change below this group: the group itself is only read, at its current version.
            return new GroupUpdate(
                    group(version, policies.readSet, values.readSet, groups.readSet, "").build(),
                    group(version, policies.writeSet, values.writeSet, groups.writeSet, "").build(), true);
        }
        // This group's membership or mod policy changed: it is written at the next version, and what stayed the
        // same in it is read and written at its current version.
        policies.readSet.putAll(policies.sameSet);
        policies.writeSet.putAll(policies.sameSet);
        values.readSet.putAll(values.sameSet);
        values.writeSet.putAll(values.sameSet);
        groups.readSet.putAll(groups.sameSet);
        groups.writeSet.putAll(groups.sameSet);
        return new GroupUpdate(group(version, policies.readSet, values.readSet, groups.readSet, "").build(),
                group(version + 1, policies.writeSet, values.writeSet, groups.writeSet, updated.getModPolicy())
                        .build(), true);
    }

    private static ConfigGroup.Builder group(final long version, final Map<String, ConfigPolicy> policies,
            final Map<String, ConfigValue> values, final Map<String, ConfigGroup> groups, final String modPolicy) {
        return ConfigGroup.newBuilder().setVersion(version).putAllPolicies(policies).putAllValues(values)
                .putAllGroups(groups).setModPolicy(modPolicy);
    }
}
