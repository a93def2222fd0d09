// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import java.util.Arrays;
import java.util.Optional;
import org.tracechain.chaincode.access.Caller;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.directory.Configuration;
import org.tracechain.model.directory.Department;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.identity.Role;

/**
 * Who may do what. A department acts through its organisation (caller MSP == department MSP) and the
 * certificate role; reading everything is reserved to organisations named in the ledger
 * {@link Configuration}, because any organisation's CA can mint any role attribute.
 *
 * <ul>
 *   <li>catalog-admin of the owner's organisation: duties, entries, decisions, revocations;</li>
 *   <li>requester or catalog-admin of the requester's organisation: submit, withdraw, log access;</li>
 *   <li>any member of either department's organisation: read that request, grant or log;</li>
 *   <li>any member of a regulator organisation, and auditor-role holders of a regulator or auditor
 *       organisation: read everything.</li>
 * </ul>
 */
final class DirectoryAccess {

    private final Caller caller;
    private final DirectoryStore store;
    private Optional<Configuration> configuration;

    DirectoryAccess(final Caller caller, final DirectoryStore store) {
        this.caller = caller;
        this.store = store;
    }

    Caller caller() {
        return caller;
    }

    /** Catalog administrator of the department's organisation. */
    void requireCatalogAdmin(final Department department, final String action) {
        if (!caller.hasRole(Role.CATALOG_ADMIN) || !actsFor(department)) {
            throw Refusal.of(CommonError.ACCESS_DENIED, "%s needs the catalog-admin role in %s (department %s)",
                    action, department.mspId(), department.code());
        }
    }

    /** Requester (or catalog administrator) of the department's organisation. */
    void requireRequester(final Department department, final String action) {
        if (!caller.hasAnyRole(Role.REQUESTER, Role.CATALOG_ADMIN) || !actsFor(department)) {
            throw Refusal.of(CommonError.ACCESS_DENIED,
                    "%s needs the requester or catalog-admin role in %s (department %s)", action, department.mspId(),
                    department.code());
        }
    }

    /** A member of one of the departments' organisations, a regulator or an auditor. */
    void requireReader(final String what, final Department... parties) {
        if (Arrays.stream(parties).anyMatch(this::actsFor) || readsEverything()) {
            return;
        }
        throw Refusal.of(CommonError.ACCESS_DENIED, "%s is visible only to the departments involved, regulators"
                + " and auditors", what);
    }

    boolean actsFor(final Department department) {
        return caller.mspId().equals(department.mspId());
    }

    /** Regulator organisation member, or auditor of a regulator or auditor organisation. */
    boolean readsEverything() {
        final Optional<Configuration> config = configuration();
        if (config.isEmpty()) {
            return false;
        }
        final Configuration c = config.get();
        return c.regulatorMspIds().contains(caller.mspId())
                || caller.hasRole(Role.AUDITOR) && c.auditorMspIds().contains(caller.mspId());
    }

    private Optional<Configuration> configuration() {
        if (configuration == null) {
            configuration = store.configuration();
        }
        return configuration;
    }
}
