// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.directory.DataItem;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.directory.Duty;
import org.tracechain.model.directory.EntryMetadata;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.error.CommonError;

/**
 * The rules a catalog entry's content must follow: it serves at least one of its owner's duties,
 * describes at least one uniquely named data item, states conditions when sharing is conditional and a
 * legal basis when it is not shared (以共享为原则、不共享为例外).
 */
final class EntryValidator {

    private final DirectoryStore store;

    EntryValidator(final DirectoryStore store) {
        this.store = store;
    }

    /** Checks {@code metadata} for an entry of {@code ownerCode}; returns it as sent. */
    EntryMetadata validate(final EntryMetadata metadata, final String ownerCode) {
        if (metadata == null) {
            throw DirectoryInput.invalid("metadata is required");
        }
        final String title = DirectoryInput.text("title", metadata.title(), DirectoryInput.MAX_NAME);
        final String description =
                DirectoryInput.optionalText("description", metadata.description(), DirectoryInput.MAX_DESCRIPTION);
        final List<String> themes = distinctIds("themeCodes", metadata.themeCodes(), DirectoryInput.MAX_THEMES);
        final String classification = DirectoryInput.id("classificationCode", metadata.classificationCode());
        final List<String> dutyIds =
                distinctIds("dutyIds", metadata.dutyIds(), DirectoryInput.MAX_DUTIES_PER_ENTRY);
        final List<DataItem> items = items(metadata.items());
        final SharingType sharing = metadata.sharingType();
        if (sharing == null) {
            throw DirectoryInput.invalid("sharingType is required");
        }
        final String conditions = DirectoryInput.ruleText("sharingConditions", metadata.sharingConditions(),
                DirectoryInput.MAX_CONDITIONS);
        final String legalBasis =
                DirectoryInput.ruleText("legalBasis", metadata.legalBasis(), DirectoryInput.MAX_NOTE);
        if (metadata.sharingMethod() == null && sharing != SharingType.NOT_SHARED) {
            throw DirectoryInput.invalid("sharingMethod is required for shared entries");
        }
        if (metadata.openAttribute() == null) {
            throw DirectoryInput.invalid("openAttribute is required");
        }
        if (metadata.updateCycle() == null) {
            throw DirectoryInput.invalid("updateCycle is required");
        }
        final String sourceSystem =
                DirectoryInput.optionalText("sourceSystem", metadata.sourceSystem(), DirectoryInput.MAX_NAME);
        if (sharing == SharingType.CONDITIONAL && conditions == null) {
            throw Refusal.of(DirectoryError.CONDITIONS_REQUIRED, "conditional sharing needs sharingConditions");
        }
        if (sharing == SharingType.NOT_SHARED && legalBasis == null) {
            throw Refusal.of(DirectoryError.LEGAL_BASIS_REQUIRED,
                    "not-shared entries need the legal basis (law, regulation or State Council policy)");
        }
        DirectoryInput.refuseBlank("sharingConditions", metadata.sharingConditions());
        DirectoryInput.refuseBlank("legalBasis", metadata.legalBasis());
        if (dutyIds.isEmpty()) {
            throw Refusal.of(DirectoryError.DUTY_REQUIRED, "a catalog entry must serve at least one duty");
        }
        for (final String dutyId : dutyIds) {
            final Duty duty = store.duty(dutyId);
            if (!duty.departmentCode().equals(ownerCode)) {
                throw Refusal.of(DirectoryError.DUTY_NOT_OWNED, "duty %s belongs to department %s, not %s", dutyId,
                        duty.departmentCode(), ownerCode);
            }
        }
        return new EntryMetadata(title, description, dutyIds, themes, classification, items, sharing, conditions,
                legalBasis, metadata.sharingMethod(), metadata.openAttribute(), metadata.updateCycle(), sourceSystem);
    }

    private static List<String> distinctIds(final String field, final List<String> values, final int max) {
        final Set<String> seen = new HashSet<>();
        final List<String> out = new ArrayList<>();
        for (final String value : DirectoryInput.list(field, values, max)) {
            if (!seen.add(DirectoryInput.id(field, value))) {
                throw Refusal.of(CommonError.DUPLICATE_VALUE, "%s lists %s twice", field, value);
            }
            out.add(value);
        }
        return List.copyOf(out);
    }

    /** The normalised name an item is indexed and searched under; it becomes a composite-key attribute. */
    static String itemKey(final String field, final String name) {
        final String key = DirectoryKeys.normaliseItemName(name);
        // U+10FFFF ends composite-key ranges; an empty attribute would match nothing meaningful.
        if (key.isEmpty() || key.codePoints().anyMatch(c -> c == 0x10FFFF)) {
            throw DirectoryInput.invalid("%s '%s' is not a usable item name", field, name);
        }
        return key;
    }

    private static List<DataItem> items(final List<DataItem> values) {
        final List<DataItem> items = DirectoryInput.list("items", values, DirectoryInput.MAX_ITEMS);
        if (items.isEmpty()) {
            throw Refusal.of(DirectoryError.ITEMS_REQUIRED, "a catalog entry must describe at least one data item");
        }
        final Set<String> seen = new HashSet<>();
        final List<DataItem> out = new ArrayList<>();
        for (final DataItem item : items) {
            final String name = DirectoryInput.text("items.name", item.name(), DirectoryInput.MAX_ITEM_NAME);
            final String type = DirectoryInput.text("items.type", item.type(), DirectoryInput.MAX_ITEM_TYPE);
            final String description =
                    DirectoryInput.optionalText("items.description", item.description(), DirectoryInput.MAX_NOTE);
            if (!seen.add(itemKey("items.name", name))) {
                throw Refusal.of(CommonError.DUPLICATE_VALUE, "data item '%s' appears twice", name);
            }
            out.add(new DataItem(name, type, description));
        }
        return List.copyOf(out);
    }
}
