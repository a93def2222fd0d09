// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tracechain.client.cli.TextTable;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.model.error.ErrorMessage;

class InputProperties {

    @Property
    void error_message_parsing_never_throws(@ForAll final String text) {
        ErrorMessage.parse(text);
        LedgerErrors.parse(List.of(FakeGateway.detail("A", "a", text)), text);
        LedgerErrors.refusalReason(List.of(FakeGateway.detail("A", "a", text)), text);
        LedgerErrors.refusalReason(List.of(), text);
    }

    @Property
    void parsed_code_is_always_an_upper_case_wire_code(@ForAll final String prefix, @ForAll final String suffix) {
        ErrorMessage.parse(prefix + "[LOT_NOT_FOUND] " + suffix).ifPresent(parsed ->
                org.assertj.core.api.Assertions.assertThat(parsed.code()).matches("[A-Z][A-Z0-9_]+"));
    }

    @Property
    void display_width_never_throws_and_is_at_least_zero(@ForAll final String text) {
        org.assertj.core.api.Assertions.assertThat(TextTable.displayWidth(text)).isNotNegative();
    }

    @Property
    void builders_reject_blank_names(@ForAll("blank") final String blank) {
        final LedgerClient.Builder client = LedgerClient.newBuilder();
        assertThatThrownBy(() -> client.organization(blank)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("organization must not be blank");
        assertThatThrownBy(() -> client.user(blank)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("user must not be blank");
        final GatewayProfile.Builder profile = GatewayProfile.newBuilder();
        assertThatThrownBy(() -> profile.mspId(blank)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> profile.peerEndpoint(blank)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> profile.channels(blank)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Wallet.open(Path.of("/nowhere")).identity(blank, "u"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void builders_reject_names_that_are_not_plain_path_components(@ForAll("pathTricks") final String name) {
        assertThatThrownBy(() -> LedgerClient.newBuilder().organization(name)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TraceChainHome.gatewayProfile(Path.of("/h"), name)).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<String> blank() {
        return Arbitraries.strings().withChars(' ', '\t', '\n', '\r', '\u2003', '\u3000').ofMinLength(0).ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> pathTricks() {
        return Arbitraries.oneOf(
                Arbitraries.of(".", "..", "../producer", "a/b", "a\\b", "/etc", "x y", "ünïcode"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5).map(s -> s + "/" + s));
    }
}
