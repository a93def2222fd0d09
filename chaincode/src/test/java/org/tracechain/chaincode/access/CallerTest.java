// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.identity.Role;

class CallerTest {

    private final InMemoryLedger ledger = new InMemoryLedger("foodtrace");

    private ClientIdentity identityOf(final TestIdentity caller) {
        try {
            return new ClientIdentity(ledger.begin(caller, Map.of()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_caller_read_again_is_the_one_read_from_the_certificate() {
        final TestIdentity producer = TestIdentities.client("ProducerMSP", "alice", Role.PRODUCER, Role.PROCESSOR);
        final Caller first = Caller.from(identityOf(producer));
        final Caller again = Caller.from(identityOf(producer));
        assertThat(again).isSameAs(first).isEqualTo(Caller.read(identityOf(producer)));
        assertThat(first.mspId()).isEqualTo("ProducerMSP");
        assertThat(first.roles()).isEqualTo(Set.of(Role.PRODUCER, Role.PROCESSOR));
        assertThat(first.admin()).isFalse();
    }

    @Test
    void another_certificate_under_the_same_name_is_read_for_itself() {
        // Same organisation and subject, other roles: a reissued certificate must not inherit the old one's roles.
        final Caller producer = Caller.from(identityOf(TestIdentities.client("ProducerMSP", "bob", Role.PRODUCER)));
        final Caller regulator = Caller.from(identityOf(TestIdentities.client("ProducerMSP", "bob", Role.REGULATOR)));
        assertThat(producer.id()).isEqualTo(regulator.id());
        assertThat(producer.roles()).containsExactly(Role.PRODUCER);
        assertThat(regulator.roles()).containsExactly(Role.REGULATOR);

        final Caller admin = Caller.from(identityOf(TestIdentities.admin("ProducerMSP", "bob")));
        assertThat(admin.admin()).isTrue();
        assertThat(admin.roles()).isEmpty();
    }
}
