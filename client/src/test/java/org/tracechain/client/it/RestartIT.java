// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.TransactionResult;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.directory.RegisterDepartmentRequest;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.network.FabricNetwork;
import org.tracechain.network.NodeStatus;

/** {@code down} then {@code up} keeps the committed ledger. Runs last: it restarts every node. */
@ExtendWith(LiveNetworkExtension.class)
@Order(Integer.MAX_VALUE)
class RestartIT {

    @Test
    void committed_data_survives_down_and_up(final FabricNetwork network) throws Exception {
        final String lotId = Ids.unique("LOT");
        final String code = Ids.unique("DEPT");
        final TransactionResult lotTx;
        final TransactionResult deptTx;
        try (LedgerClient farmer = LiveNetworkExtension.connect(network.home(), "producer", "farmer", "producer");
                LedgerClient civil = LiveNetworkExtension.connect(network.home(), "civil", "cataloger", "civil")) {
            lotTx = NetworkFoundationIT.foodtrace(farmer).submit(FoodTransaction.REGISTER_LOT, LedgerJson.toJson(
                    new RegisterLotRequest(lotId, "06901234567892", "Flowering cabbage", new BigDecimal("42"), "kg")));
            deptTx = NetworkFoundationIT.govdir(civil).submit(DirectoryTransaction.REGISTER_DEPARTMENT,
                    LedgerJson.toJson(new RegisterDepartmentRequest(code, "Civil Affairs Archive", null)));
        }

        network.down();
        assertThat(network.status()).noneMatch(NodeStatus::running);
        network.up();

        assertThat(network.status()).allMatch(NodeStatus::healthy);
        try (LedgerClient regulator = LiveNetworkExtension.connect(network.home(), "regulator", "regulator", "regulator");
                LedgerClient security = LiveNetworkExtension.connect(network.home(), "security", "cataloger", "security")) {
            final Lot lot = NetworkFoundationIT.foodtrace(regulator).evaluateJson(FoodTransaction.GET_LOT, Lot.class, lotId);
            final Department department = NetworkFoundationIT.govdir(security)
                    .evaluateJson(DirectoryTransaction.GET_DEPARTMENT, Department.class, code);
            assertThat(lot.registrationTxId()).isEqualTo(lotTx.transactionId());
            assertThat(department.registrationTxId()).isEqualTo(deptTx.transactionId());
            // And the restarted network takes new transactions.
            try (LedgerClient farmer = LiveNetworkExtension.connect(network.home(), "producer", "farmer", "producer")) {
                assertThat(NetworkFoundationIT.foodtrace(farmer).submit(FoodTransaction.REGISTER_LOT, LedgerJson.toJson(
                        new RegisterLotRequest(Ids.unique("LOT"), "06901234567892", "Pak choi", BigDecimal.ONE, "kg")))
                        .validationCode()).isEqualTo("VALID");
            }
        }
    }
}
