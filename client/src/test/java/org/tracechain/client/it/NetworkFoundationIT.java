// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerContract;
import org.tracechain.client.LedgerException;
import org.tracechain.client.TransactionRefusedException;
import org.tracechain.client.TransactionResult;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.directory.RegisterDepartmentRequest;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.identity.CallerInfo;
import org.tracechain.model.json.LedgerJson;

/**
 * The foundation on a live network: transactions endorsed across organisations on both channels, role
 * attributes reaching the chaincode, and channel membership enforced by the peers.
 */
@ExtendWith(LiveNetworkExtension.class)
@Order(1)
class NetworkFoundationIT {

    @Test
    void lot_submitted_by_a_producer_is_read_by_the_distributor_and_the_regulator(
            @Identity(org = "producer", user = "farmer") final LedgerClient farmer,
            @Identity(org = "distributor", user = "carrier") final LedgerClient carrier,
            @Identity(org = "regulator", user = "regulator") final LedgerClient regulator) throws Exception {
        final String lotId = Ids.unique("LOT");
        final RegisterLotRequest request =
                new RegisterLotRequest(lotId, "06901234567892", "Choy sum", new BigDecimal("120.5"), "kg");

        final TransactionResult result = foodtrace(farmer).submit(FoodTransaction.REGISTER_LOT, LedgerJson.toJson(request));

        assertThat(result.transactionId()).isNotBlank();
        assertThat(result.blockNumber()).isPositive();
        assertThat(result.validationCode()).isEqualTo("VALID");
        final Lot seenByCarrier = foodtrace(carrier).evaluateJson(FoodTransaction.GET_LOT, Lot.class, lotId);
        final Lot seenByRegulator = foodtrace(regulator).evaluateJson(FoodTransaction.GET_LOT, Lot.class, lotId);
        assertThat(seenByCarrier.holderMspId()).isEqualTo("ProducerMSP");
        assertThat(seenByCarrier.registrationTxId()).isEqualTo(result.transactionId());
        assertThat(seenByCarrier.quantity()).isEqualByComparingTo("120.5");
        assertThat(seenByRegulator).isEqualTo(seenByCarrier);
    }

