// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import org.hyperledger.fabric.contract.Context;
import org.tracechain.chaincode.access.Caller;
import org.tracechain.chaincode.ledger.LedgerState;

/** The govdir services of one transaction, sharing its state, caller and configuration lookup. */
final class DirectoryServices {

    final Caller caller;
    final DirectoryStore store;
    final DirectoryAccess access;

    private DirectoryServices(final LedgerState state, final Caller caller) {
        this.caller = caller;
        this.store = new DirectoryStore(state);
        this.access = new DirectoryAccess(caller, store);
    }

    static DirectoryServices of(final Context ctx) {
        return new DirectoryServices(new LedgerState(ctx.getStub()), Caller.from(ctx.getClientIdentity()));
    }

    ConfigurationService configuration() {
        return new ConfigurationService(store, caller);
    }

    DepartmentService departments() {
        return new DepartmentService(store, access);
    }

    EntryService entries() {
        return new EntryService(store, access);
    }

    GrantService grants() {
        return new GrantService(store, access);
    }

    SharingService sharing() {
        return new SharingService(store, access, grants());
    }

    QueryService queries() {
        return new QueryService(store, access);
    }
}
