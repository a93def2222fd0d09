// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import java.util.Optional;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.directory.AccessLog;
import org.tracechain.model.directory.Configuration;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.directory.Duty;
import org.tracechain.model.directory.EntryHead;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.Grant;
import org.tracechain.model.directory.SharingRequest;

/** Typed reads of govdir records, refusing with the matching {@code *_NOT_FOUND} code. */
final class DirectoryStore {

    private final LedgerState state;

    DirectoryStore(final LedgerState state) {
        this.state = state;
    }

    LedgerState state() {
        return state;
    }

    Optional<Configuration> configuration() {
        return state.get(DirectoryKeys.config(state), Configuration.class);
    }

    Department department(final String code) {
        return state.get(DirectoryKeys.department(state, code), Department.class)
                .orElseThrow(() -> Refusal.of(DirectoryError.DEPARTMENT_NOT_FOUND, "department %s does not exist", code));
    }

    Duty duty(final String dutyId) {
        return findDuty(dutyId)
                .orElseThrow(() -> Refusal.of(DirectoryError.DUTY_NOT_FOUND, "duty %s does not exist", dutyId));
    }

    Optional<Duty> findDuty(final String dutyId) {
        return state.get(DirectoryKeys.duty(state, dutyId), Duty.class);
    }

    EntryHead head(final String code) {
        return state.get(DirectoryKeys.entry(state, code), EntryHead.class)
                .orElseThrow(() -> Refusal.of(DirectoryError.ENTRY_NOT_FOUND, "entry %s does not exist", code));
    }

    EntryVersion version(final String versionKey) {
        return state.get(versionKey, EntryVersion.class).orElseThrow(
                () -> new IllegalStateException("entry version " + versionKey + " is missing"));
    }

    /** The latest version of an entry. */
    EntryVersion latest(final String code) {
        return version(head(code).latestVersionKey());
    }

    SharingRequest request(final String requestId) {
        return state.get(DirectoryKeys.request(state, requestId), SharingRequest.class)
                .orElseThrow(() -> Refusal.of(DirectoryError.REQUEST_NOT_FOUND, "request %s does not exist", requestId));
    }

    Grant grant(final String grantId) {
        return state.get(DirectoryKeys.grant(state, grantId), Grant.class)
                .orElseThrow(() -> Refusal.of(DirectoryError.GRANT_NOT_FOUND, "grant %s does not exist", grantId));
    }

    AccessLog accessLog(final String logId) {
        return state.get(DirectoryKeys.access(state, logId), AccessLog.class)
                .orElseThrow(() -> Refusal.of(DirectoryError.ACCESS_LOG_NOT_FOUND, "access log %s does not exist",
                        logId));
    }
}
