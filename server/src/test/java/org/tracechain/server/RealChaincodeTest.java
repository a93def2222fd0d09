// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.server.AuthenticationTest.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.model.identity.Role;
import org.tracechain.model.json.LedgerJson;

/** Requests through the server, the SDK and the fake gateway into the real foodtrace contract. */
class RealChaincodeTest {

    @TempDir
    Path home;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start(home, (TraceChainServer.RoutesFactory) ProbeRoutes::new);
        server.foodChaincode(Role.PRODUCER);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void an_authenticated_read_reaches_the_contract_and_its_refusal_keeps_its_code() {
        final String token = server.token("farmer");
        final HttpResponse<String> whoami = server.get("/probe/chaincode-whoami", token);
        assertThat(whoami.statusCode()).as(whoami.body()).isEqualTo(200);
        final JsonNode caller = LedgerJson.readTree(whoami.body());
        assertThat(caller.path("mspId").asText()).isEqualTo("ProducerMSP");
        assertThat(caller.toString()).contains("producer");

        final JsonNode refused = problem(server.get("/probe/lots/NO-SUCH-LOT", token), 404, "LOT_NOT_FOUND");
        assertThat(refused.path("detail").asText()).contains("NO-SUCH-LOT");
    }
}
