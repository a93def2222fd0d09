// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import java.util.List;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.directory.Duty;
import org.tracechain.model.directory.RegisterDepartmentRequest;
import org.tracechain.model.directory.RegisterDutyRequest;
import org.tracechain.model.directory.UpdateDutyRequest;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.identity.Role;

/** Departments and their duties (职责), the first link of 职责 → 目录 → 数据. */
final class DepartmentService {

    private final DirectoryStore store;
    private final LedgerState state;
    private final DirectoryAccess access;

    DepartmentService(final DirectoryStore store, final DirectoryAccess access) {
        this.store = store;
        this.state = store.state();
        this.access = access;
    }

    /**
     * A catalog administrator registers a department acting through their own organisation. Codes are unique
     * ignoring case, through the {@code dept~code} index.
     */
    Department registerDepartment(final RegisterDepartmentRequest request) {
        if (!access.caller().hasRole(Role.CATALOG_ADMIN)) {
            throw Refusal.of(CommonError.ACCESS_DENIED, "registering a department needs the catalog-admin role");
        }
        final String code = DirectoryInput.id("code", request.code());
        final String name = DirectoryInput.text("name", request.name(), DirectoryInput.MAX_NAME);
        final String parent = DirectoryInput.optionalId("parentCode", request.parentCode());
        final String key = DirectoryKeys.department(state, code);
        if (state.exists(key)) {
            throw Refusal.of(DirectoryError.DEPARTMENT_ALREADY_EXISTS, "department %s already exists", code);
        }
        final String folded = DirectoryKeys.foldedCode(code);
        final List<String> holders = state.scan(DirectoryKeys.DEPARTMENT_BY_CODE, List.of(folded), 1,
                kv -> state.attributesOf(kv.getKey()).get(1));
        if (!holders.isEmpty()) {
            throw Refusal.of(DirectoryError.DEPARTMENT_ALREADY_EXISTS,
                    "department code %s is held by department %s (codes are unique ignoring case)", code,
                    holders.get(0));
        }
        if (parent != null) {
            store.department(parent);
        }
        final Department department =
                new Department(code, name, access.caller().mspId(), parent, state.txTimestamp(), state.txId());
        state.put(key, department);
        state.index(DirectoryKeys.DEPARTMENT_BY_CODE, folded, code);
        return department;
    }

    /** Any channel member reads a department. */
    Department getDepartment(final String code) {
        return store.department(DirectoryInput.id("code", code));
    }

    /** The department's catalog administrator records one of its duties. */
    Duty registerDuty(final RegisterDutyRequest request) {
        final String dutyId = DirectoryInput.id("dutyId", request.dutyId());
        final String departmentCode = DirectoryInput.id("departmentCode", request.departmentCode());
        final String title = DirectoryInput.text("title", request.title(), DirectoryInput.MAX_NAME);
        final String legalBasis = DirectoryInput.text("legalBasis", request.legalBasis(), DirectoryInput.MAX_NOTE);
        final String description =
                DirectoryInput.optionalText("description", request.description(), DirectoryInput.MAX_DESCRIPTION);
        final Department department = store.department(departmentCode);
        access.requireCatalogAdmin(department, "registering a duty");
        final String key = DirectoryKeys.duty(state, dutyId);
        if (state.exists(key)) {
            throw Refusal.of(DirectoryError.DUTY_ALREADY_EXISTS, "duty %s already exists", dutyId);
        }
        final Duty duty = new Duty(dutyId, departmentCode, title, legalBasis, description, 1, state.txTimestamp(),
                state.txTimestamp(), state.txId());
        state.put(key, duty);
        state.requireEndorsement(key, department.mspId());
        state.index(DirectoryKeys.DUTY_BY_DEPARTMENT, departmentCode, dutyId);
        return duty;
    }

    /** The owner's catalog administrator changes a duty's title, legal basis or description. */
    Duty updateDuty(final UpdateDutyRequest request) {
        final String dutyId = DirectoryInput.id("dutyId", request.dutyId());
        final String title = DirectoryInput.text("title", request.title(), DirectoryInput.MAX_NAME);
        final String legalBasis = DirectoryInput.text("legalBasis", request.legalBasis(), DirectoryInput.MAX_NOTE);
        final String description =
                DirectoryInput.optionalText("description", request.description(), DirectoryInput.MAX_DESCRIPTION);
        final Duty current = store.duty(dutyId);
        final Department department = store.department(current.departmentCode());
        access.requireCatalogAdmin(department, "changing a duty");
        final Duty next = new Duty(dutyId, current.departmentCode(), title, legalBasis, description,
                current.version() + 1, current.registeredAt(), state.txTimestamp(), state.txId());
        final String key = DirectoryKeys.duty(state, dutyId);
        state.put(key, next);
        state.requireEndorsement(key, department.mspId());
        return next;
    }

    /** Any channel member reads a duty. */
    Duty getDuty(final String dutyId) {
        return store.duty(DirectoryInput.id("dutyId", dutyId));
    }
}
