// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.client.testing.ConnectedFakeGateway;
import org.tracechain.client.testing.TestLots;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.json.LedgerJson;

/** The SDK hands back what the peers returned: the same bytes, and decimals decoded without loss. */
class ExactResultsTest {

    private static final String HUGE = "123456789012345678.123456";
    private static final String NAME = "有机大米 🍚 café";

    @RegisterExtension
    final ConnectedFakeGateway connected =
            ConnectedFakeGateway.as("producer", "farmer", "ProducerMSP", "producer");

    private static Lot lot(final String quantity) {
        return TestLots.registered("L1", "06901234567892", NAME, new BigDecimal(quantity), "kg", "ProducerMSP",
                "x509::CN=farmer", Instant.parse("2026-01-05T01:00:00Z"), "tx-1");
    }

    @Test
    void evaluate_returns_the_peers_bytes_unchanged() throws Exception {
        final byte[] payload = "{\"z\":1.50,\"a\":\"\\u6709\",\"b\":\"有机 🍚\",\"n\":-0.0,\"e\":1e-7}"
                .getBytes(StandardCharsets.UTF_8);
        connected.gateway().respond("GetLot", call -> payload);

        assertThat(connected.client().contract("foodtrace", "foodtrace").evaluate("GetLot", "L1")).isEqualTo(payload);
    }

    @Test
    void decoded_decimals_keep_every_digit() throws Exception {
        for (final String quantity : new String[] {HUGE, "0.000001", "1E-30", "1E+40",
                "3.14159265358979323846264338327950288419716939937510582097494459"}) {
            connected.gateway().respond("GetLot", call -> LedgerJson.toBytes(lot(quantity)));

            final Lot read = connected.client().contract("foodtrace", "foodtrace").evaluateJson("GetLot", Lot.class, "L1");

            assertThat(read.quantity()).isEqualByComparingTo(quantity);
            assertThat(read.quantity().stripTrailingZeros()).isEqualTo(new BigDecimal(quantity).stripTrailingZeros());
            assertThat(read.productName()).isEqualTo(NAME);
        }
    }

    @Test
    void a_committed_write_carries_the_exact_payload_and_its_validation_code() throws Exception {
        final byte[] payload = LedgerJson.toBytes(lot(HUGE));
        connected.gateway().respond("RegisterLot", call -> payload);

        final Committed<Lot> committed = FoodTrace.of(connected.client()).registerLot(new RegisterLotRequest("L1",
                "06901234567892", NAME, new BigDecimal(HUGE), "kg"));

        assertThat(committed.payload()).isEqualTo(payload);
        assertThat(committed.transaction().payloadText()).isEqualTo(new String(payload, StandardCharsets.UTF_8));
        assertThat(committed.validationCode()).isEqualTo("VALID");
        assertThat(committed.blockNumber()).isEqualTo(5);
        assertThat(committed.transactionId()).isEqualTo(connected.gateway().lastCall().transactionId());
        assertThat(committed.value().quantity()).isEqualTo(new BigDecimal(HUGE));
        assertThat(connected.gateway().lastCall().arguments().get(0)).contains("\"quantity\":" + HUGE + ",");
    }
}
