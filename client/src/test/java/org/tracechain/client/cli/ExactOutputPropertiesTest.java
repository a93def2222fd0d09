// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.text.StrictText;

/** Any decimal and any text survive the CLI exactly: the chaincode's bytes with --json, the exact value in text. */
class ExactOutputPropertiesTest {

    private static CliRunner cli;

    private static CliRunner cli() {
        if (cli == null) {
            try {
                cli = new CliRunner(Files.createTempDirectory("tracechain-exact"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cli;
    }

    @AfterContainer
    static void stop() {
        if (cli != null) {
            cli.close();
        }
    }

    @Property(tries = 60)
    void any_decimal_and_text_comes_back_as_the_ledger_holds_it(@ForAll("decimals") final BigDecimal quantity,
            @ForAll("texts") final String name) {
        final byte[] ledger = LedgerJson.toBytes(ExactOutputTest.lot(quantity.toString(), name));
        cli().gateway.respond("GetLot", call -> ledger);

        assertThat(cli().run("--org", "regulator", "--user", "auditor", "food", "get-lot", "L1", "--json")).isZero();
        assertThat(cli().outBytes()).isEqualTo((new String(ledger, StandardCharsets.UTF_8) + "\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(cli().run("--org", "regulator", "--user", "auditor", "food", "get-lot", "L1", "--wide")).isZero();
        assertThat(cli().out()).contains("\nquantity          " + quantity.stripTrailingZeros().toPlainString() + "\n");
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Combinators.combine(
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40)),
                Arbitraries.integers().between(-40, 40))
                .as(BigDecimal::new);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u4e00', '\u9fff').ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("🍚", "👨‍👩‍👧", "e\u0301", "\u0000", "\u001b[2J", "\"\\", "café", "Ⅻ", "𠀋"),
                // Any text the ledger can hold: the codec refuses unpaired surrogates (they have no UTF-8 form).
                Arbitraries.strings().all().ofMaxLength(20)
                        .filter(text -> StrictText.unpairedSurrogate(text).isEmpty()));
    }
}
