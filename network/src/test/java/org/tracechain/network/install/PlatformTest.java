// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformTest {

    @Test
    void spells_platforms_as_fabric_release_names_do() {
        assertThat(Platform.of("Linux", "amd64")).hasValue("linux-amd64");
        assertThat(Platform.of("Linux", "aarch64")).hasValue("linux-arm64");
        assertThat(Platform.of("Mac OS X", "x86_64")).hasValue("darwin-amd64");
        assertThat(Platform.of("Mac OS X", "aarch64")).hasValue("darwin-arm64");
        assertThat(Platform.of("Windows 11", "amd64")).isEmpty();
        assertThat(Platform.of("Linux", "s390x")).isEmpty();
    }

    @Test
    void every_platform_fabric_releases_for_has_a_pinned_digest() {
        assertThat(FabricPin.V3_1_5.releaseSha256()).containsOnlyKeys("linux-amd64", "linux-arm64", "darwin-amd64",
                "darwin-arm64");
        assertThat(FabricPin.V3_1_5.releaseUrl("linux-amd64")).isEqualTo(
                "https://github.com/hyperledger/fabric/releases/download/v3.1.5/hyperledger-fabric-linux-amd64-3.1.5.tar.gz");
    }
}
