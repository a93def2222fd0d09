// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.LotStatus;
import org.tracechain.model.food.OriginEvent;
import org.tracechain.model.food.TraceResult;

/**
 * The one-pass writer of model records gives the bytes the sorted-tree step gives (what the ledger has always held):
 * decimals of every scale and sign, text of every kind, absent and empty values, nested records and lists.
 */
class CanonicalEncodingPropertiesTest {

    @Property
    void a_decimal_is_written_as_the_tree_writes_it(@ForAll("decimals") final BigDecimal quantity,
            @ForAll final String lotId) throws Exception {
        final LotQuantity value = new LotQuantity(lotId, quantity, null);
        assertThat(LedgerJson.toJson(value)).isEqualTo(LedgerJson.toJsonThroughTree(value));
    }

    @Property(tries = 300)
    void a_trace_answer_is_written_as_the_tree_writes_it(@ForAll("lots") final List<Lot> lots,
            @ForAll final boolean truncated) throws Exception {
        final TraceResult value = new TraceResult("FORWARD", List.of("L"), lots,
                lots.stream().map(l -> new TraceResult.Edge("L", l.lotId())).toList(), List.of(), List.of(),
                truncated, List.of(), List.of(), List.of());
        assertThat(LedgerJson.toJson(value)).isEqualTo(LedgerJson.toJsonThroughTree(value));
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        final Arbitrary<BigDecimal> scaled = Combinators.combine(Arbitraries.bigIntegers().between(
                new java.math.BigInteger("-1" + "0".repeat(40)), new java.math.BigInteger("1" + "0".repeat(40))),
                Arbitraries.integers().between(-30, 60)).as(BigDecimal::new);
        return Arbitraries.oneOf(scaled, Arbitraries.of(new BigDecimal("0.000"), new BigDecimal("0E+5"),
                new BigDecimal("-0.10"), new BigDecimal("1E+3"), new BigDecimal("120.50"), BigDecimal.ZERO,
                new BigDecimal("123456789012345678.123456000")));
    }

    @Provide
    Arbitrary<List<Lot>> lots() {
        final Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(12);
        final Arbitrary<String> optional = text.injectNull(0.3);
        final Arbitrary<LotOrigin> origin = Combinators.combine(text, optional, optional,
                Arbitraries.of(LocalDate.parse("2026-01-05")).injectNull(0.5),
                Arbitraries.of(OriginEvent.class).injectNull(0.5)).as((producer, site, region, on, event) ->
                        new LotOrigin(producer, site, region, on, event, null, null, null, null));
        final Arbitrary<Lot> lot = Combinators.combine(text, optional, decimals(), origin.injectNull(0.3),
                Arbitraries.of(LotStatus.class), text.list().ofMaxSize(3), Arbitraries.integers().injectNull(0.5))
                .as((id, name, quantity, from, status, parents, serials) -> new Lot(id, "TC", null, "P", null, name,
                        null, quantity, "kg", from, "Msp", status, null, null, parents, id, null, serials, null, null,
                        null, "x509::CN=a", Instant.parse("2026-01-05T01:00:00.123Z"), "tx", Instant.EPOCH, "tx"));
        return lot.list().ofMaxSize(4);
    }
}
