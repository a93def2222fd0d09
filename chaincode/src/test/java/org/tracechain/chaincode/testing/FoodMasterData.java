// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.testing;

import java.util.Locale;
import org.tracechain.chaincode.food.FoodTraceContract;
import org.tracechain.model.food.PartyRequest;
import org.tracechain.model.food.PostalAddress;
import org.tracechain.model.food.SiteRequest;
import org.tracechain.model.identifier.Gs1Keys;
import org.tracechain.model.json.LedgerJson;

/**
 * Registers an organisation's primary site {@code S-<mspId>} and its party through the foodtrace contract, as its
 * admin would: every event needs a site, so tests that record events on a fresh ledger seed this first.
 */
public final class FoodMasterData {

    private FoodMasterData() {}

    /** The primary site id seeded for {@code mspId}. */
    public static String siteId(final String mspId) {
        return "S-" + mspId;
    }

    /** The party GLN seeded for {@code mspId}: GS1 prefix 690 1234, check digit computed. */
    public static String pgln(final String mspId) {
        final String body = String.format("6901234%05d", Math.floorMod(mspId.hashCode(), 100_000));
        return body + Gs1Keys.checkDigit(body);
    }

    /** The admin identity that seeds {@code mspId}'s master data. */
    public static TestIdentity admin(final String mspId) {
        return TestIdentities.admin(mspId, mspId.toLowerCase(Locale.ROOT) + "-admin");
    }

    public static void seed(final InMemoryLedger ledger, final String mspId) {
        final FoodTraceContract contract = new FoodTraceContract();
        final TestIdentity admin = admin(mspId);
        final String siteId = siteId(mspId);
        ledger.submit(admin, ctx -> contract.registerSite(ctx, LedgerJson.toJson(new SiteRequest(siteId, mspId + " site",
                "+86 20 8888 0000", new PostalAddress("1 Huangpu Avenue", "Guangzhou", "Guangdong", "510000", "CN"),
                null, null, "+08:00", null))));
        ledger.submit(admin, ctx -> contract.registerParty(ctx, LedgerJson.toJson(new PartyRequest(mspId + " Ltd",
                "+86 20 8888 0001", null, pgln(mspId), null, siteId))));
    }
}
