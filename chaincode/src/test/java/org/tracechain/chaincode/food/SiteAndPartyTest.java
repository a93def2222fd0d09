// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.FoodMasterData;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.food.LotOrigin;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.PartyRequest;
import org.tracechain.model.food.PostalAddress;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.ShipRequest;
import org.tracechain.model.food.SiteRecord;
import org.tracechain.model.food.SiteRequest;
import org.tracechain.model.food.TrackingEvent;
import org.tracechain.model.identity.Role;

/** The site and party registries: who may write them, what they check, and how events find their site. */
class SiteAndPartyTest extends FoodFixture {

    @BeforeEach
    void seed() {
        registerMasterData(MEMBERS);
    }

    private static final TestIdentity FARM1_ADMIN = FoodMasterData.admin("Farm1MSP");
    private static final TestIdentity FRESH_ADMIN = TestIdentities.admin("FreshMSP", "fresh-admin");
    private static final PostalAddress ADDRESS = new PostalAddress("Stall 5, Tianhe Market", "Guangzhou", "Guangdong",
            null, "CN");

    private static SiteRequest site(final String id, final String gln, final String extension) {
        return new SiteRequest(id, "Tianhe stall", "+86 138 0000 5003", ADDRESS, gln, extension, "+08:00", null);
    }

    @Test
    void an_admin_registers_updates_and_anyone_reads_a_site_by_id_or_gln() {
        final SiteRecord registered = submit(FARM1_ADMIN, ctx -> contract.registerSite(ctx, json(site("F1-HALL",
                "4012345000115", "987"))), SiteRecord.class);
        assertThat(registered.ownerMspId()).isEqualTo("Farm1MSP");
        assertThat(registered.utcOffset()).isEqualTo("+08:00");
        final SiteRecord updated = submit(FARM1_ADMIN, ctx -> contract.updateSite(ctx, json(new SiteRequest("F1-HALL",
                "Hall 2", "+86 20 1234", ADDRESS, "4012345000115", "987", null, "FDA-12345678901"))), SiteRecord.class);
        assertThat(updated.businessName()).isEqualTo("Hall 2");
        assertThat(updated.utcOffset()).as("an absent offset is UTC").isEqualTo("+00:00");
        assertThat(updated.registeredAt()).isEqualTo(registered.registeredAt());
        assertThat(evaluate(MARKET1, ctx -> contract.getSite(ctx, "F1-HALL"), SiteRecord.class)).isEqualTo(updated);
        assertThat(evaluate(MARKET1, ctx -> contract.getSiteByGln(ctx, "{\"gln\":\"4012345000115\","
                + "\"glnExtension\":\"987\"}"), SiteRecord.class)).isEqualTo(updated);
        assertEvaluateRefused("SITE_NOT_FOUND", MARKET1, ctx -> contract.getSiteByGln(ctx, "{\"gln\":\"4012345000115\"}"));
        assertEvaluateRefused("SITE_NOT_FOUND", MARKET1, ctx -> contract.getSite(ctx, "NOPE"));
    }

    @Test
    void site_identifiers_and_fields_are_checked_not_repaired() {
        assertRefused("INVALID_GS1_KEY", FARM1_ADMIN, ctx -> contract.registerSite(ctx, json(site("A", "6901234000017",
                null))));
        assertRefused("INVALID_GS1_KEY", FARM1_ADMIN, ctx -> contract.registerSite(ctx, json(site("A", "690123400002",
                null))));
        assertRefused("INVALID_GS1_AI_VALUE", FARM1_ADMIN, ctx -> contract.registerSite(ctx, json(site("A",
                "4012345000115", "EXTENSION-LONGER-THAN-20"))));
        assertRefused("INVALID_FIELD", FARM1_ADMIN, ctx -> contract.registerSite(ctx, json(site("A", null, "987"))));
        assertRefused("INVALID_FIELD", FARM1_ADMIN, ctx -> contract.registerSite(ctx, json(new SiteRequest("A", "x",
                "call me", ADDRESS, null, null, null, null))));
        assertRefused("INVALID_FIELD", FARM1_ADMIN, ctx -> contract.registerSite(ctx, json(new SiteRequest("A", "x",
                "+86 1", new PostalAddress("s", "c", null, null, "cn"), null, null, null, null))));
        assertRefused("INVALID_FIELD", FARM1_ADMIN, ctx -> contract.registerSite(ctx, json(new SiteRequest("A", "x",
                "+86 1", ADDRESS, null, null, "+8:00", null))));
        assertRefused("INVALID_FIELD", FARM1_ADMIN, ctx -> contract.registerSite(ctx, json(new SiteRequest("A", "x",
                "+86 1", null, null, null, null, null))));
    }

    @Test
    void a_site_id_or_gln_is_registered_once_and_only_its_owner_updates_it() {
        submit(FARM1_ADMIN, ctx -> contract.registerSite(ctx, json(site("F1-HALL", "4012345000115", null))));
        assertRefused("SITE_ALREADY_EXISTS", FARM1_ADMIN, ctx -> contract.registerSite(ctx, json(site("F1-HALL", null,
                null))));
        assertRefused("SITE_ALREADY_EXISTS", FARM1_ADMIN, ctx -> contract.registerSite(ctx, json(site("OTHER",
                "4012345000115", null))));
        submit(FARM1_ADMIN, ctx -> contract.registerSite(ctx, json(site("F1-SUB", "4012345000115", "1"))));
        assertRefused("NOT_SITE_OWNER", FoodMasterData.admin("Farm2MSP"), ctx -> contract.updateSite(ctx,
                json(site("F1-HALL", "4012345000115", null))));
        assertRefused("INVALID_FIELD", FARM1_ADMIN, ctx -> contract.updateSite(ctx, json(site("F1-HALL",
                "4012345000054", null))));
        assertRefused("ACCESS_DENIED", FARM1, ctx -> contract.registerSite(ctx, json(site("X", null, null))));
    }

