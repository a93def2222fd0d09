// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.testing.FoodMasterData;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.identity.Role;

class FoodTraceContractTest {

    private final InMemoryLedger ledger = new InMemoryLedger("foodtrace");
    private final FoodTraceContract contract = new FoodTraceContract();
    private final TestIdentity farmer = TestIdentities.client("FarmMSP", "farmer", Role.PRODUCER);
    private final TestIdentity clerk = TestIdentities.client("FarmMSP", "clerk");

    private static final String LOT_JSON = "{\"lotId\":\"L1\",\"productCode\":\"06901234567892\","
            + "\"gtin\":\"06901234567892\",\"productName\":\"Choy sum\",\"quantity\":120.50,\"unit\":\"kg\"}";

    @BeforeEach
    void seed() {
        FoodMasterData.seed(ledger, "FarmMSP");                                              // tx000001-2
    }

    @Test
    void stores_registered_lot_as_canonical_json() {
        ledger.submit(farmer, ctx -> contract.registerLot(ctx, LOT_JSON));

        assertThat(ledger.stateAsString("\u0000lot\u0000L1\u0000")).hasValue("{\"digitalLink\":"
                + "\"https://id.gs1.org/01/06901234567892/10/L1\",\"gtin\":\"06901234567892\",\"holderMspId\":\"FarmMSP\","
                + "\"lineageId\":\"L1\",\"lotId\":\"L1\",\"origin\":{\"event\":\"HARVESTING\",\"producer\":\"FarmMSP\",\"site\":\"S-FarmMSP\"},"
                + "\"parentLotIds\":[],\"productCode\":\"06901234567892\","
                + "\"productName\":\"Choy sum\",\"quantity\":120.5,\"registeredAt\":\"2026-01-01T00:00:03Z\","
                + "\"registeredBy\":\"x509::CN=farmer, OU=client, O=FarmMSP::CN=ca.farmmsp, O=FarmMSP\","
                + "\"registrationTxId\":\"tx000003\",\"status\":\"ACTIVE\",\"traceCode\":\"TCEK3PERVSPDOL3X7KIZ7T\",\"unit\":\"kg\","
                + "\"updatedAt\":\"2026-01-01T00:00:03Z\",\"updatedTxId\":\"tx000003\"}");
    }

    @Test
    void refuses_lot_registration_without_producer_role_and_leaves_ledger_unchanged() {
        final var before = ledger.snapshot();

        assertThatThrownBy(() -> ledger.submit(clerk, ctx -> contract.registerLot(ctx, LOT_JSON)))
                .isInstanceOfSatisfying(ChaincodeException.class,
                        e -> assertThat(Refusal.codeOf(e)).isEqualTo("ACCESS_DENIED"));
        assertThat(ledger.snapshot()).isEqualTo(before);
    }

    @Test
    void refuses_duplicate_lot() {
        ledger.submit(farmer, ctx -> contract.registerLot(ctx, LOT_JSON));

        assertThatThrownBy(() -> ledger.submit(farmer, ctx -> contract.registerLot(ctx, LOT_JSON)))
                .isInstanceOfSatisfying(ChaincodeException.class,
                        e -> assertThat(e.getMessage()).startsWith("[LOT_ALREADY_EXISTS] lot L1"));
    }

    @Test
    void refuses_malformed_json() {
        assertThatThrownBy(() -> ledger.submit(farmer, ctx -> contract.registerLot(ctx, "{\"lotId\":\"L1\",\"bogus\":1}")))
                .isInstanceOfSatisfying(ChaincodeException.class,
                        e -> assertThat(Refusal.codeOf(e)).isEqualTo("MALFORMED_JSON"));
    }

    @Test
    void who_am_i_reports_msp_and_role_attribute() {
        assertThat(ledger.evaluate(farmer, contract::whoAmI)).isEqualTo(
                "{\"mspId\":\"FarmMSP\",\"roles\":[\"producer\"],\"subject\":\"CN=farmer,OU=client,O=FarmMSP\"}");
    }
}
