// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkStateTest {

    @Test
    void the_ledger_layout_is_kept_between_commands(@TempDir final Path home) {
        final NetworkState state = new NetworkState("fp", Map.of("foodtrace", new NetworkState.ChaincodeState(
                Map.of("producer", "foodtrace_abc:1"), 2, true, "foodtrace/1"), "ceiling",
                new NetworkState.ChaincodeState(Map.of("producer", "ceiling_def:2"), 1, false,
                        NetworkState.NO_LEDGER_LAYOUT)), Set.of("peer0.producer"));
        state.write(NetworkState.file(home));
        assertThat(NetworkState.read(NetworkState.file(home))).contains(state);
    }

    @Test
    void a_home_written_before_layouts_were_recorded_reads_as_unknown_not_as_none(@TempDir final Path home)
            throws IOException {
        Files.writeString(NetworkState.file(home), """
                {"topologyFingerprint":"fp","chaincodes":{"foodtrace":{"packageIds":{"producer":"foodtrace_abc:1"},
                 "sequence":2,"configured":true}},"nodesWithData":["peer0.producer"]}""");
        final NetworkState.ChaincodeState foodtrace = NetworkState.read(NetworkState.file(home)).orElseThrow()
                .chaincodes().get("foodtrace");
        assertThat(foodtrace.ledgerLayout()).isNull();
        assertThat(foodtrace.sequence()).isEqualTo(2);
    }
}
