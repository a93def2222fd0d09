// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.tracechain.client.BlockTransaction;
import org.tracechain.client.KvWrite;
import org.tracechain.model.directory.AccessLog;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.Duty;
import org.tracechain.model.directory.EntryHead;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.Grant;
import org.tracechain.model.directory.SharingRequest;
import org.tracechain.model.json.LedgerJson;

/**
 * Projects the govdir chaincode's records (key layout of its {@code DirectoryKeys}) into the store's tables;
 * its index keys are not projected.
 */
final class DirectoryProjection implements ChaincodeProjection {

    @Override
    public String namespace() {
        return "govdir";
    }

    @Override
    public List<String> tables() {
        return List.of("access_logs", "grants", "sharing_requests", "entry_versions", "entries", "duties",
                "departments");
    }

    @Override
    public void project(final Connection db, final long block, final BlockTransaction transaction,
            final List<KvWrite> writes) throws SQLException {
        for (final KvWrite write : writes) {
            final LedgerKey key = LedgerKey.parse(write.key()).orElse(null);
            if (key != null) {
                record(db, key, write);
            }
        }
    }

    private static void record(final Connection db, final LedgerKey key, final KvWrite write) throws SQLException {
        final String json = write.valueText();
        switch (key.type()) {
            case "dept" -> {
                if (deleted(db, write, "departments", "code", key.id())) {
                    return;
                }
                final Department department = LedgerJson.fromJson(json, Department.class);
                Sql.upsert(db, "departments", List.of("code"), List.of("msp_id", "parent_code", "record"), key.id(),
                        department.mspId(), department.parentCode(), json);
            }
            case "duty" -> {
                if (deleted(db, write, "duties", "duty_id", key.id())) {
                    return;
                }
                final Duty duty = LedgerJson.fromJson(json, Duty.class);
                Sql.upsert(db, "duties", List.of("duty_id"), List.of("department_code", "record"), key.id(),
                        duty.departmentCode(), json);
            }
            case "entry" -> {
                if (deleted(db, write, "entries", "code", key.id())) {
                    return;
                }
                final EntryHead head = LedgerJson.fromJson(json, EntryHead.class);
                Sql.upsert(db, "entries", List.of("code"), List.of("department_code", "state", "latest_version",
                        "record"), key.id(), head.departmentCode(), head.state().name(), head.latestVersion(), json);
            }
            case "entryver" -> {
                final int version = Integer.parseInt(key.attributes().get(1));
                if (write.isDelete()) {
                    Sql.update(db, "DELETE FROM entry_versions WHERE code = ? AND version = ?", key.id(), version);
                    return;
                }
                LedgerJson.fromJson(json, EntryVersion.class);
                Sql.upsert(db, "entry_versions", List.of("code", "version"), List.of("record"), key.id(), version, json);
            }
            case "request" -> {
                if (deleted(db, write, "sharing_requests", "request_id", key.id())) {
                    return;
                }
                final SharingRequest request = LedgerJson.fromJson(json, SharingRequest.class);
                Sql.upsert(db, "sharing_requests", List.of("request_id"), List.of("requester_code", "owner_code",
                        "state", "record"), key.id(), request.requesterDepartmentCode(), request.ownerDepartmentCode(),
                        request.state().name(), json);
            }
            case "grant" -> {
                if (deleted(db, write, "grants", "grant_id", key.id())) {
                    return;
                }
                final Grant grant = LedgerJson.fromJson(json, Grant.class);
                Sql.upsert(db, "grants", List.of("grant_id"), List.of("owner_code", "requester_code", "record"),
                        key.id(), grant.ownerDepartmentCode(), grant.requesterDepartmentCode(), json);
            }
            case "access" -> {
                if (deleted(db, write, "access_logs", "log_id", key.id())) {
                    return;
                }
                final AccessLog log = LedgerJson.fromJson(json, AccessLog.class);
                Sql.upsert(db, "access_logs", List.of("log_id"), List.of("grant_id", "owner_code", "requester_code",
                        "accessed_at", "record"), key.id(), log.grantId(), log.ownerDepartmentCode(),
                        log.requesterDepartmentCode(), log.accessedAt(), json);
            }
            default -> {
                // configuration and indexes: not projected
            }
        }
    }

    private static boolean deleted(final Connection db, final KvWrite write, final String table, final String column,
            final String id) throws SQLException {
        if (!write.isDelete()) {
            return false;
        }
        Sql.update(db, "DELETE FROM " + table + " WHERE " + column + " = ?", id);
        return true;
    }
}
