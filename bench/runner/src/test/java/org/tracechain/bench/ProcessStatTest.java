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
    void the_jit_share_is_this_jvms_compiler_threads_and_never_more_than_its_cpu() {
        final long pid = ProcessHandle.current().pid();
        final ProcessStat stat = ProcessStat.read(pid).orElseThrow();
        // A JVM that has run JUnit has compiled something by now.
        assertThat(stat.jitTicks()).isPositive().isLessThanOrEqualTo(stat.cpuTicks());
    }

    @Test
    void compiler_threads_are_told_by_their_kernel_name_and_times_read_after_the_name() {
        final String c2 = "4242 (C2 CompilerThre) S 1 1 1 0 -1 4194368 100 0 0 0 70 5 0 0 20 0 1 0 100 0 0";
        final String worker = "4243 (fabric-txinvoke) S 1 1 1 0 -1 4194368 100 0 0 0 30 2 0 0 20 0 1 0 100 0 0";
        final String spaced = "4244 (C1 CompilerThre) R 1 1 1 0 -1 4194368 100 0 0 0 7 1 0 0 20 0 1 0 100 0 0";
        final String tricky = "4245 (x) (C2 Compi) R 1 1 1 0 -1 4194368 100 0 0 0 3 0 0 0 20 0 1 0 100 0 0";
        assertThat(ProcessStat.isJitCompiler(c2)).isTrue();
        assertThat(ProcessStat.isJitCompiler(spaced)).isTrue();
        assertThat(ProcessStat.isJitCompiler(worker)).isFalse();
        assertThat(ProcessStat.isJitCompiler(tricky)).isFalse();
        assertThat(ProcessStat.cpuTicks(c2)).isEqualTo(75);
        assertThat(ProcessStat.cpuTicks(worker)).isEqualTo(32);
        assertThat(ProcessStat.cpuTicks(tricky)).isEqualTo(3);
    }

    @Test
    void a_compiler_thread_that_ended_between_samples_does_not_make_the_jit_share_negative_or_exceed_the_cpu() {
        final Map<String, MeasuredProcesses.Sample> before = Map.of("cc", new MeasuredProcesses.Sample("cc",
                "chaincode", new ProcessStat(2, 100, 80, 2048)));
        final Map<String, MeasuredProcesses.Sample> threadEnded = Map.of("cc", new MeasuredProcesses.Sample("cc",
                "chaincode", new ProcessStat(2, 150, 30, 2048)));
        assertThat(MeasuredProcesses.usage(before, threadEnded, 100).get(0).jitMs()).isZero();
        final Map<String, MeasuredProcesses.Sample> inconsistent = Map.of("cc", new MeasuredProcesses.Sample("cc",
                "chaincode", new ProcessStat(2, 110, 150, 2048)));
        assertThat(MeasuredProcesses.usage(before, inconsistent, 100).get(0).jitMs()).isEqualTo(100.0);
    }

    @Test
    void a_process_that_is_gone_reads_as_empty() {
        assertThat(ProcessStat.read(Integer.MAX_VALUE)).isEmpty();
    }

    @Test
    void usage_is_the_cpu_difference_in_milliseconds_grouped_with_the_client_kept_out_of_the_network_total() {
        final Map<String, MeasuredProcesses.Sample> before = Map.of(
                "peer0.producer", new MeasuredProcesses.Sample("peer0.producer", "peer", new ProcessStat(1, 100, 0, 1024)),
                "chaincode.ceiling.producer", new MeasuredProcesses.Sample("chaincode.ceiling.producer", "chaincode",
                        new ProcessStat(2, 10, 4, 2048)),
                "client", new MeasuredProcesses.Sample("client", "client", new ProcessStat(3, 0, 0, 4096)));
        final Map<String, MeasuredProcesses.Sample> after = Map.of(
                "peer0.producer", new MeasuredProcesses.Sample("peer0.producer", "peer", new ProcessStat(1, 300, 0, 2048)),
                "chaincode.ceiling.producer", new MeasuredProcesses.Sample("chaincode.ceiling.producer", "chaincode",
                        new ProcessStat(2, 60, 24, 2048)),
                "client", new MeasuredProcesses.Sample("client", "client", new ProcessStat(3, 100, 30, 4096)));
        final List<ProcessUsage> usage = MeasuredProcesses.usage(before, after, 100);

        final Map<String, Double> perTx = ResourceGroup.cpuMsPerTx(usage, 50);
        assertThat(perTx.get(ResourceGroup.PEERS)).isEqualTo(40.0);      // 200 ticks = 2000 ms over 50 tx
        assertThat(perTx.get(ResourceGroup.CHAINCODE)).isEqualTo(10.0);
        assertThat(perTx.get(ResourceGroup.ORDERERS)).isEqualTo(0.0);
        assertThat(perTx.get(ResourceGroup.TOTAL)).isEqualTo(50.0);
        assertThat(perTx.get(ResourceGroup.CLIENT)).isEqualTo(20.0);
        // The chaincode server's compiler threads: 20 of its 50 ticks; the client's JIT is not the network's.
        assertThat(perTx.get(ResourceGroup.NETWORK_JIT)).isEqualTo(4.0);
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
