// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory;

import java.time.Instant;
import java.util.List;
import org.tracechain.model.directory.AccessLog;
import org.tracechain.model.directory.DataItem;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.Duty;
import org.tracechain.model.directory.EntryChange;
import org.tracechain.model.directory.EntryMetadata;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.Grant;
import org.tracechain.model.directory.GrantEvent;
import org.tracechain.model.directory.OpenAttribute;
import org.tracechain.model.directory.PublicationState;
import org.tracechain.model.directory.RequestEvent;
import org.tracechain.model.directory.RequestState;
import org.tracechain.model.directory.SharingMethod;
import org.tracechain.model.directory.SharingRequest;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.directory.UpdateCycle;

/** Fixed govdir records for client-side tests (SDK, CLI, DCAT export), as the chaincode would return them. */
public final class DirectoryRecords {

    public static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");
    public static final String MARKET = "BJ-SAMR";
    public static final String CIVIL = "BJ-MCA";
    public static final String POLICE = "BJ-PSB";
    public static final String USCC = "统一社会信用代码";

    private DirectoryRecords() {}

    public static Department department(final String code, final String name, final String mspId) {
        return new Department(code, name, mspId, null, T0, "tx-dept-" + code);
    }

    public static Duty duty(final String id, final String department, final String title, final String basis) {
        return new Duty(id, department, title, basis, null, 1, T0, T0, "tx-duty-" + id);
    }

    public static EntryMetadata metadata(final String title, final SharingType type, final String conditions,
            final String basis, final String duty, final UpdateCycle cycle, final DataItem... items) {
        return new EntryMetadata(title, title + "摘要", List.of(duty), List.of("T-ENT"), "1-01-001", List.of(items), type,
                conditions, basis, type == SharingType.NOT_SHARED ? null : SharingMethod.API, OpenAttribute.NOT_OPEN,
                cycle, "登记系统");
    }

    public static EntryVersion version(final String code, final String department, final int version,
            final PublicationState state, final EntryMetadata metadata) {
        return new EntryVersion(code, department, version,
                version == 1 ? null : "\u0000entryver\u0000" + code + "\u0000" + String.format("%06d", version - 1) + "\u0000",
                state, metadata, version == 1 ? "created" : "published", "tx-" + code + "-v" + version,
                T0.plusSeconds(version * 60L), "x509::CN=cataloger");
    }

    /** 企业行政处罚信息, conditional, published as version 2. */
    public static EntryVersion penalties() {
        return version("SAMR-002", MARKET, 2, PublicationState.PUBLISHED,
                metadata("企业行政处罚信息", SharingType.CONDITIONAL, "仅用于监管执法与信用评价", null, "SAMR-D01",
                        UpdateCycle.DAILY, new DataItem(USCC, "string", "18 位代码"), new DataItem("处罚内容", "string", null)));
    }

    public static SharingRequest request(final String id, final RequestState state, final String reason) {
        return new SharingRequest(id, CIVIL, MARKET, "SAMR-002", 2, List.of(USCC), "办理社会组织年检", "《社会团体登记管理条例》",
                null, null, null, state, false, T0, "x509::CN=requester", "tx-submit-" + id, T0.plusSeconds(86400 * 14),
                state == RequestState.SUBMITTED ? null : T0.plusSeconds(3600), state == RequestState.SUBMITTED ? null
                        : "x509::CN=cataloger", state == RequestState.SUBMITTED ? null : "tx-decide-" + id, reason,
                state == RequestState.APPROVED ? id : null);
    }

    public static Grant grant(final String id, final boolean revoked) {
        return new Grant(id, id, "SAMR-002", MARKET, CIVIL, List.of(USCC), "办理社会组织年检", T0, T0.plusSeconds(30 * 86400L),
                false, T0, "tx-decide-" + id, revoked ? T0.plusSeconds(7200) : null, revoked ? "x509::CN=cataloger" : null,
                revoked ? "tx-revoke-" + id : null, revoked ? "核查发现超出申请用途使用" : null);
    }

    public static AccessLog accessLog(final String id, final String grantId) {
        return new AccessLog(id, grantId, grantId, "SAMR-002", MARKET, CIVIL, List.of(USCC), "年检核验",
                T0.plusSeconds(5400), "x509::CN=requester", id);
    }

    public static EntryChange entryChange(final String code, final String department, final int version,
            final PublicationState state, final String txId) {
        return new EntryChange(code, department, version, version - 1, state, "title", SharingType.CONDITIONAL,
                List.of(USCC), List.of(), List.of(), "note", txId, T0);
    }

    public static RequestEvent requestDecided(final String requestId, final String requester, final String txId) {
        return new RequestEvent(requestId, "SAMR-002", MARKET, requester, RequestState.APPROVED, false, null,
                requestId, List.of(USCC), T0, T0.plusSeconds(86400), T0, txId, T0);
    }

    public static GrantEvent grantRevoked(final String grantId, final String requester, final String txId) {
        return new GrantEvent(grantId, grantId, "SAMR-002", MARKET, requester, "reason", txId, T0);
    }
}
