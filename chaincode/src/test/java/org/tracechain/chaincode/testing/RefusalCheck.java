// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hyperledger.fabric.shim.Chaincode;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.error.ErrorCode;

/** The one assertion of the hostile-input properties: refused with a vocabulary code, ledger unchanged. */
public final class RefusalCheck {

    private RefusalCheck() {}

    /** The wire codes a chaincode may answer with: the common ones and its domain's. */
    public static Set<String> vocabulary(final ErrorCode[] domain) {
        return Stream.concat(Arrays.stream(CommonError.values()), Arrays.stream(domain)).map(ErrorCode::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Sends {@code proposal} through {@code chaincode} (the gate and the real router) and asserts it is refused:
     * status 400, {@code [CODE] message} with the code as payload, a code from {@code vocabulary}, no exception,
     * and the whole ledger (world state, key-level policies, private data, events, committed transactions)
     * exactly as before.
     *
     * @return the code
     */
    public static String assertRefusedWithoutChange(final InMemoryLedger ledger, final Chaincode chaincode,
            final Proposal proposal, final Set<String> vocabulary) {
        final Map<String, Bytes> before = ledger.contents();
        final int events = ledger.events().size();
        final int committed = ledger.committedTransactions().size();
        final Chaincode.Response response;
        try {
            response = ledger.invoke(proposal.caller(), proposal.transientData(), chaincode, proposal.args());
        } catch (RuntimeException e) {
            throw new AssertionError("unexpected exception for " + proposal, e);
        }
        assertThat(response.getStatusCode()).as("status of %s: %s", proposal, response.getMessage()).isEqualTo(400);
        final String code = new String(response.getPayload(), StandardCharsets.UTF_8);
        assertThat(vocabulary).as("code of %s: %s", proposal, response.getMessage()).contains(code);
        if (proposal.expectedCode() != null) {
            assertThat(code).as("code of %s: %s", proposal, response.getMessage()).isEqualTo(proposal.expectedCode());
        }
        assertThat(response.getMessage()).as("message of %s", proposal).startsWith("[" + code + "] ");
        assertThat(ledger.contents()).as("ledger after %s", proposal).isEqualTo(before);
        assertThat(ledger.events()).hasSize(events);
        assertThat(ledger.committedTransactions()).hasSize(committed);
        return code;
    }
}