    @Test
    void a_party_names_itself_by_pgln_or_uscc_with_valid_check_characters() {
        final PartyRecord fresh = submit(FRESH_ADMIN, ctx -> contract.registerParty(ctx, json(new PartyRequest(
                "Fresh Co", "+86 20 1", null, null, "91350100M000100Y43", null))), PartyRecord.class);
        assertThat(fresh.mspId()).isEqualTo("FreshMSP");
        assertThat(evaluate(MARKET1, ctx -> contract.getPartyByIdentifier(ctx, "{\"uscc\":\"91350100M000100Y43\"}"),
                PartyRecord.class)).isEqualTo(fresh);
        assertThat(evaluate(MARKET1, ctx -> contract.getPartyByIdentifier(ctx, "{\"pgln\":\"" + pgln("Farm1MSP")
                + "\"}"), PartyRecord.class).mspId()).isEqualTo("Farm1MSP");
        final TestIdentity another = TestIdentities.admin("AnotherMSP", "another-admin");
        assertRefused("INVALID_USCC", another, ctx -> contract.registerParty(ctx, json(new PartyRequest("A", "+86 1",
                null, null, "91350100M000100Y44", null))));
        assertRefused("INVALID_GS1_KEY", another, ctx -> contract.registerParty(ctx, json(new PartyRequest("A",
                "+86 1", null, "4012345000008", null, null))));
        assertRefused("INVALID_FIELD", another, ctx -> contract.registerParty(ctx, json(new PartyRequest("A", "+86 1",
                null, null, null, null))));
        assertRefused("PARTY_ALREADY_EXISTS", another, ctx -> contract.registerParty(ctx, json(new PartyRequest("A",
                "+86 1", null, null, "91350100M000100Y43", null))));
        assertRefused("PARTY_ALREADY_EXISTS", FRESH_ADMIN, ctx -> contract.registerParty(ctx, json(new PartyRequest(
                "Fresh Co", "+86 20 1", null, null, "91350100M000100Y43", null))));
        assertRefused("NOT_SITE_OWNER", another, ctx -> contract.registerParty(ctx, json(new PartyRequest("A", "+86 1",
                null, "4012345000009", null, site("Farm1MSP")))));
        assertEvaluateRefused("INVALID_FIELD", MARKET1, ctx -> contract.getPartyByIdentifier(ctx, "{}"));
        assertEvaluateRefused("PARTY_NOT_FOUND", MARKET1, ctx -> contract.getParty(ctx, "NobodyMSP"));
    }

    @Test
    void updating_a_party_moves_its_identifier() {
        final TestIdentity admin = FoodMasterData.admin("Farm1MSP");
        submit(admin, ctx -> contract.updateParty(ctx, json(new PartyRequest("Farm 1", "+86 1", null, "4012345000009",
                null, site("Farm1MSP")))));
        assertEvaluateRefused("PARTY_NOT_FOUND", MARKET1, ctx -> contract.getPartyByIdentifier(ctx, "{\"pgln\":\""
                + pgln("Farm1MSP") + "\"}"));
        assertThat(evaluate(MARKET1, ctx -> contract.getPartyByIdentifier(ctx, "{\"pgln\":\"4012345000009\"}"),
                PartyRecord.class).businessName()).isEqualTo("Farm 1");
        assertRefused("PARTY_ALREADY_EXISTS", FoodMasterData.admin("Farm2MSP"), ctx -> contract.updateParty(ctx, json(
                new PartyRequest("Farm 2", "+86 1", null, "4012345000009", null, null))));
        assertRefused("PARTY_NOT_FOUND", FRESH_ADMIN, ctx -> contract.updateParty(ctx, json(new PartyRequest("F",
                "+86 1", null, "4012345000054", null, null))));
    }

    @Test
    void events_happen_at_the_named_site_or_the_primary_site_and_never_nowhere() {
        configure();
        registerLot(FARM1, "L1", "1");
        final TrackingEvent shipped = ship(FARM1, "L1", "ProcMSP");
        assertThat(shipped.body().site()).isEqualTo(site("Farm1MSP"));
        assertThat(shipped.body().shipment().toSiteId()).isEqualTo(site("ProcMSP"));
        assertRefused("SITE_NOT_FOUND", FARM2, ctx -> contract.registerLot(ctx, json(new RegisterLotRequest("L2", "P",
                "Leek", BigDecimal.ONE, "kg", null, new LotOrigin(null, "NOWHERE", null, null), null, null))));
        final TestIdentity homeless = TestIdentities.client("HomelessMSP", "h", Role.PRODUCER);
        assertRefused("SITE_REQUIRED", homeless, ctx -> contract.registerLot(ctx, json(new RegisterLotRequest("L3",
                "P", "Leek", BigDecimal.ONE, "kg"))));
    }

    @Test
    void a_shipment_needs_both_organisations_registered_as_parties() {
        final FoodFixture partial = new FoodFixture();
        partial.submit(SAMR_ADMIN, ctx -> partial.contract.configure(ctx, json(configuration("SamrMSP"))));
        partial.registerMasterData(List.of("Farm1MSP"));
        partial.registerLot(FARM1, "L1", "1");
        partial.assertRefused("PARTY_NOT_FOUND", FARM1, ctx -> partial.contract.ship(ctx, json(new ShipRequest("L1",
                "ProcMSP", null, null, null, null))));
    }
}
