// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.List;
import java.util.Optional;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.food.ConfigurationRequest;
import org.tracechain.model.food.FoodChaincodeEvents;
import org.tracechain.model.food.FoodConfiguration;
import org.tracechain.model.food.FoodError;

/**
 * The channel configuration: authority organisations and the channel's member organisations. Bootstrapping:
 * while none exists, an organisation admin of one of the listed authorities may set it (so a single org cannot
 * name itself authority without being listed — and the deployer can call it on every deploy). Afterwards only
 * an admin of a current authority may change it; resubmitting the identical configuration is a no-op.
 * Authorities must be members.
 */
final class ConfigurationService {

    private final FoodTx tx;

    ConfigurationService(final FoodTx tx) {
        this.tx = tx;
    }

    FoodConfiguration configure(final ConfigurationRequest request) {
        final List<String> authorities = FoodInput.ids("authorityMspIds", request.authorityMspIds(),
                FoodInput.AUTHORITIES_MAX, true).stream().sorted().toList();
        final List<String> members = FoodInput.ids("memberMspIds", request.memberMspIds(),
                FoodInput.MEMBERS_MAX, true).stream().sorted().toList();
        for (final String authority : authorities) {
            if (!members.contains(authority)) {
                throw Refusal.of(CommonError.UNKNOWN_ORGANIZATION, "authority %s is not in memberMspIds", authority);
            }
        }
        final Optional<FoodConfiguration> current = tx.access.configuration();
        if (!tx.caller.admin()) {
            throw Refusal.of(CommonError.ACCESS_DENIED, "configuring foodtrace needs an organisation admin identity");
        }
        if (current.isPresent() && current.get().authorityMspIds().equals(authorities)
                && current.get().memberMspIds().equals(members)) {
            return current.get();
        }
        final List<String> allowed = current.map(FoodConfiguration::authorityMspIds).orElse(authorities);
        if (!allowed.contains(tx.caller.mspId())) {
            throw Refusal.of(FoodError.NOT_AN_AUTHORITY, current.isPresent()
                    ? "only an admin of a current authority organisation may change the configuration"
                    : "the first configuration must be set by an admin of a listed organisation");
        }
        final FoodConfiguration configuration = new FoodConfiguration(authorities, members, tx.caller.mspId(),
                tx.caller.id(), tx.now(), tx.txId());
        tx.state.put(FoodKeys.config(), configuration);
        tx.state.event(FoodChaincodeEvents.CONFIGURATION_CHANGED, configuration);
        return configuration;
    }

    FoodConfiguration get() {
        return tx.access.configuration().orElseThrow(() -> Refusal.of(CommonError.NOT_CONFIGURED,
                "foodtrace has no configuration yet (Configure)"));
    }
}