    @Test
    void a_client_waits_for_its_own_peer_to_commit_another_organisations_block(
            @Identity(org = "producer", user = "farmer") final LedgerClient farmer,
            @Identity(org = "regulator", user = "regulator") final LedgerClient regulator) throws Exception {
        final TransactionResult written = foodtrace(farmer).submit(FoodTransaction.REGISTER_LOT, LedgerJson.toJson(
                new RegisterLotRequest(Ids.unique("LOT"), "06901234567892", "Choy sum", BigDecimal.ONE, "kg")));

        regulator.awaitBlock("foodtrace", written.blockNumber(), java.time.Duration.ofSeconds(30));

        assertThatThrownBy(() -> regulator.awaitBlock("foodtrace", written.blockNumber() + 1_000_000,
                java.time.Duration.ofMillis(500)))
                .isInstanceOfSatisfying(org.tracechain.client.LedgerUnavailableException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(io.grpc.Status.Code.DEADLINE_EXCEEDED);
                    assertThat(e).hasMessageContaining("was not committed on regulator's peer within 500 ms");
                });
    }

    @Test
    void department_registered_by_civil_affairs_is_read_by_public_security(
            @Identity(org = "civil", user = "cataloger") final LedgerClient civil,
            @Identity(org = "security", user = "cataloger") final LedgerClient security) throws Exception {
        final String code = Ids.unique("DEPT");

        final TransactionResult result = govdir(civil).submit(DirectoryTransaction.REGISTER_DEPARTMENT,
                LedgerJson.toJson(new RegisterDepartmentRequest(code, "Civil Affairs Bureau", null)));

        final Department department = govdir(security).evaluateJson(DirectoryTransaction.GET_DEPARTMENT,
                Department.class, code);
        assertThat(department.mspId()).isEqualTo("CivilAffairsMSP");
        assertThat(department.registrationTxId()).isEqualTo(result.transactionId());
    }

    @Test
    void role_attributes_of_the_certificate_reach_the_chaincode(
            @Identity(org = "producer", user = "farmer") final LedgerClient farmer,
            @Identity(org = "producer", user = "user1") final LedgerClient plain,
            @Identity(org = "regulator", user = "cataloger") final LedgerClient cataloger) throws Exception {
        final CallerInfo farmerInfo = foodtrace(farmer).evaluateJson(FoodTransaction.WHO_AM_I, CallerInfo.class);
        final CallerInfo plainInfo = foodtrace(plain).evaluateJson(FoodTransaction.WHO_AM_I, CallerInfo.class);
        final CallerInfo catalogerInfo = govdir(cataloger).evaluateJson(DirectoryTransaction.WHO_AM_I, CallerInfo.class);

        assertThat(farmerInfo.mspId()).isEqualTo("ProducerMSP");
        assertThat(farmerInfo.roles()).containsExactly("producer");
        assertThat(farmerInfo.subject()).contains("CN=farmer@producer.tracechain.test");
        assertThat(plainInfo.roles()).isEmpty();
        assertThat(catalogerInfo.roles()).containsExactly("catalog-admin");
    }

    @Test
    void role_checks_refuse_with_the_error_code_and_transaction_id(
            @Identity(org = "producer", user = "user1") final LedgerClient plain,
            @Identity(org = "producer", user = "farmer") final LedgerClient farmer) throws Exception {
        final String lotId = Ids.unique("LOT");
        final String json = LedgerJson.toJson(new RegisterLotRequest(lotId, "06901234567892", "Choy sum",
                BigDecimal.TEN, "kg"));

        assertThatThrownBy(() -> foodtrace(plain).submit(FoodTransaction.REGISTER_LOT, json))
                .isInstanceOfSatisfying(TransactionRefusedException.class, e -> {
                    assertThat(e.code()).hasValue(CommonError.ACCESS_DENIED.name());
                    assertThat(e.transactionId()).isPresent();
                    assertThat(e.chaincodeMessage()).contains("producer");
                });
        assertThatThrownBy(() -> foodtrace(farmer).evaluate(FoodTransaction.GET_LOT, lotId))
                .isInstanceOfSatisfying(TransactionRefusedException.class,
                        e -> assertThat(e.code()).hasValue(FoodError.LOT_NOT_FOUND.name()));
    }

    @Test
    void an_organisation_outside_the_channel_can_neither_read_nor_write_it(
            @Identity(org = "producer", user = "farmer") final LedgerClient farmer,
            @Identity(org = "civil", user = "cataloger") final LedgerClient civilOwnPeer,
            @Identity(org = "civil", user = "cataloger", via = "producer") final LedgerClient civilViaMember)
            throws Exception {
        final String lotId = Ids.unique("LOT");
        foodtrace(farmer).submit(FoodTransaction.REGISTER_LOT, LedgerJson.toJson(
                new RegisterLotRequest(lotId, "06901234567892", "Choy sum", BigDecimal.ONE, "kg")));
        final String intruderLot = LedgerJson.toJson(
                new RegisterLotRequest(Ids.unique("LOT"), "06901234567892", "Fake", BigDecimal.ONE, "kg"));

        // Its own peer has not joined foodtrace; a member's peer refuses an identity of a non-member MSP.
        assertThatThrownBy(() -> foodtrace(civilOwnPeer).evaluate(FoodTransaction.GET_LOT, lotId))
                .isInstanceOf(LedgerException.class);
        assertThatThrownBy(() -> foodtrace(civilViaMember).evaluate(FoodTransaction.GET_LOT, lotId))
                .isInstanceOf(LedgerException.class);
        assertThatThrownBy(() -> foodtrace(civilViaMember).submit(FoodTransaction.REGISTER_LOT, intruderLot))
                .isInstanceOf(LedgerException.class);
        // The producer is not on govdir: the chaincode never runs, so no domain code comes back.
        assertThatThrownBy(() -> govdir(farmer).evaluate(DirectoryTransaction.GET_DEPARTMENT, "ANY"))
                .isInstanceOfSatisfying(LedgerException.class,
                        e -> assertThat(e.code()).isNotEqualTo(java.util.Optional.of(DirectoryError.DEPARTMENT_NOT_FOUND.name())));
    }

    static LedgerContract foodtrace(final LedgerClient client) {
        return client.contract(FoodTransaction.CHAINCODE, FoodTransaction.CHAINCODE);
    }

    static LedgerContract govdir(final LedgerClient client) {
        return client.contract(DirectoryTransaction.CHAINCODE, DirectoryTransaction.CHAINCODE);
    }
}
