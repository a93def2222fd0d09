// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerException;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.network.FabricNetwork;
import org.tracechain.network.NetworkUsers;

/**
 * A user added while the network runs signs with the role its certificate carries; once revoked, every peer
 * refuses it on every channel of its organisation, while the organisation's other users go on working.
 */
@Tag("faults")
@ExtendWith(LiveNetworkExtension.class)
@Order(35)
class UserLifecycleIT {

    private static final Duration CONFIG_REACHES_EVERY_PEER = Duration.ofSeconds(60);

    @Test
    void an_added_user_works_until_revoked_and_is_refused_everywhere_afterwards(final FabricNetwork network,
            @Identity(org = "producer", user = "farmer") final LedgerClient farmer,
            @Identity(org = "regulator", user = "inspector") final LedgerClient inspector) throws Exception {
        final String user = "picker";
        network.users().add("producer", user, List.of("producer"));
        assertThat(network.users().list("producer")).anySatisfy(u -> {
            assertThat(u.name()).isEqualTo(user);
            assertThat(u.added()).isTrue();
            assertThat(u.revoked()).isFalse();
        });

        final String before = Ids.unique("PICKED");
        try (LedgerClient picker = LiveNetworkExtension.connect(network.home(), "producer", user, "producer")) {
            register(picker, before);
            await().atMost(CONFIG_REACHES_EVERY_PEER).ignoreExceptions()
                    .until(() -> read(inspector, before).contains(before));

            final NetworkUsers.Revoked revoked = network.users().revoke("producer", user);
            assertThat(revoked.channels()).contains("foodtrace");

            // The CRL arrives with a config block; every peer of every organisation must then refuse the user.
            final String after = Ids.unique("AFTER-REVOCATION");
            await().atMost(CONFIG_REACHES_EVERY_PEER).ignoreExceptions().untilAsserted(() ->
                    assertThatThrownBy(() -> register(picker, after)).isInstanceOf(LedgerException.class)
                            .extracting(e -> ((LedgerException) e).code().orElse(""))
                            .isEqualTo(CommonError.UNKNOWN_IDENTITY.name()));
            assertThatThrownBy(() -> read(picker, before)).isInstanceOf(LedgerException.class);
            assertThat(read(inspector, after)).doesNotContain(after);
        }
        assertThat(network.users().list("producer")).filteredOn(u -> u.name().equals(user))
                .singleElement().satisfies(u -> assertThat(u.revoked()).isTrue());

        final String colleague = Ids.unique("STILL-FARMING");
        register(farmer, colleague);
        await().atMost(CONFIG_REACHES_EVERY_PEER).ignoreExceptions()
                .until(() -> read(inspector, colleague).contains(colleague));
    }

    private static void register(final LedgerClient client, final String lot) throws Exception {
        client.contract("foodtrace", "foodtrace").submit(FoodTransaction.REGISTER_LOT, LedgerJson.toJson(
                new RegisterLotRequest(lot, "06901234567892", "Choy sum", BigDecimal.ONE, "kg")));
    }

    private static String read(final LedgerClient client, final String lot) throws Exception {
        try {
            return new String(client.contract("foodtrace", "foodtrace").evaluate(FoodTransaction.GET_LOT, lot),
                    StandardCharsets.UTF_8);
        } catch (LedgerException e) {
            if (e.code().filter(FoodError.LOT_NOT_FOUND.name()::equals).isPresent()) {
                return "";
            }
            throw e;
        }
    }
}
