// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import org.hyperledger.fabric.protos.common.Config;
import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.ConfigPolicy;
import org.hyperledger.fabric.protos.common.ConfigUpdate;
import org.hyperledger.fabric.protos.common.ConfigValue;
import org.hyperledger.fabric.protos.common.Policy;
import org.junit.jupiter.api.Test;

/**
 * The cases of Fabric's own tests of {@code configtxlator compute_update}
 * ({@code internal/configtxlator/update/update_test.go}), with the same inputs and expected read and write sets.
 */
class ConfigUpdatesTest {

    private static final String CHANNEL = "c";

    @Test
    void no_difference_is_no_update() {
        assertThat(ConfigUpdates.compute(CHANNEL, config(group(7)), config(ConfigGroup.getDefaultInstance())))
                .isEmpty();
    }

    @Test
    void a_config_without_a_channel_group_is_refused() {
        assertThatThrownBy(() -> ConfigUpdates.compute(CHANNEL, Config.getDefaultInstance(),
                config(ConfigGroup.getDefaultInstance())))
                .hasMessage("no channel group included for original config");
        assertThatThrownBy(() -> ConfigUpdates.compute(CHANNEL, config(ConfigGroup.getDefaultInstance()),
                Config.getDefaultInstance()))
                .hasMessage("no channel group included for updated config");
    }

    @Test
    void a_changed_mod_policy_of_the_group_writes_the_group_at_the_next_version() {
        final ConfigUpdate update = compute(group(7).setModPolicy("foo").build(),
                ConfigGroup.newBuilder().setModPolicy("bar").build());

        assertThat(update.getChannelId()).isEqualTo(CHANNEL);
        assertThat(update.getReadSet()).isEqualTo(group(7).build());
        assertThat(update.getWriteSet()).isEqualTo(group(8).setModPolicy("bar").build());
    }

    @Test
    void a_modified_policy_is_written_at_its_next_version_and_its_group_only_read() {
        final ConfigGroup original = group(4).putPolicies("foo", policy(2, 3)).putPolicies("bar", policy(1, 5)).build();
        final ConfigGroup updated = ConfigGroup.newBuilder().putPolicies("foo", policy(2, 3))
                .putPolicies("bar", policy(0, 9)).build();

        final ConfigUpdate update = compute(original, updated);

        assertThat(update.getReadSet()).isEqualTo(group(4).build());
        assertThat(update.getWriteSet()).isEqualTo(group(4).putPolicies("bar", policy(2, 9)).build());
    }

    @Test
    void a_modified_value_is_written_at_its_next_version() {
        final ConfigGroup original = group(7).putValues("foo", value(3, "value1value"))
                .putValues("bar", value(6, "value2value")).build();
        final ConfigGroup updated = ConfigGroup.newBuilder().putValues("foo", value(3, "value1value"))
                .putValues("bar", value(0, "updatedValued2Value")).build();

        final ConfigUpdate update = compute(original, updated);

        assertThat(update.getReadSet()).isEqualTo(group(7).build());
        assertThat(update.getWriteSet()).isEqualTo(group(7).putValues("bar", value(7, "updatedValued2Value")).build());
    }

    @Test
    void a_value_removed_from_a_subgroup_rewrites_the_subgroup() {
        final ConfigGroup original = group(7).putGroups("foo", group(3)
                .putValues("testValue", ConfigValue.newBuilder().setVersion(3).build()).build()).build();
        final ConfigGroup updated = ConfigGroup.newBuilder().putGroups("foo", ConfigGroup.getDefaultInstance())
                .build();

        final ConfigUpdate update = compute(original, updated);

        assertThat(update.getReadSet()).isEqualTo(group(7).putGroups("foo", group(3).build()).build());
        assertThat(update.getWriteSet()).isEqualTo(group(7).putGroups("foo", group(4).build()).build());
    }

    @Test
    void an_added_value_rewrites_its_group_with_the_unchanged_values_by_version() {
        final ConfigGroup original = group(7).putValues("foo", value(3, "value1value")).build();
        final ConfigGroup updated = ConfigGroup.newBuilder().putValues("foo", value(3, "value1value"))
                .putValues("bar", value(9, "newValue2")).build();

        final ConfigUpdate update = compute(original, updated);

        assertThat(update.getReadSet()).isEqualTo(group(7).putValues("foo", version(3)).build());
        assertThat(update.getWriteSet()).isEqualTo(group(8).putValues("foo", version(3))
                .putValues("bar", value(0, "newValue2")).build());
    }

