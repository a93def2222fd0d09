// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.server.it.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracechain.model.json.LedgerJson;

/**
 * Every endpoint of the merged {@code /openapi.json} × every caller of every organisation's server (each wallet
 * user's token, no token, a revoked token) → the status and code the {@link #TABLE} expects. An endpoint the
 * running server documents without a row in the table fails the test, and so does a row without an endpoint.
 * Callers expected to succeed act on fresh resources made for their row, so a successful write never changes
 * what a later row sees; callers expected to be refused act on the shared fixture.
 */
@ExtendWith(LiveServersExtension.class)
class RoleMatrixIT {

    /**
     * endpoint | channel | what everyone gets | exceptions (who=expected, the first that matches wins; who is
     * {@code org/user}, {@code org/*} or {@code role:<topology role>}).
     * Implied for every row whose channel is not {@code public}: no token and a revoked token get
     * {@code 401 UNAUTHENTICATED}; the users of an organisation outside the row's channel (foodtrace: producer,
     * distributor, regulator; govdir: regulator, civil, security) get {@code 403 NOT_A_CHANNEL_MEMBER}, the
     * store-backed searches included (there is nothing of that channel in their store to answer with).
     * The list queries name civil affairs' (the requester's) department: security sees its own side only.
     */
    static final String TABLE = """
        GET  /health                                   | public    | 200 |
        GET  /openapi.json                             | public    | 200 |
        GET  /docs                                     | public    | 200 |
        GET  /docs/{asset}                             | public    | 200 |
        GET  /console                                  | public    | 200 |
        GET  /console/{asset}                          | public    | 200 |
        GET  /console/lib/{asset}                      | public    | 200 |
        GET  /me                                       | any       | 200 |
        GET  /metrics                                  | any       | 200 |
        GET  /transactions/{txId}                      | any       | 200 |
        GET  /transactions                             | foodtrace | 200 |
        GET  /chain/heights                            | any       | 200 |
        GET  /network/nodes                            | any       | 200 |
        POST /capture                                  | foodtrace | 403 ACCESS_DENIED | role:producer=202
        GET  /capture/{captureID}                      | foodtrace | 200 |
        GET  /events                                   | foodtrace | 200 |
        GET  /events/{eventID}                         | foodtrace | 200 |
        GET  /epcs/{epc}/events                        | foodtrace | 200 |
        GET  /lots                                     | foodtrace | 200 |
        POST /lots                                     | foodtrace | 403 ACCESS_DENIED | role:producer=201
        GET  /lots/{lotId}                             | foodtrace | 200 |
        POST /lots/{lotId}/ship                        | foodtrace | 403 ACCESS_DENIED | producer/farmer=200, producer/processor=200, distributor/carrier=403 NOT_HOLDER, distributor/retailer=403 NOT_HOLDER
        POST /lots/{lotId}/receive                     | foodtrace | 403 ACCESS_DENIED | distributor/carrier=200, distributor/retailer=200, producer/farmer=403 NOT_RECEIVER, producer/processor=403 NOT_RECEIVER
        GET  /lots/{lotId}/trace                       | foodtrace | 200 |
        GET  /lots/{lotId}/trace/levels                | foodtrace | 200 |
        GET  /lots/{lotId}/fsma                        | foodtrace | 200 |
        POST /lots/{lotId}/inspect                     | foodtrace | 403 ACCESS_DENIED | role:inspector=200
        POST /lots/{lotId}/sell                        | foodtrace | 403 ACCESS_DENIED | distributor/retailer=200
        POST /transformations                          | foodtrace | 403 ACCESS_DENIED | producer/processor=200
        POST /cold-chain-readings                      | foodtrace | 403 ACCESS_DENIED | distributor/carrier=200
        POST /documents                                | foodtrace | 403 ACCESS_DENIED | role:producer=200, role:processor=200, role:inspector=200, role:logistics=200, role:retailer=200, role:regulator=200
        GET  /documents/{hash}                         | foodtrace | 200 |
        POST /lots/{lotId}/recall                      | foodtrace | 403 ACCESS_DENIED | regulator/regulator=201
        GET  /recalls/{recallId}                       | foodtrace | 200 |
        GET  /recalls/{recallId}/updates               | foodtrace | 200 |
        POST /recalls/{recallId}/continue              | foodtrace | 403 ACCESS_DENIED | regulator/regulator=409 RECALL_COMPLETE
        POST /recalls/{recallId}/acknowledgements      | foodtrace | 403 NOT_A_RECALL_HOLDER | producer/*=201
        POST /departments                              | govdir    | 403 ACCESS_DENIED | role:catalog-admin=201
        GET  /departments/{code}                       | govdir    | 200 |
        GET  /departments/{code}/duties                | govdir    | 200 |
        POST /departments/{code}/duties                | govdir    | 403 ACCESS_DENIED | security/cataloger=201
        GET  /duties/{dutyId}                          | govdir    | 200 |
        PUT  /duties/{dutyId}                          | govdir    | 403 ACCESS_DENIED | security/cataloger=200
        POST /entries                                  | govdir    | 403 ACCESS_DENIED | security/cataloger=201
        GET  /entries                                  | govdir    | 200 |
        GET  /entries/{code}                           | govdir    | 200 |
        GET  /entries/{code}/versions                  | govdir    | 200 |
        GET  /entries/{code}/versions/{version}        | govdir    | 200 |
        GET  /entries/{code}/items                     | govdir    | 200 |
        POST /entries/{code}/revisions                 | govdir    | 403 ACCESS_DENIED | security/cataloger=201
        POST /entries/{code}/publication               | govdir    | 403 ACCESS_DENIED | security/cataloger=201
        POST /entries/{code}/retirement                | govdir    | 403 ACCESS_DENIED | security/cataloger=201
        POST /sharing-requests                         | govdir    | 403 ACCESS_DENIED | civil/cataloger=201, civil/requester=201
        GET  /sharing-requests                         | govdir    | 200 | security/*=403 ACCESS_DENIED
        GET  /sharing-requests/{requestId}             | govdir    | 200 |
        POST /sharing-requests/{requestId}/approval    | govdir    | 403 ACCESS_DENIED | security/cataloger=201
        POST /sharing-requests/{requestId}/refusal     | govdir    | 403 ACCESS_DENIED | security/cataloger=200
        POST /sharing-requests/{requestId}/withdrawal  | govdir    | 403 ACCESS_DENIED | civil/cataloger=200, civil/requester=200
        GET  /grants                                   | govdir    | 200 | security/*=403 ACCESS_DENIED
        GET  /grants/{grantId}                         | govdir    | 200 |
        POST /grants/{grantId}/revocation              | govdir    | 403 ACCESS_DENIED | security/cataloger=200
        POST /access-logs                              | govdir    | 403 ACCESS_DENIED | civil/cataloger=201, civil/requester=201
        GET  /access-logs                              | govdir    | 200 |
        GET  /access-logs/{logId}                      | govdir    | 200 |
        GET  /catalog                                  | govdir    | 200 |
        """;

