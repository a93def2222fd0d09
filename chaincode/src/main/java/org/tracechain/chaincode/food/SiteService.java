// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.food;

import java.util.Objects;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.chaincode.validation.Fields;
import org.tracechain.model.food.FoodChaincodeEvents;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.SiteLookup;
import org.tracechain.model.food.SiteRecord;
import org.tracechain.model.food.SiteRequest;

/**
 * The site registry: each organisation's admin registers and updates the locations where its events happen, with
 * the FSMA 204 location description (business name, phone, address) and, where it has one, the GS1 GLN. Sites
 * are organisation master data that other organisations' shipments and the regulator's exports name, so only an
 * admin of the owning organisation writes them, and the key needs that organisation's peer to change
 * (key-level endorsement).
 */
final class SiteService {

    private final FoodTx tx;

    SiteService(final FoodTx tx) {
        this.tx = tx;
    }

    SiteRecord register(final SiteRequest request) {
        tx.access.requireAdmin("registering a site");
        final SiteRecord site = validated(request, null);
        if (tx.state.exists(FoodKeys.site(site.siteId()))) {
            throw Refusal.of(FoodError.SITE_ALREADY_EXISTS, "site %s already exists", site.siteId());
        }
        if (site.gln() != null) {
            final String glnKey = FoodKeys.siteByGln(site.gln(), site.glnExtension());
            final var taken = tx.state.get(glnKey, String.class);
            if (taken.isPresent()) {
                throw Refusal.of(FoodError.SITE_ALREADY_EXISTS, "GLN %s%s is already registered as site %s",
                        site.gln(), site.glnExtension() == null ? "" : " extension " + site.glnExtension(),
                        taken.get());
            }
            tx.state.put(glnKey, site.siteId());
        }
        store(site);
        return site;
    }

    SiteRecord update(final SiteRequest request) {
        tx.access.requireAdmin("updating a site");
        final SiteRecord current = tx.sites.requireSite("siteId", request.siteId());
        if (!current.ownerMspId().equals(tx.caller.mspId())) {
            throw Refusal.of(FoodError.NOT_SITE_OWNER, "site %s belongs to %s, not %s", current.siteId(),
                    current.ownerMspId(), tx.caller.mspId());
        }
        final SiteRecord site = validated(request, current);
        if (!Objects.equals(site.gln(), current.gln()) || !Objects.equals(site.glnExtension(), current.glnExtension())) {
            throw Fields.invalid("the GLN of site %s cannot change; register a new site for another GLN",
                    current.siteId());
        }
        store(site);
        return site;
    }

    SiteRecord get(final String siteId) {
        return tx.sites.requireSite("siteId", siteId);
    }

    SiteRecord getByGln(final SiteLookup query) {
        final String gln = IdentifierInput.optionalGln("gln", query.gln());
        FoodInput.required("gln", gln);
        final String extension = query.glnExtension() == null ? null
                : IdentifierInput.aiValue("glnExtension", "AI 254", query.glnExtension());
        final String siteId = tx.state.get(FoodKeys.siteByGln(gln, extension), String.class)
                .orElseThrow(() -> Refusal.of(FoodError.SITE_NOT_FOUND, "no site is registered with GLN %s%s", gln,
                        extension == null ? "" : " extension " + extension));
        return tx.sites.requireSite("siteId", siteId);
    }

    private SiteRecord validated(final SiteRequest request, final SiteRecord current) {
        final String siteId = FoodInput.id("siteId", request.siteId());
        final String businessName = FoodInput.text("businessName", request.businessName(), FoodInput.NAME_MAX);
        final String phone = IdentifierInput.phone("phone", request.phone());
        final var address = IdentifierInput.address("address", request.address());
        final String gln = IdentifierInput.optionalGln("gln", request.gln());
        String extension = null;
        if (request.glnExtension() != null) {
            if (gln == null) {
                throw Fields.invalid("glnExtension needs a gln");
            }
            extension = IdentifierInput.aiValue("glnExtension", "AI 254", request.glnExtension());
        }
        final String offset = IdentifierInput.optionalUtcOffset("utcOffset", request.utcOffset());
        final String reference = FoodInput.optionalText("tlcSourceReference", request.tlcSourceReference(),
                FoodInput.NAME_MAX);
        return new SiteRecord(siteId, businessName, phone, address, gln, extension, offset == null ? "+00:00" : offset,
                reference, tx.caller.mspId(), current == null ? tx.now() : current.registeredAt(), tx.now(),
                tx.caller.id(), tx.txId());
    }

    private void store(final SiteRecord site) {
        final String key = FoodKeys.site(site.siteId());
        tx.state.put(key, site);
        tx.state.requireEndorsement(key, site.ownerMspId());
        tx.state.event(FoodChaincodeEvents.SITE_CHANGED, site);
    }
}
