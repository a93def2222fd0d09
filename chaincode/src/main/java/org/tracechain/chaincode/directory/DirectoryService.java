// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import org.tracechain.chaincode.access.Caller;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.validation.Fields;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.directory.RegisterDepartmentRequest;
import org.tracechain.model.identity.Role;

/** Government directory rules, in plain Java over {@link LedgerState}. */
public final class DirectoryService {

    static final String DEPARTMENT = "dept";

    private static final Fields FIELDS = new Fields(DirectoryError.INVALID_FIELD);

    private final LedgerState state;
    private final Caller caller;

    public DirectoryService(final LedgerState state, final Caller caller) {
        this.state = state;
        this.caller = caller;
    }

    /** A catalog administrator registers their own organisation's department. */
    public Department registerDepartment(final RegisterDepartmentRequest request) {
        if (!caller.hasRole(Role.CATALOG_ADMIN)) {
            throw Refusal.of(DirectoryError.ACCESS_DENIED, "registering a department needs the catalog-admin role");
        }
        final String code = FIELDS.id("code", request.code());
        final String key = state.key(DEPARTMENT, code);
        if (state.exists(key)) {
            throw Refusal.of(DirectoryError.DEPARTMENT_ALREADY_EXISTS, "department %s already exists", code);
        }
        final String parent = request.parentCode() == null ? null : FIELDS.id("parentCode", request.parentCode());
        if (parent != null && !state.exists(state.key(DEPARTMENT, parent))) {
            throw Refusal.of(DirectoryError.DEPARTMENT_NOT_FOUND, "parent department %s does not exist", parent);
        }
        final Department department = new Department(code, FIELDS.text("name", request.name(), 256), caller.mspId(),
                parent, state.txTimestamp(), state.txId());
        state.put(key, department);
        return department;
    }

    /** Any channel member reads a department. */
    public Department getDepartment(final String code) {
        FIELDS.id("code", code);
        return state.get(state.key(DEPARTMENT, code), Department.class)
                .orElseThrow(() -> Refusal.of(DirectoryError.DEPARTMENT_NOT_FOUND, "department %s does not exist", code));
    }
}