    @Test
    void a_swapped_policy_rewrites_its_group() {
        final ConfigGroup original = group(4).putPolicies("foo", policy(2, 3)).build();
        final ConfigGroup updated = ConfigGroup.newBuilder().putPolicies("bar", policy(1, 5)).build();

        final ConfigUpdate update = compute(original, updated);

        assertThat(update.getReadSet()).isEqualTo(group(4).build());
        assertThat(update.getWriteSet()).isEqualTo(group(5).putPolicies("bar", policy(0, 5)).build());
    }

    @Test
    void added_and_removed_groups_policies_and_values_together() {
        final ConfigGroup original = group(4).putGroups("existingGroup1", group(2).build())
                .putGroups("existingGroup2", group(2).build())
                .putPolicies("existingPolicy", policy(8, 5)).build();
        final ConfigGroup updated = ConfigGroup.newBuilder()
                .putGroups("existingGroup1", ConfigGroup.getDefaultInstance())
                .putGroups("newGroup", ConfigGroup.newBuilder().putValues("newValue", ConfigValue.getDefaultInstance())
                        .build())
                .putPolicies("existingPolicy", policy(0, 5))
                .putPolicies("newPolicy", policy(6, 5)).build();

        final ConfigUpdate update = compute(original, updated);

        assertThat(update.getReadSet()).isEqualTo(group(4).putPolicies("existingPolicy", policyVersion(8))
                .putGroups("existingGroup1", group(2).build()).build());
        assertThat(update.getWriteSet()).isEqualTo(group(5)
                .putPolicies("existingPolicy", policyVersion(8))
                .putPolicies("newPolicy", policy(0, 5))
                .putGroups("existingGroup1", group(2).build())
                .putGroups("newGroup", group(0).putValues("newValue", ConfigValue.getDefaultInstance()).build())
                .build());
    }

    @Test
    void a_change_two_groups_deep_reads_its_parents_and_writes_only_the_changed_value() {
        final ConfigGroup original = ConfigGroup.newBuilder().putGroups("foo", ConfigGroup.newBuilder()
                .putGroups("bar", ConfigGroup.newBuilder().putValues("testValue", ConfigValue.getDefaultInstance())
                        .build()).build()).build();
        final ConfigGroup updated = ConfigGroup.newBuilder().putGroups("foo", ConfigGroup.newBuilder()
                .putGroups("bar", ConfigGroup.newBuilder().putValues("testValue", ConfigValue.newBuilder()
                        .setModPolicy("new").build()).build()).build()).build();

        final ConfigUpdate update = compute(original, updated);

        assertThat(update.getReadSet()).isEqualTo(ConfigGroup.newBuilder().putGroups("foo", ConfigGroup.newBuilder()
                .putGroups("bar", ConfigGroup.getDefaultInstance()).build()).build());
        assertThat(update.getWriteSet()).isEqualTo(ConfigGroup.newBuilder().putGroups("foo", ConfigGroup.newBuilder()
                .putGroups("bar", ConfigGroup.newBuilder().putValues("testValue", ConfigValue.newBuilder()
                        .setVersion(1).setModPolicy("new").build()).build()).build()).build());
    }

    private static ConfigUpdate compute(final ConfigGroup original, final ConfigGroup updated) {
        return ConfigUpdates.compute(CHANNEL, config(original), config(updated)).orElseThrow();
    }

    private static Config config(final ConfigGroup.Builder group) {
        return config(group.build());
    }

    private static Config config(final ConfigGroup group) {
        return Config.newBuilder().setChannelGroup(group).build();
    }

    private static ConfigGroup.Builder group(final long version) {
        return ConfigGroup.newBuilder().setVersion(version);
    }

    private static ConfigPolicy policy(final long version, final int type) {
        return ConfigPolicy.newBuilder().setVersion(version).setPolicy(Policy.newBuilder().setType(type)).build();
    }

    private static ConfigPolicy policyVersion(final long version) {
        return ConfigPolicy.newBuilder().setVersion(version).build();
    }

    private static ConfigValue value(final long version, final String content) {
        return ConfigValue.newBuilder().setVersion(version).setValue(ByteString.copyFromUtf8(content)).build();
    }

    private static ConfigValue version(final long version) {
        return ConfigValue.newBuilder().setVersion(version).build();
    }
}
