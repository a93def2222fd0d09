// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lot as callers see it: custody with a regulator's hold or recall laid over its status. */
class LotRegulationTest {

    private static final Instant SHIPPED = Instant.parse("2026-01-05T01:00:00Z");
    private static final Instant EARLIER = Instant.parse("2026-01-04T01:00:00Z");
    private static final Instant LATER = Instant.parse("2026-01-06T01:00:00Z");

    private static Lot custody(final LotStatus status) {
        return new Lot("L1", "L1", "urn:tracechain:lot:P1:L1", "P1", null, "rice", null, new BigDecimal("12.50"), "kg",
                null, "ProducerMSP", status, null, null, List.of(), "L1", null, null, null, null, null,
                "x509::CN=farmer",
                EARLIER, "tx-register", SHIPPED, "tx-ship");
    }

    private static LotRegulation regulation(final LotStatus status, final String recallId, final Instant since) {
        return new LotRegulation("L1", status, "pesticide residue", recallId, "RegulatorMSP", "x509::CN=inspector",
                since, "tx-regulate");
    }

    @Test
    void without_a_regulation_the_custody_record_is_the_view() {
        final Lot custody = custody(LotStatus.IN_TRANSIT);

        assertThat(LotRegulation.effective(custody, null)).isSameAs(custody);
    }

    @Test
    void a_hold_takes_the_status_and_reason_and_remembers_the_custody_status() {
        final Lot view = LotRegulation.effective(custody(LotStatus.IN_TRANSIT),
                regulation(LotStatus.ON_HOLD, null, LATER));

        assertThat(view.status()).isEqualTo(LotStatus.ON_HOLD);
        assertThat(view.statusReason()).isEqualTo("pesticide residue");
        assertThat(view.statusBeforeHold()).isEqualTo(LotStatus.IN_TRANSIT);
        assertThat(view.recallId()).isNull();
        assertThat(view.updatedAt()).isEqualTo(LATER);
        assertThat(view.updatedTxId()).isEqualTo("tx-regulate");
        assertThat(view.holderMspId()).isEqualTo("ProducerMSP");
        assertThat(view.quantity()).isEqualByComparingTo("12.50").hasToString("12.50");
    }

    @Test
    void a_recall_carries_its_id_and_keeps_no_status_to_restore() {
        final Lot view = LotRegulation.effective(custody(LotStatus.ACTIVE),
                regulation(LotStatus.RECALLED, "R-1", LATER));

        assertThat(view.status()).isEqualTo(LotStatus.RECALLED);
        assertThat(view.recallId()).isEqualTo("R-1");
        assertThat(view.statusBeforeHold()).isNull();
    }

    @Test
    void a_custody_change_after_the_regulation_stays_the_last_change() {
        final Lot view = LotRegulation.effective(custody(LotStatus.ACTIVE),
                regulation(LotStatus.ON_HOLD, null, EARLIER));

        assertThat(view.status()).isEqualTo(LotStatus.ON_HOLD);
        assertThat(view.updatedAt()).isEqualTo(SHIPPED);
        assertThat(view.updatedTxId()).isEqualTo("tx-ship");
    }

    @Test
    void a_regulation_at_the_same_instant_as_the_custody_change_does_not_replace_it() {
        final Lot view = LotRegulation.effective(custody(LotStatus.ACTIVE),
                regulation(LotStatus.ON_HOLD, null, SHIPPED));

        assertThat(view.updatedTxId()).isEqualTo("tx-ship");
    }
}
