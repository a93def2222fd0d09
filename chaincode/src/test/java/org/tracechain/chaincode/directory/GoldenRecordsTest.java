// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.model.directory.DataItem;
import org.tracechain.model.directory.EntryMetadata;
import org.tracechain.model.directory.OpenAttribute;
import org.tracechain.model.directory.SharingMethod;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.directory.UpdateCycle;

/** Exact canonical bytes of every stored govdir record type: changing them is a ledger format change. */
class GoldenRecordsTest extends DirectoryFixture {

    private static final String MARKET_ADMIN_ID =
            "x509::CN=market-admin, OU=client, O=MarketMSP::CN=ca.marketmsp, O=MarketMSP";
    private static final String CIVIL_CLERK_ID = "x509::CN=civil-clerk, OU=client, O=CivilMSP::CN=ca.civilmsp, O=CivilMSP";

    @BeforeEach
    void setUp() {
        configure(); // tx000001
        department(MARKET_ADMIN, MARKET, "北京市市场监督管理局"); // tx000002
        department(CIVIL_ADMIN, CIVIL, "北京市民政局"); // tx000003
        duty(MARKET_ADMIN, MARKET_DUTY, MARKET, "市场主体登记注册", "《市场主体登记管理条例》"); // tx000004
        create(MARKET_ADMIN, "SAMR-001", MARKET, new EntryMetadata("企业登记信息", null, List.of(MARKET_DUTY),
                List.of("T-ENT"), "1-01-001", List.of(new DataItem(USCC, "string", "18位")), SharingType.UNCONDITIONAL,
                null, null, SharingMethod.API, OpenAttribute.NOT_OPEN, UpdateCycle.DAILY, null)); // tx000005
        publish(MARKET_ADMIN, "SAMR-001"); // tx000006
        submit(CIVIL_REQUESTER, "R1", CIVIL, "SAMR-001", USCC); // tx000007
        logAccess(CIVIL_REQUESTER, "R1", USCC); // tx000008
    }

    private String stored(final String key) {
        return ledger.stateAsString(key).orElseThrow();
    }

    @Test
    void configuration() {
        assertThat(stored("\u0000dirconfig\u0000")).isEqualTo("{\"auditorMspIds\":[],\"regulatorMspIds\":[\"RegulatorMSP\"],"
                + "\"txId\":\"tx000001\",\"updatedAt\":\"2026-01-01T00:00:01Z\",\"updatedBy\":\"x509::CN=regulator-admin, "
                + "OU=admin, O=RegulatorMSP::CN=ca.regulatormsp, O=RegulatorMSP\",\"version\":1}");
    }

    @Test
    void department() {
        assertThat(stored("\u0000dept\u0000BJ-SAMR\u0000")).isEqualTo("{\"code\":\"BJ-SAMR\",\"mspId\":\"MarketMSP\","
                + "\"name\":\"北京市市场监督管理局\",\"registeredAt\":\"2026-01-01T00:00:02Z\",\"registrationTxId\":\"tx000002\"}");
    }

    @Test
    void duty() {
        assertThat(stored("\u0000duty\u0000SAMR-D01\u0000")).isEqualTo("{\"departmentCode\":\"BJ-SAMR\",\"dutyId\":\"SAMR-D01\","
                + "\"legalBasis\":\"《市场主体登记管理条例》\",\"registeredAt\":\"2026-01-01T00:00:04Z\",\"title\":\"市场主体登记注册\","
                + "\"txId\":\"tx000004\",\"updatedAt\":\"2026-01-01T00:00:04Z\",\"version\":1}");
    }

    @Test
    void entry_head() {
        assertThat(stored(entryKey("SAMR-001"))).isEqualTo("{\"code\":\"SAMR-001\",\"createdAt\":\"2026-01-01T00:00:05Z\","
                + "\"departmentCode\":\"BJ-SAMR\",\"latestVersion\":2,\"latestVersionKey\":\"\\u0000entryver\\u0000SAMR-001"
                + "\\u0000000002\\u0000\",\"ownerMspId\":\"MarketMSP\",\"state\":\"PUBLISHED\",\"updatedAt\":"
                + "\"2026-01-01T00:00:06Z\",\"updatedTxId\":\"tx000006\"}");
    }

    @Test
    void entry_version() {
        assertThat(stored(versionKey("SAMR-001", 2))).isEqualTo("{\"changeNote\":\"published\",\"code\":\"SAMR-001\","
                + "\"departmentCode\":\"BJ-SAMR\",\"metadata\":{\"classificationCode\":\"1-01-001\",\"dutyIds\":[\"SAMR-D01\"],"
                + "\"items\":[{\"description\":\"18位\",\"name\":\"统一社会信用代码\",\"type\":\"string\"}],\"openAttribute\":"
                + "\"NOT_OPEN\",\"sharingMethod\":\"API\",\"sharingType\":\"UNCONDITIONAL\",\"themeCodes\":[\"T-ENT\"],"
                + "\"title\":\"企业登记信息\",\"updateCycle\":\"DAILY\"},\"previousVersionKey\":\"\\u0000entryver\\u0000"
                + "SAMR-001\\u0000000001\\u0000\",\"recordedAt\":\"2026-01-01T00:00:06Z\",\"recordedBy\":\"" + MARKET_ADMIN_ID
                + "\",\"state\":\"PUBLISHED\",\"txId\":\"tx000006\",\"version\":2}");
    }

