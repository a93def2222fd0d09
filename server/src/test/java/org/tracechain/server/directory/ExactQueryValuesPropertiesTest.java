// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.model.json.LedgerJson;

/**
 * Whatever text a client sends as a search value reaches the chaincode exactly as sent (or the request is refused):
 * nothing trimmed, normalised, or turned into U+FFFD on the way through URL decoding.
 */
class ExactQueryValuesPropertiesTest {

    private static Path home;
    private static DirectoryServer server;

    @BeforeContainer
    static void start() throws Exception {
        home = Files.createTempDirectory("dir-exact-");
        server = new DirectoryServer(home);
    }

    @AfterContainer
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 150)
    void an_item_name_reaches_the_chaincode_exactly(@ForAll @StringLength(min = 1, max = 40) final String item)
            throws Exception {
        Assume.that(hasUtf8Form(item));
        final FakeGateway gateway = server.directory().user("civil-clerk").gateway();
        final int calls = gateway.calls().size();

        final HttpResponse<String> response = server.get("civil-clerk",
                "/entries?pageSize=5&item=" + URLEncoder.encode(item, StandardCharsets.UTF_8));

        if (item.codePoints().anyMatch(Character::isISOControl)) {
            // The API refuses control characters in any query value before the ledger is asked.
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(LedgerJson.readTree(response.body()).get("code").asText()).isEqualTo("INVALID_FIELD");
            assertThat(gateway.calls()).hasSize(calls);
            return;
        }
        assertThat(gateway.calls()).hasSize(calls + 1);
        final JsonNode query = LedgerJson.readTree(gateway.lastCall().arguments().get(0));
        assertThat(query.get("value").asText()).isEqualTo(item);
        assertThat(response.statusCode()).as(response.body()).isIn(200, 422);
    }

    private static boolean hasUtf8Form(final String text) {
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
