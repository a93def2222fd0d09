// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tracechain.network.chaincode.LedgerLayout;

class LedgerLayoutGuardTest {

    private static final Path JAR = Path.of("chaincode", "target", "foodtrace-chaincode.jar");
    private static final Optional<LedgerLayout> NONE = Optional.empty();
    private static final Optional<LedgerLayout> ONE = Optional.of(new LedgerLayout("foodtrace", 1));
    private static final Optional<LedgerLayout> TWO = Optional.of(new LedgerLayout("foodtrace", 2));

    private static NetworkState.ChaincodeState deployed(final String layout) {
        return new NetworkState.ChaincodeState(Map.of("producer", "foodtrace_abc:123"), 3, true, layout);
    }

    private static Optional<String> refusal(final Optional<LedgerLayout> next,
            final NetworkState.ChaincodeState previous, final boolean changed) {
        return LedgerLayoutGuard.refusal("foodtrace", JAR, next, previous, changed);
    }

    @Test
    void a_first_deployment_or_the_same_packages_pass_whatever_the_layout() {
        assertThat(refusal(TWO, null, true)).isEmpty();
        assertThat(refusal(TWO, deployed("foodtrace/1"), false)).isEmpty();
        assertThat(refusal(TWO, deployed(null), false)).isEmpty();
    }

    @Test
    void a_changed_jar_of_the_same_layout_passes() {
        assertThat(refusal(ONE, deployed("foodtrace/1"), true)).isEmpty();
        assertThat(refusal(NONE, deployed(NetworkState.NO_LEDGER_LAYOUT), true)).isEmpty();
        assertThat(refusal(NONE, deployed(null), true)).isEmpty();
    }

    @Test
    void a_changed_jar_of_another_layout_is_refused_with_both_layouts_and_the_way_out() {
        assertThat(refusal(TWO, deployed("foodtrace/1"), true)).hasValueSatisfying(why -> assertThat(why)
                .isEqualTo("foodtrace: this network's chaincode keeps its ledger in layout foodtrace/1; " + JAR
                        + " reads and writes layout foodtrace/2."));
        assertThat(refusal(Optional.of(new LedgerLayout("govdir", 1)), deployed("foodtrace/1"), true))
                .hasValueSatisfying(why -> assertThat(why).contains("reads and writes layout govdir/1"));
    }

    @Test
    void a_layout_cannot_be_replaced_by_a_jar_that_declares_none_nor_the_other_way_round() {
        assertThat(refusal(NONE, deployed("foodtrace/1"), true)).hasValueSatisfying(why -> assertThat(why)
                .contains("layout foodtrace/1; " + JAR + " declares no ledger layout."));
        assertThat(refusal(ONE, deployed(NetworkState.NO_LEDGER_LAYOUT), true)).hasValueSatisfying(why -> assertThat(why)
                .contains("this network's chaincode declares no ledger layout"));
    }

    @Test
    void the_refusal_names_each_chaincode_then_what_happened_and_the_way_out() {
        assertThat(LedgerLayoutGuard.explain(List.of("foodtrace: one.", "govdir: two."))).startsWith(
                "foodtrace: one.\ngovdir: two.\nA jar of another ledger layout could misread the records already on the "
                        + "ledger, so nothing was started or changed.").contains("'tracechain network clean'");
    }

    @Test
    void a_home_from_before_layouts_were_recorded_cannot_take_a_changed_jar_of_ours() {
        assertThat(refusal(ONE, deployed(null), true)).hasValueSatisfying(why -> assertThat(why)
                .contains("was deployed before the network recorded ledger layouts"));
    }

    @Test
    void an_unreadable_recorded_layout_is_refused_as_such() {
        assertThat(refusal(ONE, deployed("foodtrace-1"), true)).hasValueSatisfying(why -> assertThat(why)
                .contains("unreadable ledger layout recorded ('foodtrace-1' in network.json)"));
    }
}
