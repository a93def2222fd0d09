// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.tracechain.client.testing.FakeGateway;

/** The server's log never holds a token, a query string or a refusal's argument values. */
class LogSecrecyTest {

    @TempDir
    Path home;
    TestServer server;
    final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void start() throws Exception {
        captured.start();
        root.addAppender(captured);
        server = TestServer.start(home, (TraceChainServer.RoutesFactory) ProbeRoutes::new);
    }

    @AfterEach
    void stop() {
        server.close();
        root.detachAppender(captured);
    }

    private List<String> lines() {
        return captured.list.stream().map(event -> event.getFormattedMessage()
                + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage())).toList();
    }

    @Test
    void tokens_query_strings_and_refused_values_stay_out_of_the_log() {
        final String token = server.token("farmer");
        server.gateway.respond("GetLot", call -> {
            throw FakeGateway.evaluateRefusal("[LOT_NOT_FOUND] lot SECRET-LOT-7 does not exist");
        });
        server.get("/probe/lots/L1?q=private-query-value", token);
        server.get("/probe/whoami", token + "tampered");
        server.get("/probe/whoami", token.substring(0, token.length() - 1) + "Q");
        server.get("/probe/whoami?access_token=" + token, null);
        server.get("/probe/boom", token);

        final List<String> lines = lines();
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("GET /probe/lots/L1 404"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("Refused GET /probe/lots/{lotId}: 404 "
                + "LOT_NOT_FOUND"));
        final String secret = token.substring(21);
        for (final String line : lines) {
            assertThat(line).doesNotContain(secret).doesNotContain("private-query-value")
                    .doesNotContain("SECRET-LOT-7");
        }
        // A genuine fault is logged once with its stack trace; refusals never are.
        assertThat(captured.list.stream().filter(e -> e.getThrowableProxy() != null)).hasSize(1);
    }
}
