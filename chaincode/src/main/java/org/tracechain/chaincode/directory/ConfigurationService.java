// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.tracechain.chaincode.access.Caller;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.directory.Configuration;
import org.tracechain.model.directory.ConfigureRequest;
import org.tracechain.model.error.CommonError;

/**
 * The channel-wide configuration: which organisations are regulators (and auditors). The first
 * configuration must come from an admin of a listed regulator organisation; later changes from an admin of
 * a current one. Submitting the current configuration again is a no-op, so deployers may call it on
 * every deploy.
 */
final class ConfigurationService {

    private final DirectoryStore store;
    private final LedgerState state;
    private final Caller caller;

    ConfigurationService(final DirectoryStore store, final Caller caller) {
        this.store = store;
        this.state = store.state();
        this.caller = caller;
    }

    Configuration configure(final ConfigureRequest request) {
        final List<String> regulators = mspIds("regulatorMspIds", request.regulatorMspIds());
        if (regulators.isEmpty()) {
            throw DirectoryInput.invalid("regulatorMspIds needs at least one MSP id");
        }
        final List<String> auditors = mspIds("auditorMspIds", request.auditorMspIds());
        final Optional<Configuration> current = store.configuration();
        final List<String> allowed = current.map(Configuration::regulatorMspIds).orElse(regulators);
        if (!caller.admin() || !allowed.contains(caller.mspId())) {
            throw Refusal.of(CommonError.ACCESS_DENIED, "configuring govdir needs an admin of %s %s",
                    current.isPresent() ? "a current regulator organisation" : "a listed regulator organisation",
                    allowed);
        }
        if (current.isPresent() && current.get().regulatorMspIds().equals(regulators)
                && current.get().auditorMspIds().equals(auditors)) {
            return current.get();
        }
        final Configuration next = new Configuration(regulators, auditors,
                current.map(c -> c.version() + 1).orElse(1), state.txTimestamp(), caller.id(), state.txId());
        state.put(DirectoryKeys.config(state), next);
        return next;
    }

    Configuration get() {
        return store.configuration()
                .orElseThrow(() -> Refusal.of(CommonError.NOT_CONFIGURED, "govdir has not been configured yet"));
    }

    /** Sorted, distinct MSP ids. */
    private static List<String> mspIds(final String field, final List<String> values) {
        final TreeSet<String> sorted = new TreeSet<>();
        for (final String id : DirectoryInput.list(field, values, DirectoryInput.MAX_MSP_IDS)) {
            if (!sorted.add(DirectoryInput.id(field, id))) {
                throw Refusal.of(CommonError.DUPLICATE_VALUE, "%s lists %s twice", field, id);
            }
        }
        return List.copyOf(sorted);
    }
}
