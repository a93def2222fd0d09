// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.network.NetworkException;
import org.tracechain.network.topology.Topology;
import org.tracechain.network.topology.TopologyLoader;

class UserRegistryTest {

    private static final Topology TOPOLOGY = TopologyLoader.defaultTopology();
    private static final UserRegistry EMPTY = new UserRegistry(List.of(), List.of());

    @TempDir
    Path home;

    @Test
    void a_home_without_a_registry_has_no_added_users() {
        assertThat(UserRegistry.read(home)).isEqualTo(EMPTY);
        assertThat(EMPTY.mergedInto(TOPOLOGY)).isSameAs(TOPOLOGY);
    }

    @Test
    void added_users_and_revocations_survive_a_write_and_read() {
        final UserRegistry registry = EMPTY.withAdded(TOPOLOGY, user("producer", "farmer2", "producer"))
                .withAdded(TOPOLOGY, user("regulator", "inspector2", "inspector", "auditor"))
                .withRevoked(new UserRegistry.Revocation("producer", "farmer2", "8f00", 1, "2026-03-01T10:00:00Z"));

        registry.write(home);

        assertThat(UserRegistry.read(home)).isEqualTo(registry);
        assertThat(registry.added("producer")).extracting(UserRegistry.AddedUser::name).containsExactly("farmer2");
        assertThat(registry.revocation("producer", "farmer2")).isPresent();
        assertThat(registry.revocation("regulator", "inspector2")).isEmpty();
        assertThat(Files.exists(home.resolve("users.json.tmp"))).isFalse();
    }

    @Test
    void merged_users_join_their_organisation_after_the_topology_users_and_nothing_else_changes() {
        final UserRegistry registry = EMPTY.withAdded(TOPOLOGY, user("producer", "farmer2", "producer", "processor"));

        final Topology merged = registry.mergedInto(TOPOLOGY);

        final Topology.PeerOrganization producer = merged.organization("producer").orElseThrow();
        final Topology.PeerOrganization before = TOPOLOGY.organization("producer").orElseThrow();
        assertThat(producer.users()).startsWith(before.users().toArray(Topology.UserSpec[]::new))
                .endsWith(new Topology.UserSpec("farmer2", List.of("producer", "processor")));
        assertThat(merged.organization("distributor")).isEqualTo(TOPOLOGY.organization("distributor"));
        assertThat(merged.channels()).isEqualTo(TOPOLOGY.channels());
        assertThat(merged.ordererOrganization()).isEqualTo(TOPOLOGY.ordererOrganization());
        assertThat(merged.basePort()).isEqualTo(TOPOLOGY.basePort());
    }

    @Test
    void a_user_is_refused_unless_its_organisation_name_and_roles_are_valid_and_new() {
        final UserRegistry registry = EMPTY.withAdded(TOPOLOGY, user("producer", "farmer2", "producer"));

        assertThatThrownBy(() -> EMPTY.withAdded(TOPOLOGY, user("nowhere", "x", "producer")))
                .hasMessageContaining("no organisation 'nowhere'");
        assertThatThrownBy(() -> EMPTY.withAdded(TOPOLOGY, user("producer", "../evil", "producer")))
                .hasMessageContaining("user name must match");
        assertThatThrownBy(() -> EMPTY.withAdded(TOPOLOGY, user("producer", "admin", "producer")))
                .hasMessageContaining("admin");
        assertThatThrownBy(() -> EMPTY.withAdded(TOPOLOGY, user("producer", "Farmer", "producer")))
                .hasMessageContaining("in the topology already");
        assertThatThrownBy(() -> registry.withAdded(TOPOLOGY, user("producer", "FARMER2", "producer")))
                .hasMessageContaining("added already");
        assertThatThrownBy(() -> registry.withRevoked(new UserRegistry.Revocation("producer", "farmer2", "1", 1, "t"))
                .withAdded(TOPOLOGY, user("producer", "farmer2", "producer")))
                .hasMessageContaining("a revoked name is not reused");
        assertThatThrownBy(() -> EMPTY.withAdded(TOPOLOGY, user("producer", "u")))
                .hasMessageContaining("at least one role");
        assertThatThrownBy(() -> EMPTY.withAdded(TOPOLOGY, user("producer", "u", "Producer,x")))
                .hasMessageContaining("role 'Producer,x'");
        // The same name in another organisation is another user.
        assertThat(registry.withAdded(TOPOLOGY, user("distributor", "farmer2", "retailer")).users()).hasSize(2);
    }

    @Test
    void a_user_revoked_twice_is_recorded_once() {
        final UserRegistry.Revocation revocation = new UserRegistry.Revocation("producer", "farmer", "ab", 1, "t");
        assertThat(EMPTY.withRevoked(revocation).withRevoked(revocation).revocations()).containsExactly(revocation);
    }

    @Test
    void an_unreadable_registry_is_named() throws Exception {
        Files.writeString(home.resolve(UserRegistry.FILE_NAME), "{not json");
        assertThatThrownBy(() -> UserRegistry.read(home)).isInstanceOf(NetworkException.class)
                .hasMessageContaining("users.json");
    }

    private static UserRegistry.AddedUser user(final String org, final String name, final String... roles) {
        return new UserRegistry.AddedUser(org, name, List.of(roles), "2026-03-01T10:00:00Z");
    }
}
