// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.tracechain.client.Committed;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.containers.FabricContainerNetwork;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.network.topology.TopologyLoader;

/**
 * The README's JUnit example for Docker users, as it is printed there (between the markers): a network of its own in
 * containers, started and removed by Testcontainers' JUnit extension, and a lot submitted through the SDK. Runs in
 * the containers profile only.
 */
@Tag("containers-only")
// README example: begin
@Testcontainers
class ContainerNetworkExampleIT {

    @Container
    static final FabricContainerNetwork FABRIC = FabricContainerNetwork.builder()
            .home(Path.of("target/example-network"))
            .topology(TopologyLoader.defaultTopology().withBasePort(27500))
            .chaincodeDir(Path.of("../chaincode/target"))
            .build();

    @Test
    void a_producer_registers_a_lot() throws Exception {
        try (LedgerClient farmer = LedgerClient.newBuilder().home(FABRIC.home())
                .organization("producer").user("farmer").connect()) {
            Committed<Lot> lot = FoodTrace.of(farmer).registerLot(new RegisterLotRequest(
                    "LOT-" + System.currentTimeMillis(), "SPINACH", "Water spinach", new BigDecimal("12.50"), "kg"));
            assertEquals("VALID", lot.transaction().validationCode());
            assertEquals(new BigDecimal("12.50"), lot.value().quantity());
        }
    }
}
// README example: end
