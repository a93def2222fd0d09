// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import static org.tracechain.server.it.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The request {@link RoleMatrixIT} sends for each endpoint, and the shared fixture the refused callers act on. A
 * caller expected to succeed gets fresh resources of its own (a lot it holds, a pending request of its
 * department, ...), made by the users whose job that is, so that its write changes nothing the other rows use.
 */
final class MatrixRequests {

    /** Sends the request of one row as {@code caller}; {@code fresh}: make the resources the write consumes. */
    @FunctionalInterface
    private interface Request {
        HttpResponse<String> send(ApiClient caller, boolean fresh);
    }

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private static final String GTIN = "06901234567892";
    private static final java.util.List<String> FOOD = java.util.List.of("producer", "distributor", "regulator");
    private static final java.util.List<String> DIRECTORY = java.util.List.of("regulator", "civil", "security");

    private final LiveServers servers;
    private final AtomicInteger counter = new AtomicInteger();
    private final Map<String, Request> requests = new LinkedHashMap<>();

    // The shared fixture.
    private final String lotHeld;
    private final String lotInTransit;
    private final String lotAtDistributor;
    private final String recallId;
    private final String captureId;
    private final String eventId;
    private final String department;
    private final String requesterDepartment;
    private final String duty;
    private final String entry;
    private final String pendingRequest;
    private final String grant;
    private final String accessLog;

    MatrixRequests(final LiveServers servers) {
        this.servers = servers;
        lotHeld = lot();
        lotInTransit = shippedLot();
        lotAtDistributor = receivedLot();
        recallId = recall();
        final JsonNode captured = json(farmer().send("/capture", "POST", "application/ld+json",
                captureDocument(fresh("MC"))), 202);
        captureId = captured.path("transactionId").asText();
        servers.awaitStore("producer", "foodtrace", captured.path("blockNumber").asLong());
        final JsonNode events = json(farmer().get("/epcs/" + enc(lotClass(lotHeld)) + "/events"), 200);
        eventId = events.path("epcisBody").path("queryResults").path("resultsBody").path("eventList").get(0)
                .path("eventID").asText();
        for (final String org : java.util.List.of("producer", "distributor", "regulator")) {
            servers.awaitStore(org, "foodtrace", captured.path("blockNumber").asLong());
        }

        department = fresh("MD");
        json(owner().post("/departments", "{\"code\":\"" + department + "\",\"name\":\"北京市公安局\"}"), 201);
        requesterDepartment = fresh("MR");
        final long registered = json(servers.as("civil", "cataloger").post("/departments", "{\"code\":\""
                + requesterDepartment + "\",\"name\":\"北京市民政局\"}"), 201).path("blockNumber").asLong();
        for (final String org : DIRECTORY) {
            servers.awaitStore(org, "govdir", registered);
        }
        duty = fresh("MU");
        json(owner().post("/departments/" + department + "/duties", dutyBody(duty)), 201);
        entry = publishedEntry();
        pendingRequest = sharingRequest();
        grant = grant();
        accessLog = json(requester().post("/access-logs", accessLogBody(grant)), 201).path("record").path("logId")
                .asText();
        define();
    }

    Set<String> endpoints() {
        return requests.keySet();
    }

    HttpResponse<String> send(final String endpoint, final ApiClient caller, final boolean fresh) {
        return requests.get(endpoint).send(caller, fresh);
    }

