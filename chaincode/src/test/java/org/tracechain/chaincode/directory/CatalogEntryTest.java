// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.hyperledger.fabric.shim.ext.sbe.impl.StateBasedEndorsementFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.model.directory.CreateEntryRequest;
import org.tracechain.model.directory.DataItem;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.directory.EntryChange;
import org.tracechain.model.directory.EntryMetadata;
import org.tracechain.model.directory.EntryQuery;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.PublicationState;
import org.tracechain.model.directory.PublishEntryRequest;
import org.tracechain.model.directory.RegisterDutyRequest;
import org.tracechain.model.directory.RetireEntryRequest;
import org.tracechain.model.directory.ReviseEntryRequest;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.directory.UpdateCycle;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.error.ErrorCode;

class CatalogEntryTest extends DirectoryFixture {

    @BeforeEach
    void setUp() {
        baseline();
    }

    private String createJson(final String code, final String department, final EntryMetadata metadata) {
        return json(new CreateEntryRequest(code, department, metadata, null));
    }

    private void refuseCreate(final ErrorCode code, final UnaryOperator<EntryMetadata> change) {
        assertRefused(code, MARKET_ADMIN,
                ctx -> contract.createEntry(ctx, createJson("SAMR-009", MARKET, change.apply(penalties()))));
    }

    private static EntryMetadata withDuties(final EntryMetadata m, final List<String> duties) {
        return new EntryMetadata(m.title(), m.description(), duties, m.themeCodes(), m.classificationCode(), m.items(),
                m.sharingType(), m.sharingConditions(), m.legalBasis(), m.sharingMethod(), m.openAttribute(),
                m.updateCycle(), m.sourceSystem());
    }

    private static EntryMetadata withItems(final EntryMetadata m, final List<DataItem> items) {
        return new EntryMetadata(m.title(), m.description(), m.dutyIds(), m.themeCodes(), m.classificationCode(), items,
                m.sharingType(), m.sharingConditions(), m.legalBasis(), m.sharingMethod(), m.openAttribute(),
                m.updateCycle(), m.sourceSystem());
    }

    private static EntryMetadata withSharing(final EntryMetadata m, final SharingType type, final String conditions,
            final String basis) {
        return new EntryMetadata(m.title(), m.description(), m.dutyIds(), m.themeCodes(), m.classificationCode(),
                m.items(), type, conditions, basis, m.sharingMethod(), m.openAttribute(), m.updateCycle(),
                m.sourceSystem());
    }

    private static EntryMetadata withCycle(final EntryMetadata m, final UpdateCycle cycle) {
        return new EntryMetadata(m.title(), m.description(), m.dutyIds(), m.themeCodes(), m.classificationCode(),
                m.items(), m.sharingType(), m.sharingConditions(), m.legalBasis(), m.sharingMethod(), m.openAttribute(),
                cycle, m.sourceSystem());
    }

    private List<String> codes(final String json) {
        return page(json, EntryVersion.class).items().stream().map(EntryVersion::code).toList();
    }

    private List<String> byItem(final String name) {
        return codes(ledger.evaluate(CIVIL_PLAIN, ctx -> contract.entriesByItemName(ctx, json(new EntryQuery(name, null, null)))));
    }