    private static final Map<String, List<String>> CHANNELS = Map.of(
            "foodtrace", List.of("producer", "distributor", "regulator"),
            "govdir", List.of("regulator", "civil", "security"));

    /** One caller: a user of an organisation, or no token / a revoked token at an organisation's server. */
    record Caller(String org, String name, List<String> roles, ApiClient client) {
        @Override
        public String toString() {
            return name + "@" + org;
        }
    }

    record Expected(int status, String code) {
        static Expected parse(final String text) {
            final String[] parts = text.strip().split("\\s+");
            return new Expected(Integer.parseInt(parts[0]), parts.length > 1 ? parts[1] : null);
        }

        boolean success() {
            return status / 100 == 2;
        }

        @Override
        public String toString() {
            return code == null ? Integer.toString(status) : status + " " + code;
        }
    }

    record Row(String endpoint, String channel, Expected everyone, List<Map.Entry<String, Expected>> exceptions) {
        Expected expected(final Caller caller) {
            if (!channel.equals("public")) {
                if (caller.name().equals("(no token)") || caller.name().equals("(revoked token)")) {
                    return new Expected(401, "UNAUTHENTICATED");
                }
                if (CHANNELS.containsKey(channel) && !CHANNELS.get(channel).contains(caller.org())) {
                    return new Expected(403, "NOT_A_CHANNEL_MEMBER");
                }
            }
            for (final Map.Entry<String, Expected> exception : exceptions) {
                final String who = exception.getKey();
                if (who.startsWith("role:") ? caller.roles().contains(who.substring(5))
                        : who.equals(caller.org() + "/" + caller.name()) || who.equals(caller.org() + "/*")) {
                    return exception.getValue();
                }
            }
            return everyone;
        }
    }

