// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.hyperledger.fabric.shim.ext.sbe.StateBasedEndorsement;
import org.hyperledger.fabric.shim.ext.sbe.impl.StateBasedEndorsementFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotQuery;
import org.tracechain.model.food.LotRegulation;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.RecallRequest;
import org.tracechain.model.food.ResultPage;
import org.tracechain.model.json.LedgerJson;

/**
 * Holds and recalls live in the lot's regulation record, outside the key-level policy that binds the custody record
 * to its holder: a regulator with the channel's endorsement policy can always hold and recall, whether or not the
 * holder's peer is up or its organisation still exists. Custody keeps its key-level policy.
 */
class RegulationTest extends FoodFixture {

    @BeforeEach
    void setUp() {
        configure();
        registerLot(FARM1, "L1", "100");
    }

    private String lastTransaction() {
        final List<String> committed = ledger.committedTransactions();
        return committed.get(committed.size() - 1);
    }

    private Lot custody(final String lotId) {
        return LedgerJson.fromBytes(ledger.state(FoodKeys.lot(lotId)).orElseThrow(), Lot.class);
    }

    private List<String> lotIdsWithStatus(final LotStatus status) {
        return evaluate(REGULATOR, ctx -> contract.lotsByStatus(ctx, json(new LotQuery(null, null, status, null, null,
                null, null, null, 100, null))), new TypeReference<ResultPage<Lot>>() {}).items().stream()
                .map(Lot::lotId).toList();
    }

    private void hold(final String lotId) {
        submit(REGULATOR, ctx -> contract.hold(ctx, "{\"lotId\":\"" + lotId + "\",\"reason\":\"sampling\"}"));
    }

    private void release(final String lotId) {
        submit(REGULATOR, ctx -> contract.release(ctx, "{\"lotId\":\"" + lotId + "\",\"reason\":\"sample passed\"}"));
    }

    @Test
    void custody_transactions_stay_under_the_holders_key_level_policy() {
        ship(FARM1, "L1", "ProcMSP");
        assertThat(ledger.keysUnderKeyLevelPolicy(lastTransaction())).containsExactly(FoodKeys.lot("L1"));
        receive(PROCESSOR, "L1");
        assertThat(ledger.keysUnderKeyLevelPolicy(lastTransaction())).containsExactly(FoodKeys.lot("L1"));
    }

    @Test
    void hold_and_release_write_no_key_under_a_key_level_policy() {
        ship(FARM1, "L1", "ProcMSP");          // the lot's key now needs ProcMSP's peer

        hold("L1");
        assertThat(ledger.keysUnderKeyLevelPolicy(lastTransaction())).isEmpty();
        assertThat(ledger.validationParameter(FoodKeys.regulation("L1"))).isEmpty();
        release("L1");
        assertThat(ledger.keysUnderKeyLevelPolicy(lastTransaction())).isEmpty();
    }

    @Test
    void recall_and_continue_recall_write_no_key_under_a_key_level_policy() {
        deliver(FARM1, "L1", PROCESSOR);
        split(PROCESSOR, "L1", "100", List.of("S1", "S2"), "50");
        deliver(PROCESSOR, "S1", MARKET1);
        ship(PROCESSOR, "S2", "Market2MSP");

        submit(REGULATOR, ctx -> contract.recall(ctx, json(new RecallRequest("RC-1", "L1", "residue", null))));

        assertThat(ledger.keysUnderKeyLevelPolicy(lastTransaction())).isEmpty();
        for (final String lotId : List.of("L1", "S1", "S2")) {
            assertThat(lot(lotId).status()).isEqualTo(LotStatus.RECALLED);
        }
    }

    @Test
    void a_lot_whose_policy_names_an_organisation_without_peers_is_still_held_and_recalled() {
        // As a lot shipped before Ship refused non-members would be: only GhostMSP's peers could endorse its key.
        submit(SAMR_ADMIN, ctx -> {
            final StateBasedEndorsement ghost = StateBasedEndorsementFactory.getInstance().newStateBasedEndorsement(null);
            ghost.addOrgs(StateBasedEndorsement.RoleType.RoleTypePeer, "GhostMSP");
            ctx.getStub().setStateValidationParameter(FoodKeys.lot("L1"), ghost.policy());
            return "";
        });

        hold("L1");
        assertThat(ledger.keysUnderKeyLevelPolicy(lastTransaction())).isEmpty();
        release("L1");
        submit(REGULATOR, ctx -> contract.recall(ctx, json(new RecallRequest("RC-1", "L1", "residue", null))));
        assertThat(ledger.keysUnderKeyLevelPolicy(lastTransaction())).isEmpty();
        assertThat(lot("L1").status()).isEqualTo(LotStatus.RECALLED);
    }

