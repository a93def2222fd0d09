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
import org.tracechain.model.food.PartyRequest;
import org.tracechain.model.food.PostalAddress;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.SiteRequest;
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
            .home(Path.of("target/example-network-" + System.currentTimeMillis()))
            .topology(TopologyLoader.defaultTopology().withBasePort(27500))
            .chaincodeDir(Path.of("../chaincode/target"))
            .build();

    @Test
    void a_producer_registers_a_lot() throws Exception {
        try (LedgerClient admin = LedgerClient.newBuilder().home(FABRIC.home())  // master data: a farm, the party
                .organization("producer").user("admin").connect()) {
            PostalAddress address = new PostalAddress("1 Farm Road", "Guangzhou", "Guangdong", "510000", "CN");
            FoodTrace.of(admin).registerSite(new SiteRequest("FARM-1", "Farm", "+86 20 1", address, null, null,
                    "+08:00", null));
            FoodTrace.of(admin).registerParty(new PartyRequest("Farm Co", "+86 20 1", address, null,
                    "91440101MA59ABCD0A", "FARM-1"));
        }
        try (LedgerClient farmer = LedgerClient.newBuilder().home(FABRIC.home())
                .organization("producer").user("farmer").connect()) {
            Committed<Lot> lot = FoodTrace.of(farmer).registerLot(new RegisterLotRequest(
                    "LOT-" + System.currentTimeMillis(), "SPINACH", "Water spinach", new BigDecimal("12.5"), "kg"));
            assertEquals("VALID", lot.transaction().validationCode());
            assertEquals(new BigDecimal("12.5"), lot.value().quantity());
        }
    }
}
// README example: end
