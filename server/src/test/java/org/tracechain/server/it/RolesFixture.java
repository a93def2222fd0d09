// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import static org.tracechain.server.it.ApiClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What {@link ConsoleRolesIT} shows every caller, made once through the API by the users whose job it is: a lot the
 * producer holds, a lot on its way to the distributor, a recalled lot and its recall; a public-security department
 * with a published entry, a civil-affairs department, and civil affairs' pending request for the entry.
 */
final class RolesFixture {

    static final List<String> FOOD = List.of("producer", "distributor", "regulator");
    static final List<String> DIRECTORY = List.of("regulator", "civil", "security");
    private static final String GTIN = "06901234567892";

    final String lotHeld;
    /** The transaction that registered {@link #lotHeld} (a foodtrace transaction for the chain page). */
    final String lotHeldTx;
    final String lotInTransit;
    final String recallId;
    final String ownerDepartment;
    final String requesterDepartment;
    final String entry;
    final String requestId;
    /** The transaction of the pending request (a govdir transaction for the chain page). */
    final String requestTx;

    private final LiveServers servers;

    RolesFixture(final LiveServers servers, final String run) {
        this.servers = servers;
        final ApiClient farmer = servers.as("producer", "farmer");
        lotHeld = "RH" + run;
        lotHeldTx = register(farmer, lotHeld).path("transactionId").asText();
        lotInTransit = "RT" + run;
        register(farmer, lotInTransit);
        final JsonNode shipped = json(farmer.post("/lots/" + lotInTransit + "/ship",
                "{\"toMspId\":\"DistributorMSP\"}"), 200);
        syncFood(shipped);
        final String recalled = "RR" + run;
        register(farmer, recalled);
        recallId = "R-RR" + run;
        syncFood(json(servers.as("regulator", "regulator").post("/lots/" + recalled + "/recall", "{\"recallId\":\""
                + recallId + "\",\"reason\":\"chlorpyrifos over the limit\"}"), 201));

        final ApiClient owner = servers.as("security", "cataloger");
        ownerDepartment = "PSB-R" + run;
        requesterDepartment = "MCA-R" + run;
        entry = "E-R" + run;
        requestId = "REQ-R" + run;
        json(owner.post("/departments", "{\"code\":\"" + ownerDepartment + "\",\"name\":\"北京市公安局\"}"), 201);
        json(servers.as("civil", "cataloger").post("/departments", "{\"code\":\"" + requesterDepartment
                + "\",\"name\":\"北京市民政局\"}"), 201);
        json(owner.post("/departments/" + ownerDepartment + "/duties", "{\"dutyId\":\"D-R" + run
                + "\",\"departmentCode\":\"" + ownerDepartment + "\",\"title\":\"户籍管理\",\"legalBasis\":"
                + "\"《中华人民共和国户口登记条例》\"}"), 201);
        json(owner.post("/entries", "{\"code\":\"" + entry + "\",\"departmentCode\":\"" + ownerDepartment
                + "\",\"metadata\":" + metadata(run) + "}"), 201);
        syncDirectory(json(owner.post("/entries/" + entry + "/publication", "{\"code\":\"" + entry
                + "\",\"changeNote\":\"首次发布\",\"expectedVersion\":1}"), 201));
        final JsonNode requested = json(servers.as("civil", "requester").post("/sharing-requests", "{\"requestId\":\""
                + requestId + "\",\"requesterDepartmentCode\":\"" + requesterDepartment + "\",\"entryCode\":\"" + entry
                + "\",\"items\":[\"公民身份号码\"],\"purpose\":\"婚姻登记身份核验\",\"legalBasis\":\"《婚姻登记条例》第五条\"}"),
                201);
        requestTx = requested.path("transactionId").asText();
        syncDirectory(requested);
    }

    /** The recall as the API shows it to {@code org}'s users (who has not acknowledged yet, complete or not). */
    JsonNode recall(final String org) {
        return json(servers.as(org, "admin").get("/recalls/" + recallId), 200);
    }

    private JsonNode register(final ApiClient farmer, final String lot) {
        final JsonNode registered = json(farmer.post("/lots", "{\"lotId\":\"" + lot + "\",\"productCode\":\"" + GTIN
                + "\",\"productName\":\"菜心 Choy sum\",\"quantity\":100,\"unit\":\"kg\",\"gtin\":\"" + GTIN + "\"}"),
                201);
        syncFood(registered);
        return registered;
    }

    private static String metadata(final String run) {
        return "{\"title\":\"人口基本信息\",\"description\":\"常住人口基本信息\",\"dutyIds\":[\"D-R" + run + "\"],"
                + "\"themeCodes\":[\"T-POP\"],\"classificationCode\":\"1-02-001\",\"items\":[{\"name\":\"公民身份号码\","
                + "\"type\":\"string\"},{\"name\":\"姓名\",\"type\":\"string\"}],\"sharingType\":\"CONDITIONAL\","
                + "\"sharingConditions\":\"仅用于政务服务中的身份核验\",\"sharingMethod\":\"API\","
                + "\"openAttribute\":\"NOT_OPEN\",\"updateCycle\":\"DAILY\",\"sourceSystem\":\"人口管理信息系统\"}";
    }

    /** Every foodtrace organisation's store (and peer) has the write before anyone else reads or acts on it. */
    private void syncFood(final JsonNode write) {
        FOOD.forEach(org -> servers.awaitStore(org, "foodtrace", write.path("blockNumber").asLong()));
    }

    private void syncDirectory(final JsonNode write) {
        DIRECTORY.forEach(org -> servers.awaitStore(org, "govdir", write.path("blockNumber").asLong()));
    }
}
