// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hyperledger.fabric.shim.ext.sbe.StateBasedEndorsement;
import org.hyperledger.fabric.shim.ext.sbe.impl.StateBasedEndorsementFactory;
import org.junit.jupiter.api.Test;

class EndorsementPoliciesTest {

    private static byte[] shim(final String... mspIds) {
        final StateBasedEndorsement policy = StateBasedEndorsementFactory.getInstance().newStateBasedEndorsement(null);
        policy.addOrgs(StateBasedEndorsement.RoleType.RoleTypePeer, mspIds);
        return policy.policy();
    }

    @Test
    void the_policy_is_the_shims_for_the_same_organisations_whatever_their_order_or_repetition() {
        assertThat(EndorsementPolicies.peersOf("ProducerMSP")).isEqualTo(shim("ProducerMSP"));
        assertThat(EndorsementPolicies.peersOf("RegulatorMSP", "DistributorMSP"))
                .isEqualTo(shim("RegulatorMSP", "DistributorMSP"))
                .isEqualTo(shim("DistributorMSP", "RegulatorMSP"))
                .isEqualTo(EndorsementPolicies.peersOf("DistributorMSP", "RegulatorMSP", "DistributorMSP"));
        assertThat(EndorsementPolicies.peersOf("ProducerMSP")).isNotEqualTo(shim("DistributorMSP"));
        assertThat(StateBasedEndorsementFactory.getInstance()
                .newStateBasedEndorsement(EndorsementPolicies.peersOf("RegulatorMSP", "DistributorMSP")).listOrgs())
                .containsExactlyInAnyOrder("DistributorMSP", "RegulatorMSP");
    }

    @Test
    void each_answer_is_a_copy_the_caller_may_change() {
        final byte[] first = EndorsementPolicies.peersOf("ProducerMSP");
        first[0] ^= 0x7f;
        assertThat(EndorsementPolicies.peersOf("ProducerMSP")).isEqualTo(EndorsementPolicies.build(List.of("ProducerMSP")))
                .isNotEqualTo(first);
    }
}
