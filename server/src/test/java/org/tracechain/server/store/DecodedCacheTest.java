// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecodedCacheTest {

    private final DecodedCache<EventVersion, String> cache = new DecodedCache<>(2);

    @Test
    void a_value_is_given_back_only_for_the_very_version_it_was_decoded_from() {
        cache.put("E1", new EventVersion("tx1", 100), "decoded from tx1");

        assertThat(cache.get("E1", new EventVersion("tx1", 100))).isEqualTo("decoded from tx1");
        assertThat(cache.get("E1", new EventVersion("tx2", 100))).isNull();
        assertThat(cache.get("E1", new EventVersion("tx1", 101))).isNull();
        assertThat(cache.get("E2", new EventVersion("tx1", 100))).isNull();
    }

    @Test
    void rows_that_name_no_transaction_are_never_cached() {
        final DecodedCache<LotVersion, String> lots = new DecodedCache<>(2);
        lots.put("L1", new LotVersion(null, 10, null, -1), "projected before V2");
        lots.put("L2", new LotVersion("tx1", 10, null, 20), "regulation without a transaction");

        assertThat(lots.get("L1", new LotVersion(null, 10, null, -1))).isNull();
        assertThat(lots.get("L2", new LotVersion("tx1", 10, null, 20))).isNull();
    }

    @Test
    void past_its_capacity_it_starts_over() {
        cache.put("E1", new EventVersion("tx1", 1), "one");
        cache.put("E2", new EventVersion("tx2", 2), "two");
        cache.put("E3", new EventVersion("tx3", 3), "three");

        assertThat(cache.get("E1", new EventVersion("tx1", 1))).isNull();
        assertThat(cache.get("E3", new EventVersion("tx3", 3))).isEqualTo("three");
    }
}