    static Map<String, Row> table() {
        final Map<String, Row> rows = new LinkedHashMap<>();
        for (final String line : TABLE.strip().split("\n")) {
            final String[] cells = line.split("\\|", -1);
            final String endpoint = cells[0].strip().replaceAll("\\s+", " ");
            final List<Map.Entry<String, Expected>> exceptions = new ArrayList<>();
            for (final String exception : cells[3].split(",")) {
                if (!exception.isBlank()) {
                    final String[] pair = exception.split("=");
                    exceptions.add(Map.entry(pair[0].strip(), Expected.parse(pair[1])));
                }
            }
            if (rows.put(endpoint, new Row(endpoint, cells[1].strip(), Expected.parse(cells[2]), exceptions)) != null) {
                throw new IllegalStateException("two rows for " + endpoint);
            }
        }
        return rows;
    }

    private static List<Caller> callers(final LiveServers servers) {
        final List<Caller> callers = new ArrayList<>();
        for (final String org : servers.organizations()) {
            for (final LiveServers.User user : servers.users(org)) {
                callers.add(new Caller(org, user.name(), user.roles(), servers.as(user)));
            }
            callers.add(new Caller(org, "(no token)", List.of(), servers.anonymous(org)));
            callers.add(new Caller(org, "(revoked token)", List.of(), servers.revoked(org)));
        }
        return callers;
    }

    @Test
    void every_endpoint_answers_every_caller_as_the_table_says(final LiveServers servers) {
        final Map<String, Row> table = table();
        final JsonNode openapi = json(servers.anonymous("producer").get("/openapi.json"), 200);
        final TreeSet<String> documented = new TreeSet<>();
        openapi.path("paths").fieldNames().forEachRemaining(path -> openapi.path("paths").path(path).fieldNames()
                .forEachRemaining(method -> {
                    if (List.of("get", "post", "put", "delete", "patch").contains(method)) {
                        documented.add(method.toUpperCase() + " " + path);
                    }
                }));
        assertThat(new TreeSet<>(table.keySet())).as("the table's rows are the endpoints of /openapi.json")
                .isEqualTo(documented);
        final MatrixRequests requests = new MatrixRequests(servers);
        assertThat(requests.endpoints()).as("every row has a request").containsExactlyInAnyOrderElementsOf(
                table.keySet());

        final List<Caller> callers = callers(servers);
        final List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (final Row row : table.values()) {
            for (final Caller caller : callers) {
                final Expected expected = row.expected(caller);
                final HttpResponse<String> answer = requests.send(row.endpoint(), caller.client(), expected.success());
                final Optional<String> code = codeOf(answer);
                checked++;
                final boolean matches = answer.statusCode() == expected.status()
                        && (expected.code() == null ? answer.statusCode() < 400 : code.equals(Optional.of(expected.code())));
                if (!matches) {
                    mismatches.add(String.format("%-45s %-28s expected %-28s got %d %s", row.endpoint(), caller,
                            expected, answer.statusCode(), code.orElse("") + (answer.statusCode() >= 400
                                    ? " " + detailOf(answer) : "")));
                }
            }
        }
        System.out.println("role matrix: " + checked + " requests, " + table.size() + " endpoints, " + callers.size()
                + " callers, " + mismatches.size() + " mismatches");
        assertThat(mismatches).as("callers answered otherwise than the table says").isEmpty();
    }

    private static Optional<String> codeOf(final HttpResponse<String> answer) {
        if (answer.statusCode() < 400) {
            return Optional.empty();
        }
        try {
            final JsonNode problem = LedgerJson.readTree(answer.body());
            return problem.hasNonNull("code") ? Optional.of(problem.path("code").asText()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String detailOf(final HttpResponse<String> answer) {
        final String body = answer.body();
        return body.length() > 160 ? body.substring(0, 160) : body;
    }

    @AfterAll
    static void no_token_in_any_log_line(final LiveServers servers) {
        LogChecks.assertNoToken(servers);
    }
}
