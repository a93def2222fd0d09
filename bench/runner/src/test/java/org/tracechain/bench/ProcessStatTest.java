// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracechain.network.NodeStatus;

class ProcessStatTest {

    @Test
    void reads_this_jvms_cpu_ticks_and_rss_and_they_grow_with_work() {
        final long pid = ProcessHandle.current().pid();
        final ProcessStat before = ProcessStat.read(pid).orElseThrow();
        assertThat(before.rssKiB()).isGreaterThan(1024);
        long x = 0;
        final long until = System.nanoTime() + 300_000_000L;
        while (System.nanoTime() < until) {
            x += Long.numberOfTrailingZeros(x + System.nanoTime());
        }
        assertThat(x).isNotNegative();
        assertThat(ProcessStat.read(pid).orElseThrow().cpuTicks()).isGreaterThan(before.cpuTicks());
    }

    @Test
    void a_process_that_is_gone_reads_as_empty() {
        assertThat(ProcessStat.read(Integer.MAX_VALUE)).isEmpty();
    }

    @Test
    void usage_is_the_cpu_difference_in_milliseconds_grouped_with_the_client_kept_out_of_the_network_total() {
        final Map<String, MeasuredProcesses.Sample> before = Map.of(
                "peer0.producer", new MeasuredProcesses.Sample("peer0.producer", "peer", new ProcessStat(1, 100, 1024)),
                "chaincode.ceiling.producer", new MeasuredProcesses.Sample("chaincode.ceiling.producer", "chaincode",
                        new ProcessStat(2, 10, 2048)),
                "client", new MeasuredProcesses.Sample("client", "client", new ProcessStat(3, 0, 4096)));
        final Map<String, MeasuredProcesses.Sample> after = Map.of(
                "peer0.producer", new MeasuredProcesses.Sample("peer0.producer", "peer", new ProcessStat(1, 300, 2048)),
                "chaincode.ceiling.producer", new MeasuredProcesses.Sample("chaincode.ceiling.producer", "chaincode",
                        new ProcessStat(2, 60, 2048)),
                "client", new MeasuredProcesses.Sample("client", "client", new ProcessStat(3, 100, 4096)));
        final List<ProcessUsage> usage = MeasuredProcesses.usage(before, after, 100);

        final Map<String, Double> perTx = ResourceGroup.cpuMsPerTx(usage, 50);
        assertThat(perTx.get(ResourceGroup.PEERS)).isEqualTo(40.0);      // 200 ticks = 2000 ms over 50 tx
        assertThat(perTx.get(ResourceGroup.CHAINCODE)).isEqualTo(10.0);
        assertThat(perTx.get(ResourceGroup.ORDERERS)).isEqualTo(0.0);
        assertThat(perTx.get(ResourceGroup.TOTAL)).isEqualTo(50.0);
        assertThat(perTx.get(ResourceGroup.CLIENT)).isEqualTo(20.0);
        assertThat(ResourceGroup.rssMiB(usage).get(ResourceGroup.TOTAL)).isEqualTo(4.0);
        assertThat(ResourceGroup.cpuMsPerTx(usage, 0).get(ResourceGroup.TOTAL)).isEqualTo(0.0);
    }

    @Test
    void nodes_that_are_not_running_are_not_measured_and_a_vanished_one_fails_the_run() {
        final long self = ProcessHandle.current().pid();
        final MeasuredProcesses processes = new MeasuredProcesses(List.of(
                new NodeStatus("peer0.producer", "peer", self, true, "OK", "peer.log"),
                new NodeStatus("orderer1", "orderer", -1, false, "stopped", "orderer.log")));
        assertThat(processes.sample()).containsOnlyKeys("peer0.producer", "client");

        final MeasuredProcesses gone = new MeasuredProcesses(List.of(
                new NodeStatus("peer0.producer", "peer", Integer.MAX_VALUE, true, "OK", "peer.log")));
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(gone::sample)
                .withMessageContaining("peer0.producer");
    }
}
