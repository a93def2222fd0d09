// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.model.food.ConfigurationRequest;
import org.tracechain.model.food.FoodConfiguration;

class ConfigurationTest extends FoodFixture {

    private static final String SAMR_ONLY = json(configuration("SamrMSP"));

    @Test
    void regulator_actions_are_refused_until_configured() {
        registerMasterData(MEMBERS);
        registerLot(FARM1, "L1", "1");
        assertRefused("NOT_CONFIGURED", REGULATOR, ctx -> contract.hold(ctx, "{\"lotId\":\"L1\",\"reason\":\"x\"}"));
        assertEvaluateRefused("NOT_CONFIGURED", FARM1, contract::getConfiguration);
    }

    @Test
    void first_configuration_needs_an_admin_of_a_listed_org() {
        assertRefused("ACCESS_DENIED", REGULATOR, ctx -> contract.configure(ctx, SAMR_ONLY));
        assertRefused("NOT_AN_AUTHORITY", TestIdentities.admin("Farm1MSP", "farm-admin"),
                ctx -> contract.configure(ctx, SAMR_ONLY));
        final FoodConfiguration configuration = submit(SAMR_ADMIN, ctx -> contract.configure(ctx, SAMR_ONLY),
                FoodConfiguration.class);
        assertThat(configuration.authorityMspIds()).containsExactly("SamrMSP");
        assertThat(evaluate(FARM1, contract::getConfiguration, FoodConfiguration.class)).isEqualTo(configuration);
    }

    @Test
    void identical_configuration_is_a_no_op() {
        configure();
        final var before = ledger.snapshot();
        final int events = ledger.events().size();
        submit(SAMR_ADMIN, ctx -> contract.configure(ctx, SAMR_ONLY));
        // The same sets in another order are the same configuration.
        final List<String> reversed = new java.util.ArrayList<>(MEMBERS);
        java.util.Collections.reverse(reversed);
        submit(SAMR_ADMIN, ctx -> contract.configure(ctx, json(new ConfigurationRequest(List.of("SamrMSP"), reversed))));
        assertThat(ledger.snapshot()).isEqualTo(before);
        assertThat(ledger.events()).hasSize(events);
    }

    @Test
    void only_an_admin_of_a_current_authority_changes_it() {
        configure();
        final String both = json(configuration("SamrMSP", "CustomsMSP"));
        assertRefused("NOT_AN_AUTHORITY", TestIdentities.admin("CustomsMSP", "customs-admin"),
                ctx -> contract.configure(ctx, both));
        submit(SAMR_ADMIN, ctx -> contract.configure(ctx, both));
        assertThat(evaluate(FARM1, contract::getConfiguration, FoodConfiguration.class).authorityMspIds())
                .containsExactly("CustomsMSP", "SamrMSP");
    }

    @Test
    void regulator_role_of_a_non_authority_org_is_not_honoured() {
        configure();
        registerLot(FARM1, "L1", "1");
        assertRefused("NOT_AN_AUTHORITY", ROGUE_REGULATOR, ctx -> contract.hold(ctx,
                "{\"lotId\":\"L1\",\"reason\":\"x\"}"));
    }

    @Test
    void configuration_input_is_validated() {
        assertRefused("INVALID_FIELD", SAMR_ADMIN, ctx -> contract.configure(ctx, json(new ConfigurationRequest(
                List.of(), MEMBERS))));
        assertRefused("INVALID_FIELD", SAMR_ADMIN, ctx -> contract.configure(ctx, "{\"authorityMspIds\":[\"SamrMSP\"]}"));
        assertRefused("UNKNOWN_ORGANIZATION", SAMR_ADMIN, ctx -> contract.configure(ctx, json(new ConfigurationRequest(
                List.of("SamrMSP"), List.of("Farm1MSP")))));
        assertRefused("DUPLICATE_VALUE", SAMR_ADMIN, ctx -> contract.configure(ctx,
                "{\"authorityMspIds\":[\"SamrMSP\",\"SamrMSP\"],\"memberMspIds\":[\"SamrMSP\"]}"));
        assertRefused("DUPLICATE_VALUE", SAMR_ADMIN, ctx -> contract.configure(ctx,
                "{\"authorityMspIds\":[\"SamrMSP\"],\"memberMspIds\":[\"SamrMSP\",\"SamrMSP\"]}"));
        assertRefused("MALFORMED_JSON", SAMR_ADMIN, ctx -> contract.configure(ctx, "{\"authorities\":[\"SamrMSP\"]}"));
    }
}