    private void define() {
        get("GET /health", "/health");
        get("GET /openapi.json", "/openapi.json");
        get("GET /docs", "/docs");
        get("GET /docs/{asset}", "/docs/swagger-ui.css");
        get("GET /console", "/console");
        get("GET /console/{asset}", "/console/app.js");
        get("GET /console/lib/{asset}", "/console/lib/cytoscape.min.js");
        get("GET /me", "/me");
        get("GET /metrics", "/metrics");
        get("GET /transactions/{txId}", "/transactions/" + "0".repeat(64));
        get("GET /transactions", "/transactions?channel=foodtrace&limit=5");
        get("GET /chain/heights", "/chain/heights");
        get("GET /network/nodes", "/network/nodes");

        requests.put("POST /capture", (c, fresh) -> c.send("/capture", "POST", "application/ld+json",
                captureDocument(fresh("MC"))));
        get("GET /capture/{captureID}", "/capture/" + captureId);
        get("GET /events", "/events?MATCH_anyEPC=" + enc(lotClass(lotHeld)));
        get("GET /events/{eventID}", "/events/" + enc(eventId));
        get("GET /epcs/{epc}/events", "/epcs/" + enc(lotClass(lotHeld)) + "/events");
        get("GET /lots", "/lots?lot=" + lotHeld);
        requests.put("POST /lots", (c, fresh) -> c.post("/lots", lotBody(fresh("ML"))));
        get("GET /lots/{lotId}", "/lots/" + lotHeld);
        requests.put("POST /lots/{lotId}/ship", (c, fresh) -> c.post("/lots/" + (fresh ? lot() : lotHeld) + "/ship",
                "{\"toMspId\":\"DistributorMSP\"}"));
        requests.put("POST /lots/{lotId}/receive", (c, fresh) -> c.post("/lots/" + (fresh ? shippedLot()
                : lotInTransit) + "/receive", "{}"));
        get("GET /lots/{lotId}/trace", "/lots/" + lotHeld + "/trace?direction=back");
        get("GET /lots/{lotId}/trace/levels", "/lots/" + lotHeld + "/trace/levels?direction=back");
        get("GET /lots/{lotId}/fsma", "/lots/" + lotHeld + "/fsma?direction=forward");
        requests.put("POST /lots/{lotId}/inspect", (c, fresh) -> c.post("/lots/" + lotHeld + "/inspect",
                "{\"analyte\":\"chlorpyrifos\",\"result\":0.01,\"limit\":0.05,\"unit\":\"mg/kg\"}"));
        requests.put("POST /lots/{lotId}/sell", (c, fresh) -> c.post("/lots/" + (fresh ? receivedLot()
                : lotAtDistributor) + "/sell", "{\"quantity\":1}"));
        requests.put("POST /transformations", (c, fresh) -> c.post("/transformations", "{\"kind\":\"SPLIT\","
                + "\"inputs\":[{\"lotId\":\"" + (fresh ? lot() : lotHeld) + "\",\"quantity\":10}],\"outputs\":[{"
                + "\"lotId\":\"" + fresh("MS") + "\",\"quantity\":10}]}"));
        requests.put("POST /cold-chain-readings", (c, fresh) -> c.post("/cold-chain-readings", "{\"lotIds\":[\""
                + lotAtDistributor + "\"],\"deviceId\":\"T-1\",\"unit\":\"Cel\",\"maxAllowed\":5,\"readings\":[{"
                + "\"time\":\"2026-11-30T01:00:00Z\",\"value\":3.5}]}"));
        requests.put("POST /documents", (c, fresh) -> c.post("/documents", "{\"hash\":\"" + sha256(fresh("MH"))
                + "\",\"uri\":\"https://lab.example/r.pdf\",\"type\":\"inspection_report\",\"issuer\":"
                + "\"Guangzhou QC Lab\",\"lotIds\":[\"" + lotHeld + "\"]}"));
        get("GET /documents/{hash}", "/documents/" + sha256("MH-never-recorded"));
        requests.put("POST /lots/{lotId}/recall", (c, fresh) -> c.post("/lots/" + (fresh ? lot() : lotHeld)
                + "/recall", "{\"recallId\":\"" + fresh("MX") + "\",\"reason\":\"chlorpyrifos over the limit\"}"));
        get("GET /recalls/{recallId}", "/recalls/" + recallId);
        // A stream: the status, and for a 200 its first event (ready), is all the matrix reads of it.
        requests.put("GET /recalls/{recallId}/updates", (c, fresh) -> c.firstEvent("/recalls/" + recallId
                + "/updates"));
        requests.put("POST /recalls/{recallId}/continue", (c, fresh) -> c.post("/recalls/" + recallId + "/continue",
                "{}"));
        requests.put("POST /recalls/{recallId}/acknowledgements", (c, fresh) -> c.post("/recalls/" + (fresh
                ? recall() : recallId) + "/acknowledgements", "{\"note\":\"quarantined\"}"));

        requests.put("POST /departments", (c, fresh) -> c.post("/departments", "{\"code\":\"" + fresh("MD")
                + "\",\"name\":\"北京市某局\"}"));
        get("GET /departments/{code}", "/departments/" + department);
        get("GET /departments/{code}/duties", "/departments/" + department + "/duties");
        requests.put("POST /departments/{code}/duties", (c, fresh) -> c.post("/departments/" + department
                + "/duties", dutyBody(fresh("MU"))));
        get("GET /duties/{dutyId}", "/duties/" + duty);
        requests.put("PUT /duties/{dutyId}", (c, fresh) -> c.put("/duties/" + duty, "{\"dutyId\":\"" + duty
                + "\",\"title\":\"户籍管理 " + counter.incrementAndGet() + "\",\"legalBasis\":\"《中华人民共和国户口登记条例》\"}"));
        requests.put("POST /entries", (c, fresh) -> c.post("/entries", entryBody(fresh("ME"))));
        get("GET /entries", "/entries?department=" + department);
        get("GET /entries/{code}", "/entries/" + entry);
        get("GET /entries/{code}/versions", "/entries/" + entry + "/versions");
        get("GET /entries/{code}/versions/{version}", "/entries/" + entry + "/versions/2");
        get("GET /entries/{code}/items", "/entries/" + entry + "/items");
        requests.put("POST /entries/{code}/revisions", (c, fresh) -> {
            final String code = fresh ? publishedEntry() : entry;
            return c.post("/entries/" + code + "/revisions", "{\"code\":\"" + code + "\",\"metadata\":"
                    + metadata().replace("常住人口基本信息", "常住人口基本信息（修订 " + counter.incrementAndGet() + "）") + ",\"changeNote\":\"修订\",\"expectedVersion\":2}");
        });
        requests.put("POST /entries/{code}/publication", (c, fresh) -> {
            final String code = fresh ? draftEntry() : entry;
            return c.post("/entries/" + code + "/publication", "{\"code\":\"" + code + "\",\"changeNote\":\"发布\","
                    + "\"expectedVersion\":1}");
        });
        requests.put("POST /entries/{code}/retirement", (c, fresh) -> {
            final String code = fresh ? publishedEntry() : entry;
            return c.post("/entries/" + code + "/retirement", "{\"code\":\"" + code + "\",\"reason\":\"停用\","
                    + "\"expectedVersion\":2}");
        });
        requests.put("POST /sharing-requests", (c, fresh) -> c.post("/sharing-requests",
                sharingRequestBody(fresh("MQ"))));
        get("GET /sharing-requests", "/sharing-requests?department=" + requesterDepartment + "&side=requester");
        get("GET /sharing-requests/{requestId}", "/sharing-requests/" + pendingRequest);
        requests.put("POST /sharing-requests/{requestId}/approval", (c, fresh) -> {
            final String id = fresh ? sharingRequest() : pendingRequest;
            return c.post("/sharing-requests/" + id + "/approval", "{\"requestId\":\"" + id + "\",\"validDays\":30}");
        });
        requests.put("POST /sharing-requests/{requestId}/refusal", (c, fresh) -> {
            final String id = fresh ? sharingRequest() : pendingRequest;
            return c.post("/sharing-requests/" + id + "/refusal", "{\"requestId\":\"" + id + "\",\"reason\":\"不符合\"}");
        });
        requests.put("POST /sharing-requests/{requestId}/withdrawal", (c, fresh) -> {
            final String id = fresh ? sharingRequest() : pendingRequest;
            return c.post("/sharing-requests/" + id + "/withdrawal", "{\"requestId\":\"" + id
                    + "\",\"reason\":\"不再需要\"}");
        });
        get("GET /grants", "/grants?department=" + requesterDepartment + "&side=requester");
        get("GET /grants/{grantId}", "/grants/" + grant);
        requests.put("POST /grants/{grantId}/revocation", (c, fresh) -> {
            final String id = fresh ? grant() : grant;
            return c.post("/grants/" + id + "/revocation", "{\"grantId\":\"" + id + "\",\"reason\":\"到期收回\"}");
        });
        requests.put("POST /access-logs", (c, fresh) -> c.post("/access-logs", accessLogBody(grant)));
        get("GET /access-logs", "/access-logs?grant=" + grant);
        get("GET /access-logs/{logId}", "/access-logs/" + accessLog);
        get("GET /catalog", "/catalog?department=" + department);
    }