    @Test
    void a_hold_is_its_own_record_and_the_lot_shows_it_over_custody() {
        ship(FARM1, "L1", "ProcMSP");
        final Lot shipped = custody("L1");

        hold("L1");

        assertThat(custody("L1")).isEqualTo(shipped);
        assertThat(LedgerJson.fromBytes(ledger.state(FoodKeys.regulation("L1")).orElseThrow(), LotRegulation.class))
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(LotStatus.ON_HOLD);
                    assertThat(r.reason()).isEqualTo("sampling");
                    assertThat(r.actorMspId()).isEqualTo("SamrMSP");
                });
        final Lot view = lot("L1");
        assertThat(view.status()).isEqualTo(LotStatus.ON_HOLD);
        assertThat(view.statusBeforeHold()).isEqualTo(LotStatus.IN_TRANSIT);
        assertThat(view.statusReason()).isEqualTo("sampling");
        assertThat(view.updatedTxId()).isEqualTo(lastTransaction());
    }

    @Test
    void custody_moves_on_under_a_hold_and_the_hold_stays_in_force() {
        ship(FARM1, "L1", "ProcMSP");
        hold("L1");

        receive(PROCESSOR, "L1");

        assertThat(custody("L1").status()).isEqualTo(LotStatus.ACTIVE);
        assertThat(custody("L1").holderMspId()).isEqualTo("ProcMSP");
        assertThat(lot("L1").status()).isEqualTo(LotStatus.ON_HOLD);
        assertRefused("LOT_ON_HOLD", PROCESSOR, ctx -> contract.ship(ctx,
                "{\"lotId\":\"L1\",\"toMspId\":\"Market1MSP\"}"));
        release("L1");
        assertThat(lot("L1").status()).isEqualTo(LotStatus.ACTIVE);
        assertThat(ledger.state(FoodKeys.regulation("L1"))).isEmpty();
    }

    @Test
    void the_status_index_follows_the_effective_status() {
        ship(FARM1, "L1", "ProcMSP");
        assertThat(lotIdsWithStatus(LotStatus.IN_TRANSIT)).containsExactly("L1");

        hold("L1");
        assertThat(lotIdsWithStatus(LotStatus.ON_HOLD)).containsExactly("L1");
        assertThat(lotIdsWithStatus(LotStatus.IN_TRANSIT)).isEmpty();

        receive(PROCESSOR, "L1");
        assertThat(lotIdsWithStatus(LotStatus.ON_HOLD)).containsExactly("L1");
        assertThat(lotIdsWithStatus(LotStatus.ACTIVE)).isEmpty();

        release("L1");
        assertThat(lotIdsWithStatus(LotStatus.ACTIVE)).containsExactly("L1");
        assertThat(lotIdsWithStatus(LotStatus.ON_HOLD)).isEmpty();

        submit(REGULATOR, ctx -> contract.recall(ctx, json(new RecallRequest("RC-1", "L1", "residue", null))));
        assertThat(lotIdsWithStatus(LotStatus.RECALLED)).containsExactly("L1");
        assertThat(lotIdsWithStatus(LotStatus.ACTIVE)).isEmpty();
    }

    @Test
    void a_recall_replaces_a_hold_and_custody_records_never_carry_regulation() {
        ship(FARM1, "L1", "ProcMSP");
        hold("L1");
        submit(REGULATOR, ctx -> contract.recall(ctx, json(new RecallRequest("RC-1", "L1", "residue", null))));
        receive(PROCESSOR, "L1");

        assertThat(lot("L1").status()).isEqualTo(LotStatus.RECALLED);
        assertThat(lot("L1").recallId()).isEqualTo("RC-1");
        assertThat(lot("L1").statusBeforeHold()).isNull();
        assertThat(custody("L1").status()).isEqualTo(LotStatus.ACTIVE);
        assertThat(custody("L1").recallId()).isNull();
        assertThat(custody("L1").statusReason()).isNull();
        assertRefused("LOT_NOT_ON_HOLD", REGULATOR, ctx -> contract.release(ctx,
                "{\"lotId\":\"L1\",\"reason\":\"x\"}"));
    }
}
