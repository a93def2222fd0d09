// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OrgCryptoTest {

    private static final Path ORG_DIR = Path.of("/net/peerOrganizations/farm.tracechain.test");

    @Test
    void duplicate_nodes_are_refused() {
        assertThatThrownBy(() -> new OrgCrypto("Farm", "FarmMSP", "farm.test", false,
                List.of(new NodeIdentity("peer0"), new NodeIdentity("peer0")), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate node peer0");
    }

    @Test
    void users_differing_only_in_case_are_refused_because_file_systems_may_fold_case() {
        assertThatThrownBy(() -> new OrgCrypto("Farm", "FarmMSP", "farm.test", false, List.of(),
                List.of(UserIdentity.admin("Admin"), UserIdentity.admin("admin"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate user admin");
    }

    @Test
    void domains_must_be_lower_case_dns_names() {
        for (String domain : List.of("", "Farm.test", "farm..test", "farm.test.", "-farm.test", "farm/test", "farm_x.test")) {
            assertThatThrownBy(() -> new OrgCrypto("Farm", "FarmMSP", domain, false, List.of(), List.of()))
                    .as(domain).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void attributes_are_copied_sorted_and_unmodifiable() {
        final Map<String, String> attributes = new HashMap<>(Map.of("role", "producer", "dept", "x"));
        final UserIdentity user = UserIdentity.client("farmer", attributes);
        attributes.put("role", "regulator");

        assertThat(user.attributes()).containsExactly(Map.entry("dept", "x"), Map.entry("role", "producer"));
        assertThatThrownBy(() -> user.attributes().put("a", "b")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void lists_are_copied() {
        final List<NodeIdentity> nodes = new java.util.ArrayList<>(List.of(new NodeIdentity("peer0")));
        final OrgCrypto org = new OrgCrypto("Farm", "FarmMSP", "farm.test", false, nodes, List.of());
        nodes.add(new NodeIdentity("peer1"));

        assertThat(org.nodes()).hasSize(1);
    }

    /** Whatever a caller passes as a name, it either is refused or stays one directory below users/ or peers/. */
    @Property
    void any_accepted_name_stays_inside_the_organisation_directory(@ForAll("names") final String name) {
        UserIdentity user = null;
        NodeIdentity node = null;
        try {
            user = UserIdentity.admin(name);
        } catch (IllegalArgumentException refused) {
            // refused: fine
        }
        try {
            node = new NodeIdentity(name);
        } catch (IllegalArgumentException refused) {
            // refused: fine
        }
        final OrgMaterial material = new OrgMaterial(new OrgCrypto("Farm", "FarmMSP", "farm.tracechain.test", false,
                node == null ? List.of() : List.of(node), user == null ? List.of() : List.of(user)), ORG_DIR);
        if (user != null) {
            assertThat(material.userDir(name).normalize().getParent()).isEqualTo(ORG_DIR.resolve("users"));
            assertThat(material.userKey(name).normalize()).startsWithRaw(material.userDir(name));
        }
        if (node != null) {
            assertThat(material.nodeDir(name).normalize().getParent()).isEqualTo(ORG_DIR.resolve("peers"));
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcAZ09.-_/\\@ :*\u00e9\0").ofMinLength(0).ofMaxLength(12),
                Arbitraries.of("..", ".", "../x", "a/../b", "peer0", "Admin", "a..b", "-x", "x-"));
    }
}
