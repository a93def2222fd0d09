// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tracechain.network.topology.NodeAddressing;

class VmOptionsTest {

    @Test
    void knows_the_options_of_the_running_jvm_only() {
        assertThat(VmOptions.known("MaxHeapFreeRatio")).isTrue();
        assertThat(VmOptions.known("NoSuchTracechainOption")).isFalse();
    }

    @Test
    void chaincode_servers_trim_their_native_heap_where_the_jvm_can() {
        final ChaincodeServer server = new ChaincodeServer("chaincode.foodtrace.producer", "ccaas-foodtrace.p.test",
                Path.of("foodtrace-chaincode.jar"), "foodtrace_1:abc", 27100, Path.of("tls"), Path.of("data"), "java",
                NodeAddressing.LOOPBACK);

        assertThat(server.command().stream().anyMatch(arg -> arg.startsWith("-XX:TrimNativeHeapInterval=")))
                .isEqualTo(VmOptions.known("TrimNativeHeapInterval"));
        assertThat(server.command()).endsWith("-jar", "foodtrace-chaincode.jar");
    }
}
