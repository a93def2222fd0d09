// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tracechain.model.directory.CreateEntryRequest;
import org.tracechain.model.directory.DataItem;

class BeijingCatalogTest {

    private final BeijingCatalog catalog = new BeijingCatalog(5_000, 3);

    @Test
    void five_thousand_entries_hold_fifty_thousand_items_over_53_departments() {
        final Set<String> codes = new HashSet<>();
        final Map<String, Integer> perDepartment = new HashMap<>();
        final Map<String, Integer> perItem = new HashMap<>();
        int items = 0;
        for (int e = 0; e < catalog.entries(); e++) {
            final CreateEntryRequest entry = catalog.entry(e);
            assertThat(codes.add(entry.code())).as("entry code %s is unique", entry.code()).isTrue();
            perDepartment.merge(entry.departmentCode(), 1, Integer::sum);
            assertThat(entry.metadata().dutyIds()).containsExactly(entry.departmentCode() + "-DUTY");
            // Item names are unique within an entry, as the chaincode requires.
            assertThat(entry.metadata().items()).extracting(DataItem::name).doesNotHaveDuplicates();
            for (final DataItem item : entry.metadata().items()) {
                perItem.merge(item.name(), 1, Integer::sum);
                items++;
            }
        }
        assertThat(items).isEqualTo(50_000).isEqualTo(catalog.items());
        assertThat(perDepartment).hasSize(BeijingCatalog.DEPARTMENTS);
        assertThat(perDepartment.values()).allSatisfy(n -> assertThat(n).isBetween(94, 95));
        // A common item recurs in 3 of every 20 entries; the searched one-entry item is in one.
        assertThat(perItem.get(BeijingCatalog.commonItem(0))).isEqualTo(750);
        assertThat(perItem.get(BeijingCatalog.entryCode(2_500) + "-数据项9")).isEqualTo(1);
    }

    @Test
    void departments_are_spread_over_the_organisations_and_registered_with_their_duty() {
        assertThat(IntStream.range(0, BeijingCatalog.DEPARTMENTS).map(catalog::organizationOf).distinct().sorted()
                .toArray()).containsExactly(0, 1, 2);
        assertThat(catalog.department(0).code()).isEqualTo("BJ-001");
        assertThat(catalog.department(52).code()).isEqualTo("BJ-053");
        assertThat(catalog.duty(52).departmentCode()).isEqualTo("BJ-053");
        assertThat(catalog.entry(52).departmentCode()).isEqualTo("BJ-053");
        assertThat(catalog.entry(53).departmentCode()).isEqualTo("BJ-001");
    }
}