    @Test
    void sharing_request() {
        assertThat(stored("\u0000request\u0000R1\u0000")).isEqualTo("{\"automatic\":true,\"decidedAt\":"
                + "\"2026-01-01T00:00:07Z\",\"decidedBy\":\"rule:UNCONDITIONAL\",\"decisionTxId\":\"tx000007\","
                + "\"dueAt\":\"2026-01-15T00:00:07Z\",\"entryCode\":\"SAMR-001\",\"entryVersion\":2,\"grantId\":\"R1\","
                + "\"items\":[\"统一社会信用代码\"],\"legalBasis\":\"《社会团体登记管理条例》第二十八条\",\"ownerDepartmentCode\":"
                + "\"BJ-SAMR\",\"purpose\":\"办理社会组织年检\",\"reason\":\"unconditional sharing\",\"requestId\":\"R1\","
                + "\"requesterDepartmentCode\":\"BJ-MCA\",\"state\":\"APPROVED\",\"submitTxId\":\"tx000007\",\"submittedAt\":"
                + "\"2026-01-01T00:00:07Z\",\"submittedBy\":\"" + CIVIL_CLERK_ID + "\"}");
    }

    @Test
    void grant() {
        assertThat(stored("\u0000grant\u0000R1\u0000")).isEqualTo("{\"automatic\":true,\"entryCode\":\"SAMR-001\","
                + "\"grantId\":\"R1\",\"grantTxId\":\"tx000007\",\"grantedAt\":\"2026-01-01T00:00:07Z\",\"items\":"
                + "[\"统一社会信用代码\"],\"ownerDepartmentCode\":\"BJ-SAMR\",\"purpose\":\"办理社会组织年检\",\"requestId\":\"R1\","
                + "\"requesterDepartmentCode\":\"BJ-MCA\",\"validFrom\":\"2026-01-01T00:00:07Z\",\"validUntil\":"
                + "\"2027-01-01T00:00:07Z\"}");
    }

    @Test
    void access_log() {
        assertThat(stored("\u0000access\u0000tx000008\u0000")).isEqualTo("{\"accessedAt\":\"2026-01-01T00:00:08Z\","
                + "\"entryCode\":\"SAMR-001\",\"grantId\":\"R1\",\"items\":[\"统一社会信用代码\"],\"logId\":\"tx000008\","
                + "\"loggedBy\":\"" + CIVIL_CLERK_ID + "\",\"ownerDepartmentCode\":\"BJ-SAMR\",\"purpose\":\"年检核验\","
                + "\"requestId\":\"R1\",\"requesterDepartmentCode\":\"BJ-MCA\",\"txId\":\"tx000008\"}");
    }

    @Test
    void index_entries() {
        assertThat(ledger.keys()).contains(
                "\u0000dept~code\u0000BJ-SAMR\u0000BJ-SAMR\u0000",
                "\u0000dept~code\u0000BJ-MCA\u0000BJ-MCA\u0000",
                "\u0000access~dept\u0000BJ-MCA\u00002026-01-01\u00002026-01-01T00:00:08.000000000Z\u0000tx000008\u0000",
                "\u0000access~dept\u0000BJ-SAMR\u00002026-01-01\u00002026-01-01T00:00:08.000000000Z\u0000tx000008\u0000",
                "\u0000access~grant\u0000R1\u00002026-01-01\u00002026-01-01T00:00:08.000000000Z\u0000tx000008\u0000",
                "\u0000entry~item\u0000统一社会信用代码\u0000SAMR-001\u0000",
                "\u0000entry~dept\u0000BJ-SAMR\u0000SAMR-001\u0000",
                "\u0000entry~duty\u0000SAMR-D01\u0000SAMR-001\u0000",
                "\u0000entry~theme\u0000T-ENT\u0000SAMR-001\u0000",
                "\u0000entry~sharing\u0000UNCONDITIONAL\u0000SAMR-001\u0000",
                "\u0000entry~cycle\u0000DAILY\u0000SAMR-001\u0000",
                "\u0000duty~dept\u0000BJ-SAMR\u0000SAMR-D01\u0000",
                "\u0000req~owner\u0000BJ-SAMR\u0000R1\u0000",
                "\u0000req~requester\u0000BJ-MCA\u0000R1\u0000",
                "\u0000grant~owner\u0000BJ-SAMR\u0000R1\u0000",
                "\u0000grant~requester\u0000BJ-MCA\u0000R1\u0000");
        assertThat(ledger.state("\u0000entry~dept\u0000BJ-SAMR\u0000SAMR-001\u0000")).hasValue(new byte[] {0});
        assertThat(ledger.state("\u0000dept~code\u0000BJ-SAMR\u0000BJ-SAMR\u0000")).hasValue(new byte[] {0});
    }
}
