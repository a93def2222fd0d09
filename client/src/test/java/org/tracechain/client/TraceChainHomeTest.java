// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceChainHomeTest {

    @Test
    void environment_variable_wins() {
        assertThat(TraceChainHome.resolve(Map.of("TRACECHAIN_HOME", "/srv/tracechain"), Path.of("/work")))
                .isEqualTo(Path.of("/srv/tracechain"));
    }

    @Test
    void defaults_to_dot_tracechain_in_the_working_directory() {
        assertThat(TraceChainHome.resolve(Map.of(), Path.of("/work/app"))).isEqualTo(Path.of("/work/app/.tracechain"));
        assertThat(TraceChainHome.resolve(Map.of("TRACECHAIN_HOME", " "), Path.of("/w"))).isEqualTo(Path.of("/w/.tracechain"));
    }

    @Test
    void relative_home_is_made_absolute() {
        assertThat(TraceChainHome.resolve(Map.of("TRACECHAIN_HOME", "net/../home"), Path.of("/w")).isAbsolute()).isTrue();
    }

    @Test
    void files_live_where_the_network_module_writes_them() {
        assertThat(TraceChainHome.wallet(Path.of("/h"))).isEqualTo(Path.of("/h/wallet"));
        assertThat(TraceChainHome.gatewayProfile(Path.of("/h"), "producer")).isEqualTo(Path.of("/h/gateways/producer.json"));
    }
}
