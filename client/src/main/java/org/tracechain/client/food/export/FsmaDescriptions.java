// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.food.export;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tracechain.client.food.epcis.EpcisUris;
import org.tracechain.model.food.PartyRecord;
import org.tracechain.model.food.PostalAddress;
import org.tracechain.model.food.SiteRecord;

/**
 * Texts of the FSMA spreadsheet: location descriptions as 21 CFR 1.1310 defines them (business name, physical
 * address with city, state or region, postal code and country, and phone), parties by name and registered
 * identifier, and ISO 8601 date-times at the location's UTC offset.
 */
final class FsmaDescriptions {

    private static final Map<String, String> REFERENCE_TYPES = Map.ofEntries(Map.entry("bol", "Bill of lading"),
            Map.entry("cert", "Certificate"), Map.entry("desadv", "Despatch advice"), Map.entry("inv", "Invoice"),
            Map.entry("pedigree", "Pedigree"), Map.entry("po", "Purchase order"),
            Map.entry("poc", "Purchase order confirmation"), Map.entry("prodorder", "Production order"),
            Map.entry("recadv", "Receiving advice"), Map.entry("rma", "Return merchandise authorisation"),
            Map.entry("testprd", "Test procedure"), Map.entry("testres", "Test result"),
            Map.entry("upevt", "Upstream EPCIS event"));

    private final MasterData master;

    FsmaDescriptions(final MasterData master) {
        this.master = master;
    }

    /** The location description of a site, or the id as recorded when it is not a registered site. */
    String location(final String siteId) {
        if (siteId == null) {
            return "";
        }
        return master.site(siteId).map(FsmaDescriptions::describe)
                .orElse(siteId + " (not a registered site: no location description on the ledger)");
    }

    /** The identifier of a site: its GLN Digital Link, or its URN. */
    String locationIdentifier(final String siteId) {
        if (siteId == null) {
            return "";
        }
        return master.site(siteId).map(EpcisUris::site).orElse(EpcisUris.unregisteredSite(siteId));
    }

    /** A trading party by name and registered identifier, and where the goods went or came from. */
    String partyAt(final String mspId, final String siteId) {
        final String party = party(mspId);
        return siteId == null ? party : party + " at " + location(siteId);
    }

    /** A party by business name, phone and registered identifier. */
    String party(final String mspId) {
        return master.party(mspId).map(p -> p.businessName() + " (" + identifier(p) + ")")
                .orElse(mspId + " (organisation without a party record)");
    }

    /** Business name and phone of a party (FSMA initial packing: the harvester). */
    String nameAndPhone(final String mspId) {
        return master.party(mspId).map(p -> p.businessName() + ", tel. " + p.phone())
                .orElse(mspId + " (organisation without a party record)");
    }

    String tlcSourceReference(final String siteId) {
        return master.site(siteId).map(SiteRecord::tlcSourceReference).orElse("");
    }

    /** An instant as ISO 8601 with the site's UTC offset, e.g. {@code 2026-01-05T08:00:00+08:00}. */
    String dateTime(final Instant instant, final String siteId) {
        final ZoneOffset offset = master.site(siteId).map(s -> ZoneOffset.of(s.utcOffset())).orElse(ZoneOffset.UTC);
        return OffsetDateTime.ofInstant(instant, offset).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static String referenceType(final String type) {
        final String name = REFERENCE_TYPES.get(type);
        return name == null ? type : name + " (" + type + ")";
    }

    private static String identifier(final PartyRecord party) {
        final List<String> ids = new ArrayList<>();
        if (party.pgln() != null) {
            ids.add("PGLN " + party.pgln());
        }
        if (party.uscc() != null) {
            ids.add("USCC " + party.uscc());
        }
        return String.join(", ", ids);
    }

    private static String describe(final SiteRecord site) {
        final PostalAddress address = site.address();
        final List<String> parts = new ArrayList<>();
        parts.add(site.businessName());
        parts.add(address.street());
        parts.add(address.city());
        final String regionAndCode = ((address.region() == null ? "" : address.region()) + " "
                + (address.postalCode() == null ? "" : address.postalCode())).strip();
        if (!regionAndCode.isEmpty()) {
            parts.add(regionAndCode);
        }
        parts.add(address.countryCode());
        parts.add("tel. " + site.phone());
        if (site.gln() != null) {
            parts.add("GLN " + site.gln() + (site.glnExtension() == null ? "" : " ext. " + site.glnExtension()));
        }
        return String.join(", ", parts);
    }
}
