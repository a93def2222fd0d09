// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.tracechain.chaincode.ledger.LedgerState;

/**
 * Every key and index the govdir chaincode writes. All are Fabric composite keys
 * ({@code \u0000type\u0000attr\u0000...}); index entries carry a one-byte marker value and are read with
 * partial-key scans, never full scans.
 *
 * <pre>
 * records                                        value
 *   dirconfig                                    Configuration
 *   dept        [departmentCode]                 Department
 *   duty        [dutyId]                         Duty
 *   entry       [entryCode]                      EntryHead (pointer to the latest version)
 *   entryver    [entryCode, version%06d]         EntryVersion (immutable)
 *   request     [requestId]                      SharingRequest
 *   grant       [grantId]                        Grant
 *   access      [logId]                          AccessLog
 *
 * indexes                                        maintained by
 *   dept~code     [CODE IN UPPER CASE, code]     RegisterDepartment (codes are unique ignoring case)
 *   duty~dept     [departmentCode, dutyId]       RegisterDuty
 *   entry~dept    [departmentCode, entryCode]    CreateEntry (kept when retired)
 *   entry~theme   [themeCode, entryCode]         Create/Revise (diffed), dropped on retire
 *   entry~sharing [sharingType, entryCode]       Create/Revise (diffed), dropped on retire
 *   entry~cycle   [updateCycle, entryCode]       Create/Revise (diffed), dropped on retire
 *   entry~item    [normalisedItemName, code]     Create/Revise (diffed), dropped on retire
 *   entry~duty    [dutyId, entryCode]            Create/Revise (diffed), dropped on retire
 *   req~owner     [ownerDept, requestId]         SubmitRequest
 *   req~requester [requesterDept, requestId]     SubmitRequest
 *   req~pending   [ownerDept, dueAt, requestId]  SubmitRequest (conditional); removed when decided/withdrawn
 *   grant~owner   [ownerDept, grantId]           on approval
 *   grant~requester [requesterDept, grantId]     on approval
 *   access~grant  [grantId, day, time, logId]    LogAccess
 *   access~dept   [dept, day, time, logId]       LogAccess, once for the requester and once for the owner
 * </pre>
 *
 * Times in index keys are fixed-width UTC ({@link #sortable}) so that key order is time order; days are
 * Beijing calendar days (UTC+8) so period queries can walk one partial key per day.
 *
 * <p>These keys and the records' fields are the chaincode's ledger layout. A change that records already on a
 * ledger cannot be read through raises {@code layout} in {@code src/main/ledger-layout/govdir.properties},
 * so that {@code network up} refuses to upgrade an existing ledger to it; {@code DirectoryLedgerLayoutTest} fails on
 * any change until the layout's signature is recorded again.
 */
final class DirectoryKeys {

    static final String CONFIG = "dirconfig";
    static final String DEPARTMENT = "dept";
    static final String DUTY = "duty";
    static final String ENTRY = "entry";
    static final String ENTRY_VERSION = "entryver";
    static final String REQUEST = "request";
    static final String GRANT = "grant";
    static final String ACCESS = "access";

    static final String DEPARTMENT_BY_CODE = "dept~code";
    static final String DUTY_BY_DEPARTMENT = "duty~dept";
    static final String ENTRY_BY_DEPARTMENT = "entry~dept";
    static final String ENTRY_BY_THEME = "entry~theme";
    static final String ENTRY_BY_SHARING = "entry~sharing";
    static final String ENTRY_BY_CYCLE = "entry~cycle";
    static final String ENTRY_BY_ITEM = "entry~item";
    static final String ENTRY_BY_DUTY = "entry~duty";
    static final String REQUEST_BY_OWNER = "req~owner";
    static final String REQUEST_BY_REQUESTER = "req~requester";
    static final String PENDING_REQUEST = "req~pending";
    static final String GRANT_BY_OWNER = "grant~owner";
    static final String GRANT_BY_REQUESTER = "grant~requester";
    static final String ACCESS_BY_GRANT = "access~grant";
    static final String ACCESS_BY_DEPARTMENT = "access~dept";

    /** Beijing time: weekends, due dates and access-log days follow the Chinese calendar day. */
    static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private static final DateTimeFormatter SORTABLE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private DirectoryKeys() {}

    static String config(final LedgerState state) {
        return state.key(CONFIG);
    }

    static String department(final LedgerState state, final String code) {
        return state.key(DEPARTMENT, code);
    }

    /**
     * A department code compared the way people compare it: {@code BJ-SAMR} and {@code bj-samr} are the same
     * department. Identifiers are ASCII, so upper-casing is exact.
     */
    static String foldedCode(final String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    static String duty(final LedgerState state, final String dutyId) {
        return state.key(DUTY, dutyId);
    }

    static String entry(final LedgerState state, final String code) {
        return state.key(ENTRY, code);
    }

    static String entryVersion(final LedgerState state, final String code, final int version) {
        return state.key(ENTRY_VERSION, code, versionAttribute(version));
    }

    static String versionAttribute(final int version) {
        return String.format(Locale.ROOT, "%06d", version);
    }

    static String request(final LedgerState state, final String requestId) {
        return state.key(REQUEST, requestId);
    }

    static String grant(final LedgerState state, final String grantId) {
        return state.key(GRANT, grantId);
    }

    static String access(final LedgerState state, final String logId) {
        return state.key(ACCESS, logId);
    }

    /** Fixed-width UTC time, so lexical order of index keys is time order. */
    static String sortable(final Instant instant) {
        return SORTABLE.format(instant);
    }

    /** The Beijing calendar day of {@code instant}, e.g. {@code 2026-01-05}. */
    static String day(final Instant instant) {
        return LocalDate.ofInstant(instant, BEIJING).toString();
    }

    /**
     * How item names are indexed and searched: NFKC (full-width → half-width), trimmed, lower case, so
     * "统一社会信用代码" and "Unified Social Credit Code " both find what their owners wrote.
     */
    static String normaliseItemName(final String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
