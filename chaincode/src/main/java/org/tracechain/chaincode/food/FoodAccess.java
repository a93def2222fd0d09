// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tracechain.chaincode.access.Caller;
import org.tracechain.chaincode.ledger.LedgerState;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.food.FoodConfiguration;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.Lot;
import org.tracechain.model.identity.Role;

/**
 * Who may do what. Roles come from the caller's certificate; the {@code regulator} role counts only for
 * organisations listed as authorities in the ledger configuration, because every organisation's CA can
 * mint any role attribute for its own users.
 */
final class FoodAccess {

    /** Roles of an organisation that handles goods and so may ship what it holds. */
    static final Role[] CUSTODIANS = {Role.PRODUCER, Role.PROCESSOR, Role.LOGISTICS, Role.RETAILER};
    /** Roles that may anchor documents. */
    static final Role[] DOCUMENT_WRITERS =
            {Role.PRODUCER, Role.PROCESSOR, Role.LOGISTICS, Role.RETAILER, Role.INSPECTOR, Role.REGULATOR};

    private final LedgerState state;
    private final Caller caller;

    FoodAccess(final LedgerState state, final Caller caller) {
        this.state = state;
        this.caller = caller;
    }

    void requireAnyRole(final String action, final Role... roles) {
        if (!caller.hasAnyRole(roles)) {
            throw Refusal.of(CommonError.ACCESS_DENIED, "%s needs the role %s", action,
                    Arrays.stream(roles).map(Role::value).collect(Collectors.joining(" or ")));
        }
    }

    /** The caller is an organisation admin (NodeOU {@code admin}): organisation master data is theirs to write. */
    void requireAdmin(final String action) {
        if (!caller.admin()) {
            throw Refusal.of(CommonError.ACCESS_DENIED, "%s needs an organisation admin identity", action);
        }
    }

    void requireHolder(final String action, final Lot lot) {
        if (!caller.mspId().equals(lot.holderMspId())) {
            throw Refusal.of(FoodError.NOT_HOLDER, "%s: lot %s is held by %s, not %s", action, lot.lotId(),
                    lot.holderMspId(), caller.mspId());
        }
    }

    Optional<FoodConfiguration> configuration() {
        return state.get(FoodKeys.config(), FoodConfiguration.class);
    }

    /** Whether the caller's organisation is a configured authority (role not considered). */
    boolean callerOrgIsAuthority() {
        return configuration().map(c -> c.authorityMspIds().contains(caller.mspId())).orElse(false);
    }

    /** The caller holds the regulator role and belongs to a configured authority organisation. */
    void requireRegulator(final String action) {
        requireAnyRole(action, Role.REGULATOR);
        final FoodConfiguration configuration = configuration().orElseThrow(() -> Refusal.of(
                CommonError.NOT_CONFIGURED, "%s: no authority organisations are configured yet (Configure)", action));
        if (!configuration.authorityMspIds().contains(caller.mspId())) {
            throw Refusal.of(FoodError.NOT_AN_AUTHORITY, "%s: %s is not an authority organisation", action,
                    caller.mspId());
        }
    }

    /**
     * {@code mspId} is a member organisation of the channel, as the configuration lists them. Without a
     * configuration (or one written before members were recorded) no organisation is known: NOT_CONFIGURED.
     */
    void requireMember(final String field, final String mspId) {
        final FoodConfiguration configuration = configuration().orElseThrow(() -> Refusal.of(
                CommonError.NOT_CONFIGURED, "the channel's member organisations are not configured yet (Configure)"));
        if (configuration.memberMspIds().isEmpty()) {
            throw Refusal.of(CommonError.NOT_CONFIGURED,
                    "the configuration lists no member organisations; run Configure with memberMspIds");
        }
        if (!configuration.memberMspIds().contains(mspId)) {
            throw Refusal.of(CommonError.UNKNOWN_ORGANIZATION, "%s %s is not a member of this channel", field, mspId);
        }
    }

    /** Whether the caller is an honoured regulator (role + authority organisation). */
    boolean isRegulator() {
        return caller.hasRole(Role.REGULATOR) && callerOrgIsAuthority();
    }
}
