// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class ImageNamesTest {

    @Test
    void defaults_are_the_official_fabric_names() {
        final ImageNames names = ImageNames.from(new Properties());

        assertThat(names.peer()).isEqualTo("hyperledger/fabric-peer:3.1.5");
        assertThat(names.orderer()).isEqualTo("hyperledger/fabric-orderer:3.1.5");
        assertThat(names.postgres()).isEqualTo("tracechain/postgres:15");
        assertThat(names).isEqualTo(ImageNames.defaults());
    }

    @Test
    void each_name_is_overridden_by_its_property() {
        final Properties properties = new Properties();
        properties.setProperty(ImageNames.PEER_PROPERTY, "registry.example:5000/fabric/peer:3.1.5-local");
        properties.setProperty(ImageNames.CHAINCODE_PROPERTY, "example/jre:17");
        properties.setProperty("tracechain.image.postgres", "postgres:15");

        final ImageNames names = ImageNames.from(properties);

        assertThat(names.peer()).isEqualTo("registry.example:5000/fabric/peer:3.1.5-local");
        assertThat(names.chaincode()).isEqualTo("example/jre:17");
        assertThat(names.postgres()).isEqualTo("postgres:15");
        assertThat(names.orderer()).isEqualTo(ImageNames.DEFAULT_ORDERER);
    }

    @Test
    void rejects_what_docker_would_not_accept_as_a_name() {
        assertThatThrownBy(() -> new ImageNames("Fabric Peer", "o", "d", "c", "pg"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("peer image");
        assertThatThrownBy(() -> new ImageNames("p", "o", "d", "c:tag with space", "pg"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chaincode image");
        assertThatThrownBy(() -> new ImageNames("p", "o", "d", "c", "Postgres"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("postgres image");
    }
}