    private void get(final String endpoint, final String pathAndQuery) {
        requests.put(endpoint, (c, fresh) -> c.get(pathAndQuery));
    }

    private String fresh(final String prefix) {
        return prefix + RUN + "-" + counter.incrementAndGet();
    }

    private static String enc(final String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String sha256(final String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(
                    StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lotClass(final String lot) {
        return "https://id.gs1.org/01/" + GTIN + "/10/" + lot;
    }

    private ApiClient farmer() {
        return servers.as("producer", "farmer");
    }

    private ApiClient owner() {
        return servers.as("security", "cataloger");
    }

    private ApiClient requester() {
        return servers.as("civil", "requester");
    }

    private static String lotBody(final String lot) {
        return "{\"lotId\":\"" + lot + "\",\"productCode\":\"" + GTIN + "\",\"productName\":\"菜心 Choy sum\","
                + "\"quantity\":100,\"unit\":\"kg\",\"gtin\":\"" + GTIN + "\"}";
    }

    /** A lot the producer holds. */
    private String lot() {
        final String lot = fresh("ML");
        final long block = json(farmer().post("/lots", lotBody(lot)), 201).path("blockNumber").asLong();
        // Every foodtrace organisation's peer has it before anyone else acts on it (a regulator's recall, ...).
        for (final String org : FOOD) {
            servers.awaitStore(org, "foodtrace", block);
        }
        return lot;
    }

    /** A lot on its way to the distributor. */
    private String shippedLot() {
        final String lot = lot();
        final JsonNode shipped = json(farmer().post("/lots/" + lot + "/ship", "{\"toMspId\":\"DistributorMSP\"}"),
                200);
        // The receiver endorses on its own peer: it must have the shipment's block (its store is fed by that peer).
        servers.awaitStore("distributor", "foodtrace", shipped.path("blockNumber").asLong());
        return lot;
    }

    /** A lot the distributor holds. */
    private String receivedLot() {
        final String lot = shippedLot();
        json(servers.as("distributor", "carrier").post("/lots/" + lot + "/receive", "{}"), 200);
        return lot;
    }

    /** A complete recall of a lot the producer holds. */
    private String recall() {
        final String id = fresh("MX");
        final long block = json(servers.as("regulator", "regulator").post("/lots/" + lot() + "/recall",
                "{\"recallId\":\"" + id + "\",\"reason\":\"chlorpyrifos over the limit\"}"), 201).path("blockNumber")
                .asLong();
        for (final String org : FOOD) {
            servers.awaitStore(org, "foodtrace", block);
        }
        return id;
    }

    private String captureDocument(final String lot) {
        return "{\"@context\":[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\","
                + "{\"tracechain\":\"https://tracechain.org/epcis/\"}],\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\",\"creationDate\":\"2026-11-30T10:00:00+08:00\","
                + "\"epcisBody\":{\"eventList\":[{\"type\":\"ObjectEvent\",\"eventTime\":\"2026-11-30T08:00:00+08:00\","
                + "\"eventTimeZoneOffset\":\"+08:00\",\"action\":\"ADD\",\"bizStep\":\"creating_class_instance\","
                + "\"disposition\":\"active\",\"quantityList\":[{\"epcClass\":\"" + lotClass(lot) + "\",\"quantity\":"
                + "5,\"uom\":\"KGM\"}],\"readPoint\":{\"id\":\"https://id.gs1.org/414/6901234000085\"},"
                + "\"bizLocation\":{\"id\":\"https://id.gs1.org/414/6901234000085\"},\"ilmd\":{"
                + "\"tracechain:productCode\":\"CS-BULK\",\"tracechain:productName\":\"Choy sum\"}}]}}";
    }

    private String dutyBody(final String id) {
        return "{\"dutyId\":\"" + id + "\",\"departmentCode\":\"" + department + "\",\"title\":\"户籍管理\","
                + "\"legalBasis\":\"《中华人民共和国户口登记条例》\"}";
    }

    private String metadata() {
        return "{\"title\":\"人口基本信息\",\"description\":\"常住人口基本信息\",\"dutyIds\":[\"" + duty + "\"],"
                + "\"themeCodes\":[\"T-POP\"],\"classificationCode\":\"1-02-001\",\"items\":[{\"name\":\"公民身份号码\","
                + "\"type\":\"string\"},{\"name\":\"姓名\",\"type\":\"string\"}],\"sharingType\":\"CONDITIONAL\","
                + "\"sharingConditions\":\"仅用于政务服务中的身份核验\",\"sharingMethod\":\"API\","
                + "\"openAttribute\":\"NOT_OPEN\",\"updateCycle\":\"DAILY\",\"sourceSystem\":\"人口管理信息系统\"}";
    }

    private String entryBody(final String code) {
        return "{\"code\":\"" + code + "\",\"departmentCode\":\"" + department + "\",\"metadata\":" + metadata() + "}";
    }

    private String draftEntry() {
        final String code = fresh("ME");
        json(owner().post("/entries", entryBody(code)), 201);
        return code;
    }

    /** An entry at version 2, published. */
    private String publishedEntry() {
        final String code = draftEntry();
        final JsonNode published = json(owner().post("/entries/" + code + "/publication", "{\"code\":\"" + code + "\",\"changeNote\":\"发布\","
                + "\"expectedVersion\":1}"), 201);
        for (final String org : DIRECTORY) {
            servers.awaitStore(org, "govdir", published.path("blockNumber").asLong());
        }
        return code;
    }

    private String sharingRequestBody(final String id) {
        return "{\"requestId\":\"" + id + "\",\"requesterDepartmentCode\":\"" + requesterDepartment
                + "\",\"entryCode\":\"" + entry + "\",\"items\":[\"公民身份号码\"],\"purpose\":\"婚姻登记身份核验\","
                + "\"legalBasis\":\"《婚姻登记条例》第五条\"}";
    }

    /** A pending request of civil affairs for the published entry. */
    private String sharingRequest() {
        final String id = fresh("MQ");
        final long block = json(requester().post("/sharing-requests", sharingRequestBody(id)), 201)
                .path("blockNumber").asLong();
        for (final String org : DIRECTORY) {
            servers.awaitStore(org, "govdir", block);
        }
        return id;
    }

    private String grant() {
        final String id = sharingRequest();
        final JsonNode approved = json(owner().post("/sharing-requests/" + id + "/approval", "{\"requestId\":\""
                + id + "\",\"validDays\":30}"), 201);
        for (final String org : DIRECTORY) {
            servers.awaitStore(org, "govdir", approved.path("blockNumber").asLong());
        }
        return approved.path("record").path("grantId").asText();
    }

    private static String accessLogBody(final String grant) {
        return "{\"grantId\":\"" + grant + "\",\"items\":[\"公民身份号码\"],\"purpose\":\"婚姻登记身份核验\"}";
    }
}
