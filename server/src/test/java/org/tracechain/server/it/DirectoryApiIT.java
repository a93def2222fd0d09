// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tracechain.server.it.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The government directory over HTTP on the live network: public security's catalog administrator registers a
 * department, a duty and an entry and publishes it (security's server); civil affairs' requester asks for it twice
 * (civil's server); public security approves one (a grant) and refuses the other with a reason; civil affairs logs
 * its access; the catalog comes back as Turtle and JSON-LD.
 */
@ExtendWith(LiveServersExtension.class)
class DirectoryApiIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    private static String enc(final String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Every govdir organisation's peer (its store is fed by it) has the write's block before another acts on it. */
    private static void sync(final LiveServers servers, final JsonNode write) {
        for (final String org : java.util.List.of("regulator", "civil", "security")) {
            servers.awaitStore(org, "govdir", write.path("blockNumber").asLong());
        }
    }

    @Test
    void a_published_entry_is_requested_granted_refused_logged_and_catalogued(final LiveServers servers) {
        final ApiClient owner = servers.as("security", "cataloger");
        final ApiClient civilCataloger = servers.as("civil", "cataloger");
        final ApiClient requester = servers.as("civil", "requester");
        final String psb = "PSB-" + RUN;
        final String mca = "MCA-" + RUN;
        final String entry = "E-" + RUN;

        final HttpResponse<String> department = owner.post("/departments", "{\"code\":\"" + psb
                + "\",\"name\":\"北京市公安局\"}");
        json(department, 201);
        assertThat(department.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/departments/" + psb));
        json(owner.post("/departments/" + psb + "/duties", "{\"dutyId\":\"D-" + RUN + "\",\"departmentCode\":\"" + psb
                + "\",\"title\":\"户籍管理\",\"legalBasis\":\"《中华人民共和国户口登记条例》\"}"), 201);
        json(owner.post("/entries", "{\"code\":\"" + entry + "\",\"departmentCode\":\"" + psb + "\",\"metadata\":{"
                + "\"title\":\"人口基本信息\",\"description\":\"常住人口基本信息\",\"dutyIds\":[\"D-" + RUN + "\"],"
                + "\"themeCodes\":[\"T-POP\"],\"classificationCode\":\"1-02-001\",\"items\":[{\"name\":\"公民身份号码\","
                + "\"type\":\"string\"},{\"name\":\"姓名\",\"type\":\"string\"}],\"sharingType\":\"CONDITIONAL\","
                + "\"sharingConditions\":\"仅用于政务服务中的身份核验\",\"sharingMethod\":\"API\","
                + "\"openAttribute\":\"NOT_OPEN\",\"updateCycle\":\"DAILY\",\"sourceSystem\":\"人口管理信息系统\"}}"), 201);
        // Civil affairs' cataloger cannot publish another department's entry; the owner can.
        assertThat(json(civilCataloger.post("/entries/" + entry + "/publication", "{\"code\":\"" + entry
                + "\",\"changeNote\":\"首次发布\",\"expectedVersion\":1}"), 403).path("code").asText())
                .isEqualTo("ACCESS_DENIED");
        final HttpResponse<String> published = owner.post("/entries/" + entry + "/publication", "{\"code\":\""
                + entry + "\",\"changeNote\":\"首次发布\",\"expectedVersion\":1}");
        sync(servers, json(published, 201));
        assertThat(published.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/entries/" + entry + "/versions/2"));
        assertThat(json(requester.get("/entries/" + entry + "/versions"), 200)).hasSize(2);
        assertThat(json(requester.get("/entries?item=" + enc("公民身份号码")), 200).toString()).contains(entry);

        sync(servers, json(civilCataloger.post("/departments", "{\"code\":\"" + mca + "\",\"name\":\"北京市民政局\"}"),
                201));
        for (final String id : new String[] {"REQ-A-" + RUN, "REQ-B-" + RUN}) {
            final JsonNode submitted = json(requester.post("/sharing-requests", "{\"requestId\":\"" + id
                    + "\",\"requesterDepartmentCode\":\"" + mca + "\",\"entryCode\":\"" + entry
                    + "\",\"items\":[\"公民身份号码\"],\"purpose\":\"婚姻登记身份核验\",\"legalBasis\":\"《婚姻登记条例》第五条\"}"),
                    201);
            assertThat(submitted.path("record").path("state").asText()).isEqualTo("SUBMITTED");
            sync(servers, submitted);
        }
        assertThat(json(owner.get("/sharing-requests?department=" + psb + "&state=pending"), 200).toString())
                .contains("REQ-A-" + RUN).contains("REQ-B-" + RUN);

        // The requester cannot decide; the owner's cataloger grants one and refuses the other with a reason.
        assertThat(json(requester.post("/sharing-requests/REQ-A-" + RUN + "/approval", "{\"requestId\":\"REQ-A-"
                + RUN + "\",\"validDays\":90}"), 403).path("code").asText()).isEqualTo("ACCESS_DENIED");
        final HttpResponse<String> approved = owner.post("/sharing-requests/REQ-A-" + RUN + "/approval",
                "{\"requestId\":\"REQ-A-" + RUN + "\",\"validDays\":90,\"note\":\"同意\"}");
        final JsonNode grant = json(approved, 201);
        sync(servers, grant);
        final String grantId = grant.path("record").path("grantId").asText();
        assertThat(grantId).isNotBlank();
        assertThat(approved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/grants/" + grantId));
        sync(servers, json(owner.post("/sharing-requests/REQ-B-" + RUN + "/refusal", "{\"requestId\":\"REQ-B-" + RUN
                + "\",\"reason\":\"已有同类授权，无需重复申请\"}"), 200));
        final JsonNode refused = json(requester.get("/sharing-requests/REQ-B-" + RUN), 200);
        assertThat(refused.path("state").asText()).isEqualTo("REFUSED");
        assertThat(refused.path("reason").asText()).isEqualTo("已有同类授权，无需重复申请");
        assertThat(json(requester.get("/sharing-requests/REQ-A-" + RUN), 200).path("state").asText())
                .isEqualTo("APPROVED");
        assertThat(json(requester.get("/grants?department=" + mca + "&side=requester"), 200).toString())
                .contains(grantId);

        final HttpResponse<String> logged = requester.post("/access-logs", "{\"grantId\":\"" + grantId
                + "\",\"items\":[\"公民身份号码\"],\"purpose\":\"婚姻登记身份核验\"}");
        final JsonNode log = json(logged, 201);
        sync(servers, log);
        final String logId = log.path("record").path("logId").asText();
        assertThat(logged.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/access-logs/" + logId));
        assertThat(json(owner.get("/access-logs?grant=" + grantId), 200).toString()).contains(logId);
        assertThat(json(owner.get("/access-logs/" + logId), 200).path("grantId").asText()).isEqualTo(grantId);
        // A refused request has no grant to log against.
        assertThat(requester.post("/access-logs", "{\"grantId\":\"REQ-B-" + RUN + "\",\"items\":[\"公民身份号码\"],"
                + "\"purpose\":\"婚姻登记身份核验\"}").statusCode()).isIn(403, 404, 409);

        final HttpResponse<String> turtle = requester.get("/catalog?department=" + psb, "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        assertThat(turtle.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/turtle"));
        assertThat(turtle.body()).contains("dcat:Dataset").contains("entries/" + entry);
        final HttpResponse<String> jsonLd = requester.get("/catalog?department=" + psb, "application/ld+json");
        assertThat(json(jsonLd, 200).path("@graph").toString()).contains("entries/" + entry);
        assertThat(jsonLd.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Accept"));
        assertThat(requester.get("/catalog", "application/xml").statusCode()).isEqualTo(406);
    }

    @AfterAll
    static void no_token_in_any_log_line(final LiveServers servers) {
        LogChecks.assertNoToken(servers);
    }
}