    @Test
    void created_entry_is_a_draft_version_one_endorsed_by_its_owner() {
        final EntryVersion v1 = create(MARKET_ADMIN, "SAMR-002", MARKET, penalties());

        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.state()).isEqualTo(PublicationState.DRAFT);
        assertThat(v1.previousVersionKey()).isNull();
        assertThat(ledger.validationParameter(entryKey("SAMR-002"))).isPresent();
        for (final String key : List.of(entryKey("SAMR-002"), versionKey("SAMR-002", 1))) {
            final byte[] parameter = ledger.validationParameter(key).orElseThrow();
            assertThat(StateBasedEndorsementFactory.getInstance().newStateBasedEndorsement(parameter).listOrgs())
                    .containsExactly(MARKET_MSP);
        }
        assertThat(ledger.events()).noneMatch(e -> e.name().startsWith("Entry"));
    }

    @Test
    void publishing_and_revising_write_new_linked_versions_and_keep_old_ones() {
        create(MARKET_ADMIN, "SAMR-002", MARKET, penalties());
        final EntryVersion v2 = publish(MARKET_ADMIN, "SAMR-002");
        final List<DataItem> items = new ArrayList<>(penalties().items());
        items.remove(2);
        items.add(item("处罚日期", "date"));
        final EntryVersion v3 = decode(ledger.submit(MARKET_ADMIN, ctx -> contract.reviseEntry(ctx,
                json(new ReviseEntryRequest("SAMR-002", withItems(penalties(), items), "增加处罚日期", 2)))),
                EntryVersion.class);

        assertThat(v2.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(v3.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(v3.previousVersionKey()).isEqualTo(versionKey("SAMR-002", 2));
        assertThat(v2.previousVersionKey()).isEqualTo(versionKey("SAMR-002", 1));
        final List<EntryVersion> history = list(ledger.evaluate(CIVIL_PLAIN, ctx -> contract.entryHistory(ctx, "SAMR-002")),
                new TypeReference<List<EntryVersion>>() {});
        assertThat(history).extracting(EntryVersion::version).containsExactly(1, 2, 3);
        assertThat(history).extracting(EntryVersion::txId).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(history.get(1).metadata()).isEqualTo(penalties());
        assertThat(decode(ledger.evaluate(CIVIL_PLAIN, ctx -> contract.getEntry(ctx, "SAMR-002")), EntryVersion.class))
                .isEqualTo(v3);
        // The published version 2 is untouched by the revision.
        assertThat(ledger.stateAsString(versionKey("SAMR-002", 2)).orElseThrow()).isEqualTo(json(v2));
        assertThat(ledger.validationParameter(versionKey("SAMR-002", 3))).isPresent();

        final var events = ledger.events();
        assertThat(events.get(events.size() - 2).name()).isEqualTo("EntryPublished");
        assertThat(events.get(events.size() - 1).name()).isEqualTo("EntryRevised");
        final EntryChange change = decode(new String(events.get(events.size() - 1).payload(), StandardCharsets.UTF_8),
                EntryChange.class);
        assertThat(change.entryCode()).isEqualTo("SAMR-002");
        assertThat(change.departmentCode()).isEqualTo(MARKET);
        assertThat(change.version()).isEqualTo(3);
        assertThat(change.previousVersion()).isEqualTo(2);
        assertThat(change.addedItemNames()).containsExactly("处罚日期");
        assertThat(change.removedItemNames()).containsExactly("处罚内容");
    }

    @Test
    void revision_moves_the_search_indexes() {
        createAndPublish(MARKET_ADMIN, "SAMR-002", MARKET, penalties());
        assertThat(byItem("处罚内容")).containsExactly("SAMR-002");

        final List<DataItem> items = List.of(item(USCC, "string"), item("处罚日期", "date"));
        final EntryMetadata revised = withCycle(withSharing(withItems(penalties(), items), SharingType.UNCONDITIONAL,
                null, null), UpdateCycle.MONTHLY);
        ledger.submit(MARKET_ADMIN, ctx -> contract.reviseEntry(ctx, json(new ReviseEntryRequest("SAMR-002", revised,
                "公开处罚", null))));

        assertThat(byItem("处罚内容")).isEmpty();
        assertThat(byItem("处罚日期")).containsExactly("SAMR-002");
        assertThat(codes(ledger.evaluate(CIVIL_PLAIN,
                ctx -> contract.entriesBySharingType(ctx, json(new EntryQuery("CONDITIONAL", null, null)))))).isEmpty();
        assertThat(codes(ledger.evaluate(CIVIL_PLAIN,
                ctx -> contract.entriesBySharingType(ctx, json(new EntryQuery("UNCONDITIONAL", null, null))))))
                .containsExactly("SAMR-002");
        assertThat(codes(ledger.evaluate(CIVIL_PLAIN,
                ctx -> contract.entriesByUpdateCycle(ctx, json(new EntryQuery("DAILY", null, null)))))).isEmpty();
        assertThat(codes(ledger.evaluate(CIVIL_PLAIN,
                ctx -> contract.entriesByUpdateCycle(ctx, json(new EntryQuery("MONTHLY", null, null))))))
                .containsExactly("SAMR-002");
        assertThat(ledger.keys()).noneMatch(k -> k.contains("entry~item\u0000处罚内容"));
    }

    @Test
    void retiring_drops_the_entry_from_search_but_not_from_its_department() {
        createAndPublish(MARKET_ADMIN, "SAMR-002", MARKET, penalties());

        final EntryVersion retired = decode(ledger.submit(MARKET_ADMIN,
                ctx -> contract.retireEntry(ctx, json(new RetireEntryRequest("SAMR-002", "数据并入企业信用信息", null)))),
                EntryVersion.class);

        assertThat(retired.state()).isEqualTo(PublicationState.RETIRED);
        assertThat(retired.version()).isEqualTo(3);
        assertThat(byItem(USCC)).isEmpty();
        assertThat(codes(ledger.evaluate(CIVIL_PLAIN,
                ctx -> contract.entriesByDepartment(ctx, json(new EntryQuery(MARKET, null, null))))))
                .containsExactly("SAMR-002");
        assertThat(ledger.events().get(ledger.events().size() - 1).name()).isEqualTo("EntryRetired");
        assertRefused(DirectoryError.ENTRY_RETIRED, MARKET_ADMIN, ctx -> contract.reviseEntry(ctx,
                json(new ReviseEntryRequest("SAMR-002", registrations(), "x", null))));
        assertRefused(DirectoryError.ENTRY_RETIRED, MARKET_ADMIN,
                ctx -> contract.publishEntry(ctx, json(new PublishEntryRequest("SAMR-002", null, null))));
        assertRefused(DirectoryError.ENTRY_RETIRED, MARKET_ADMIN,
                ctx -> contract.retireEntry(ctx, json(new RetireEntryRequest("SAMR-002", "again", null))));
    }

    @Test
    void item_search_ignores_case_and_full_width_forms() {
        createAndPublish(MARKET_ADMIN, "SAMR-003", MARKET,
                withItems(registrations(), List.of(item("Unified Social Credit Code", "string"))));

        assertThat(byItem("unified social credit code")).containsExactly("SAMR-003");
        assertThat(byItem("ＵＮＩＦＩＥＤ Social Credit Code ")).containsExactly("SAMR-003");
    }

    @Test
    void entry_content_rules() {
        refuseCreate(DirectoryError.DUTY_REQUIRED, m -> withDuties(m, List.of()));
        refuseCreate(DirectoryError.DUTY_REQUIRED, m -> withDuties(m, null));
        refuseCreate(DirectoryError.DUTY_NOT_FOUND, m -> withDuties(m, List.of("NOPE")));
        refuseCreate(DirectoryError.DUTY_NOT_OWNED, m -> withDuties(m, List.of(CIVIL_DUTY)));
        refuseCreate(CommonError.DUPLICATE_VALUE, m -> withDuties(m, List.of(MARKET_DUTY, MARKET_DUTY)));
        refuseCreate(DirectoryError.ITEMS_REQUIRED, m -> withItems(m, List.of()));
        refuseCreate(CommonError.DUPLICATE_VALUE, m -> withItems(m, List.of(item(USCC, "string"), item(USCC, "text"))));
        refuseCreate(CommonError.DUPLICATE_VALUE, m -> withItems(m, List.of(item("Name", "string"), item("NAME", "text"))));
        refuseCreate(DirectoryError.CONDITIONS_REQUIRED, m -> withSharing(m, SharingType.CONDITIONAL, " ", null));
        refuseCreate(DirectoryError.LEGAL_BASIS_REQUIRED, m -> withSharing(m, SharingType.NOT_SHARED, null, null));
        refuseCreate(CommonError.INVALID_FIELD, m -> withSharing(m, null, null, null));
        refuseCreate(CommonError.FIELD_TOO_LONG, m -> withItems(m, List.of(item("x".repeat(129), "string"))));
        refuseCreate(CommonError.TOO_MANY_VALUES, m -> withItems(m,
                java.util.stream.IntStream.range(0, 201).mapToObj(i -> item("f" + i, "string")).toList()));
        refuseCreate(CommonError.INVALID_FIELD, m -> withItems(m, List.of(item("\u00a0", "string"))));
        refuseCreate(CommonError.INVALID_ENCODING, m -> withItems(m, List.of(item("bad\ud800", "string"))));
        assertRefused(CommonError.INVALID_FIELD, MARKET_ADMIN,
                ctx -> contract.createEntry(ctx, json(new CreateEntryRequest("SAMR-009", MARKET, null, null))));
        assertRefused(DirectoryError.DEPARTMENT_NOT_FOUND, MARKET_ADMIN,
                ctx -> contract.createEntry(ctx, createJson("SAMR-009", "NOPE", penalties())));
        assertRefused(CommonError.MALFORMED_JSON, MARKET_ADMIN, ctx -> contract.createEntry(ctx,
                createJson("SAMR-009", MARKET, penalties()).replace("\"CONDITIONAL\"", "\"SOMETIMES\"")));
    }

    @Test
    void entry_change_rules() {
        create(MARKET_ADMIN, "SAMR-002", MARKET, penalties());
        assertRefused(DirectoryError.ENTRY_ALREADY_EXISTS, MARKET_ADMIN,
                ctx -> contract.createEntry(ctx, createJson("SAMR-002", MARKET, penalties())));
        assertRefused(DirectoryError.ENTRY_UNCHANGED, MARKET_ADMIN, ctx -> contract.reviseEntry(ctx,
                json(new ReviseEntryRequest("SAMR-002", penalties(), "nothing", null))));
        assertRefused(DirectoryError.VERSION_CONFLICT, MARKET_ADMIN, ctx -> contract.reviseEntry(ctx,
                json(new ReviseEntryRequest("SAMR-002", registrations(), "stale", 7))));
        assertRefused(CommonError.INVALID_FIELD, MARKET_ADMIN, ctx -> contract.reviseEntry(ctx,
                json(new ReviseEntryRequest("SAMR-002", registrations(), null, null))));
        assertRefused(DirectoryError.ENTRY_NOT_FOUND, MARKET_ADMIN, ctx -> contract.reviseEntry(ctx,
                json(new ReviseEntryRequest("NOPE", registrations(), "x", null))));
        assertRefused(DirectoryError.REASON_REQUIRED, MARKET_ADMIN,
                ctx -> contract.retireEntry(ctx, json(new RetireEntryRequest("SAMR-002", null, null))));
        publish(MARKET_ADMIN, "SAMR-002");
        assertRefused(DirectoryError.ENTRY_ALREADY_PUBLISHED, MARKET_ADMIN,
                ctx -> contract.publishEntry(ctx, json(new PublishEntryRequest("SAMR-002", null, null))));
        assertQueryRefused(DirectoryError.ENTRY_NOT_FOUND, CIVIL_PLAIN, ctx -> contract.getEntry(ctx, "NOPE"));
        assertQueryRefused(DirectoryError.ENTRY_NOT_FOUND, CIVIL_PLAIN, ctx -> contract.entryHistory(ctx, "NOPE"));
    }

    @Test
    void only_the_owners_catalog_admin_changes_an_entry() {
        createAndPublish(MARKET_ADMIN, "SAMR-002", MARKET, penalties());
        ledger.submit(CIVIL_ADMIN, ctx -> contract.registerDuty(ctx,
                json(new RegisterDutyRequest("MCA-D02", CIVIL, "t", "b", null))));

        assertRefused(CommonError.ACCESS_DENIED, CIVIL_ADMIN, ctx -> contract.reviseEntry(ctx,
                json(new ReviseEntryRequest("SAMR-002", registrations(), "hijack", null))));
        assertRefused(CommonError.ACCESS_DENIED, MARKET_REQUESTER, ctx -> contract.reviseEntry(ctx,
                json(new ReviseEntryRequest("SAMR-002", registrations(), "x", null))));
        assertRefused(CommonError.ACCESS_DENIED, CIVIL_ADMIN,
                ctx -> contract.retireEntry(ctx, json(new RetireEntryRequest("SAMR-002", "x", null))));
        assertRefused(CommonError.ACCESS_DENIED, CIVIL_ADMIN,
                ctx -> contract.createEntry(ctx, createJson("SAMR-010", MARKET, penalties())));
        assertRefused(CommonError.ACCESS_DENIED, AUDITOR,
                ctx -> contract.createEntry(ctx, createJson("SAMR-010", MARKET, penalties())));
    }

    @Test
    void version_limit_stops_unbounded_history() {
        create(MARKET_ADMIN, "SAMR-002", MARKET, penalties());
        for (int v = 2; v <= EntryService.MAX_VERSIONS; v++) {
            final String title = "v" + v;
            final EntryMetadata m = penalties();
            ledger.submit(MARKET_ADMIN, ctx -> contract.reviseEntry(ctx, json(new ReviseEntryRequest("SAMR-002",
                    new EntryMetadata(title, m.description(), m.dutyIds(), m.themeCodes(), m.classificationCode(),
                            m.items(), m.sharingType(), m.sharingConditions(), m.legalBasis(), m.sharingMethod(),
                            m.openAttribute(), m.updateCycle(), m.sourceSystem()), "bump", null))));
        }
        assertRefused(DirectoryError.VERSION_LIMIT_REACHED, MARKET_ADMIN,
                ctx -> contract.publishEntry(ctx, json(new PublishEntryRequest("SAMR-002", null, null))));
        assertThat(list(ledger.evaluate(CIVIL_PLAIN, ctx -> contract.entryHistory(ctx, "SAMR-002")),
                new TypeReference<List<EntryVersion>>() {})).hasSize(EntryService.MAX_VERSIONS);
    }
}
