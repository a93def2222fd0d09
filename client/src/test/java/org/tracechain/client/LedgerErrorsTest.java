// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.client.testing.FakeGateway.detail;

import java.util.List;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.junit.jupiter.api.Test;
import org.tracechain.model.error.ErrorMessage;

/** Parsing of real-looking peer messages. */
class LedgerErrorsTest {

    @Test
    void code_is_found_in_a_peer_wrapped_chaincode_message() {
        assertThat(LedgerErrors.parse(List.of(detail("ProducerMSP", "peer0:7051",
                "chaincode response 500, [LOT_NOT_FOUND] lot L1 does not exist")), ""))
                .contains(new ErrorMessage("LOT_NOT_FOUND", "lot L1 does not exist"));
    }

    @Test
    void a_refusal_answered_with_status_400_parses_the_same_way() {
        assertThat(LedgerErrors.parse(List.of(detail("ProducerMSP", "peer0:7051",
                "chaincode response 400, [UNKNOWN_ORGANIZATION] toMspId GhostMSP is not a member of this channel")), ""))
                .contains(new ErrorMessage("UNKNOWN_ORGANIZATION", "toMspId GhostMSP is not a member of this channel"));
        assertThat(LedgerErrors.refusalReason(List.of(detail("A", "a", "chaincode response 400, [WRONG_ARGUMENTS] x")),
                "")).isEqualTo("[WRONG_ARGUMENTS] x");
    }

    @Test
    void code_is_found_in_the_status_description_when_there_are_no_details() {
        assertThat(LedgerErrors.parse(List.of(),
                "evaluate call to endorser returned error: chaincode response 500, [ACCESS_DENIED] needs the producer role"))
                .contains(new ErrorMessage("ACCESS_DENIED", "needs the producer role"));
    }

    @Test
    void details_win_over_the_description() {
        assertThat(LedgerErrors.parse(List.of(detail("A", "a", "chaincode response 500, [FIRST] one")),
                "[SECOND] two")).contains(new ErrorMessage("FIRST", "one"));
    }

    @Test
    void messages_without_code_parse_to_nothing() {
        assertThat(LedgerErrors.parse(List.of(detail("A", "a", "chaincode response 500, plain failure")),
                "failed to endorse transaction, see attached details for more info")).isEmpty();
        assertThat(LedgerErrors.parse(List.of(), "[lowercase] not a code")).isEmpty();
    }

    @Test
    void multi_line_chaincode_messages_are_kept_whole() {
        assertThat(LedgerErrors.parse(List.of(detail("A", "a", "chaincode response 500, [INVALID_FIELD] quantity\nmust be positive")), ""))
                .contains(new ErrorMessage("INVALID_FIELD", "quantity\nmust be positive"));
    }

    @Test
    void refusal_reason_strips_the_peer_wrapping() {
        final List<ErrorDetail> details = List.of(detail("A", "a", "chaincode response 500, Undefined contract method called"));

        assertThat(LedgerErrors.refusalReason(details, "failed to endorse")).isEqualTo("Undefined contract method called");
        assertThat(LedgerErrors.refusalReason(List.of(), "evaluate call to endorser returned error: chaincode response 400, bad"))
                .isEqualTo("bad");
        assertThat(LedgerErrors.refusalReason(List.of(), "failed to collect enough transaction endorsements"))
                .isEqualTo("failed to collect enough transaction endorsements");
    }
}
