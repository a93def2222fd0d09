// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.server.directory.CatalogEntriesTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.model.directory.ApproveSharingRequest;
import org.tracechain.model.directory.LogAccessRequest;
import org.tracechain.model.directory.RefuseSharingRequest;
import org.tracechain.model.directory.RevokeGrantRequest;
import org.tracechain.model.directory.WithdrawSharingRequest;

/** Sharing request → approval (grant) / refusal / withdrawal, access log, revocation: through HTTP, by role. */
class SharingFlowTest {

    @TempDir
    Path home;

    private DirectoryServer server;

    @BeforeEach
    void start() throws Exception {
        server = new DirectoryServer(home);
        DirectorySetUp.catalog(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_request_is_approved_by_the_owner_making_a_grant_whose_use_is_logged_until_it_is_revoked() throws Exception {
        final HttpResponse<String> submitted = server.post("civil-clerk", "/sharing-requests",
                Beijing.request("REQ-1", "SAMR-002"));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        assertThat(submitted.headers().firstValue("Location")).hasValue("/sharing-requests/REQ-1");
        assertThat(json(submitted).at("/record/state").asText()).isEqualTo("SUBMITTED");

        final JsonNode pending = json(server.get("market-admin", "/sharing-requests?department=BJ-SAMR&state=pending"));
        assertThat(pending.get("items")).extracting(r -> r.get("requestId").asText()).containsExactly("REQ-1");
        assertThat(json(server.get("market-admin", "/sharing-requests?department=BJ-SAMR&state=overdue")).get("items"))
                .isEmpty();
        assertThat(json(server.get("civil-clerk", "/sharing-requests?department=BJ-MCA&side=requester")).get("items"))
                .extracting(r -> r.get("requestId").asText()).containsExactly("REQ-1");

        // The requester cannot decide its own request; nor can the requesting department's administrator.
        for (final String who : List.of("civil-clerk", "civil-admin", "market-clerk", "auditor")) {
            final HttpResponse<String> refused = server.post(who, "/sharing-requests/REQ-1/approval",
                    new ApproveSharingRequest("REQ-1", null, null, 30, null));
            assertThat(refused.statusCode()).as(who + ": " + refused.body()).isEqualTo(403);
            assertThat(json(refused).get("code").asText()).isEqualTo("ACCESS_DENIED");
        }

        final HttpResponse<String> approved = server.post("market-admin", "/sharing-requests/REQ-1/approval",
                new ApproveSharingRequest("REQ-1", null, null, 30, "同意，限年检使用"));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(201);
        assertThat(approved.headers().firstValue("Location")).hasValue("/grants/REQ-1");
        assertThat(json(approved).at("/record/state").asText()).isEqualTo("APPROVED");
        assertThat(json(approved).at("/record/decidedBy").asText()).contains("market-admin");

        final JsonNode grant = json(server.get("civil-clerk", "/grants/REQ-1"));
        assertThat(grant.get("requesterDepartmentCode").asText()).isEqualTo("BJ-MCA");
        assertThat(grant.get("items")).extracting(JsonNode::asText).containsExactly(Beijing.USCC);
        assertThat(json(server.get("civil-clerk", "/grants?department=BJ-MCA&side=requester")).get("items"))
                .extracting(g -> g.get("grantId").asText()).containsExactly("REQ-1");
        assertThat(json(server.get("market-admin", "/grants?department=BJ-SAMR&side=owner")).get("items")).hasSize(1);

        final HttpResponse<String> logged = server.post("civil-clerk", "/access-logs",
                new LogAccessRequest("REQ-1", List.of(Beijing.USCC), "年检核验"));
        assertThat(logged.statusCode()).as(logged.body()).isEqualTo(201);
        final String logId = json(logged).at("/record/logId").asText();
        assertThat(logged.headers().firstValue("Location")).hasValue("/access-logs/" + logId);
        assertThat(json(server.get("market-admin", "/access-logs/" + logId)).get("purpose").asText()).isEqualTo("年检核验");
        assertThat(json(server.get("market-admin", "/access-logs?grant=REQ-1")).get("items"))
                .extracting(l -> l.get("logId").asText()).containsExactly(logId);
        assertThat(json(server.get("auditor", "/access-logs?department=BJ-MCA&from=2026-01-01T00:00:00Z"
                + "&until=2026-02-01T00:00:00Z")).get("items")).hasSize(1);

        // Only the owner revokes; afterwards the grant no longer covers any use.
        final HttpResponse<String> notOwner = server.post("civil-admin", "/grants/REQ-1/revocation",
                new RevokeGrantRequest("REQ-1", "自行撤销"));
        assertThat(notOwner.statusCode()).as(notOwner.body()).isEqualTo(403);
        assertThat(json(notOwner).get("code").asText()).isEqualTo("ACCESS_DENIED");
        final HttpResponse<String> revoked = server.post("market-admin", "/grants/REQ-1/revocation",
                new RevokeGrantRequest("REQ-1", "核查发现超出申请用途使用"));
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(json(revoked).at("/record/revocationReason").asText()).isEqualTo("核查发现超出申请用途使用");
        final HttpResponse<String> afterRevocation = server.post("civil-clerk", "/access-logs",
                new LogAccessRequest("REQ-1", List.of(Beijing.USCC), "年检核验"));
        assertThat(json(afterRevocation).get("code").asText()).isEqualTo("GRANT_REVOKED");
    }

    @Test
    void the_owner_refuses_with_a_reason_and_the_requester_withdraws() throws Exception {
        server.post("civil-clerk", "/sharing-requests", Beijing.request("REQ-2", "SAMR-002"));
        server.post("civil-clerk", "/sharing-requests", Beijing.request("REQ-3", "SAMR-002"));

        final HttpResponse<String> noReason = server.post("market-admin", "/sharing-requests/REQ-2/refusal",
                "{\"requestId\":\"REQ-2\"}");
        assertThat(json(noReason).get("code").asText()).isEqualTo("REASON_REQUIRED");
        final HttpResponse<String> refused = server.post("market-admin", "/sharing-requests/REQ-2/refusal",
                new RefuseSharingRequest("REQ-2", "申请用途与共享条件不符"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
        assertThat(refused.headers().firstValue("Location")).isEmpty();
        assertThat(json(refused).at("/record/state").asText()).isEqualTo("REFUSED");
        assertThat(json(refused).at("/record/reason").asText()).isEqualTo("申请用途与共享条件不符");

        final HttpResponse<String> notTheRequester = server.post("market-admin", "/sharing-requests/REQ-3/withdrawal",
                new WithdrawSharingRequest("REQ-3", null));
        assertThat(notTheRequester.statusCode()).as(notTheRequester.body()).isEqualTo(403);
        final HttpResponse<String> withdrawn = server.post("civil-clerk", "/sharing-requests/REQ-3/withdrawal",
                new WithdrawSharingRequest("REQ-3", "需求取消"));
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(json(withdrawn).at("/record/state").asText()).isEqualTo("WITHDRAWN");
        final HttpResponse<String> again = server.post("civil-clerk", "/sharing-requests/REQ-3/withdrawal",
                new WithdrawSharingRequest("REQ-3", null));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("code").asText()).isEqualTo("REQUEST_NOT_PENDING");

        assertThat(json(server.get("civil-clerk", "/sharing-requests/REQ-2")).get("state").asText()).isEqualTo("REFUSED");
        assertThat(json(server.get("market-admin", "/sharing-requests?department=BJ-SAMR&state=pending")).get("items"))
                .isEmpty();
    }

    @Test
    void requests_of_unconditional_and_not_shared_entries_are_decided_on_submission_by_the_rule() throws Exception {
        final HttpResponse<String> granted = server.post("civil-clerk", "/sharing-requests",
                Beijing.request("REQ-4", "SAMR-001"));
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        assertThat(json(granted).at("/record/state").asText()).isEqualTo("APPROVED");
        assertThat(json(granted).at("/record/decidedBy").asText()).isEqualTo("rule:UNCONDITIONAL");
        final HttpResponse<String> population = server.post("civil-clerk", "/sharing-requests",
                new org.tracechain.model.directory.SubmitSharingRequest("REQ-5", Beijing.CIVIL, "PSB-001",
                        List.of("姓名"), "核验", "《条例》", null, null, null));
        assertThat(json(population).at("/record/state").asText()).isEqualTo("REFUSED");
        assertThat(json(population).at("/record/decidedBy").asText()).isEqualTo("rule:NOT_SHARED");
    }

    @Test
    void a_path_and_body_naming_different_requests_are_refused_before_the_gateway() throws Exception {
        server.post("civil-clerk", "/sharing-requests", Beijing.request("REQ-6", "SAMR-002"));
        final int calls = server.directory().gatewayCalls();
        final var before = server.directory().ledger().snapshot();

        final HttpResponse<String> other = server.post("market-admin", "/sharing-requests/REQ-6/approval",
                new ApproveSharingRequest("REQ-7", null, null, 30, null));
        final HttpResponse<String> missing = server.post("market-admin", "/sharing-requests/REQ-6/refusal",
                "{\"reason\":\"无\"}");
        final HttpResponse<String> revocation = server.post("market-admin", "/grants/REQ-6/revocation",
                new RevokeGrantRequest("req-6", "大小写不同"));

        for (final HttpResponse<String> response : List.of(other, missing, revocation)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(json(response).get("code").asText()).isEqualTo("PATH_BODY_MISMATCH");
        }
        assertThat(server.directory().gatewayCalls()).isEqualTo(calls);
        assertThat(server.directory().ledger().snapshot()).isEqualTo(before);
    }
}
