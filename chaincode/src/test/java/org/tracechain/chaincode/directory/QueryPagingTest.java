// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.model.directory.AccessLog;
import org.tracechain.model.directory.AccessLogQuery;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.directory.DirectoryPage;
import org.tracechain.model.directory.EntryQuery;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.PartyQuery;
import org.tracechain.model.directory.PartySide;
import org.tracechain.model.directory.SharingRequest;
import org.tracechain.model.error.CommonError;

class QueryPagingTest extends DirectoryFixture {

    @BeforeEach
    void setUp() {
        baseline();
    }

    private DirectoryPage<EntryVersion> byDepartment(final Integer size, final String bookmark) {
        return page(ledger.evaluate(CIVIL_PLAIN,
                ctx -> contract.entriesByDepartment(ctx, json(new EntryQuery(MARKET, size, bookmark)))), EntryVersion.class);
    }

    private DirectoryPage<AccessLog> logs(final TestQuery q) {
        return page(ledger.evaluate(AUDITOR, ctx -> contract.accessLogsByDepartment(ctx,
                json(new AccessLogQuery(null, q.department, q.from, q.until, q.size, q.bookmark)))), AccessLog.class);
    }

    private record TestQuery(String department, Instant from, Instant until, Integer size, String bookmark) {}

    @Test
    void catalog_lists_page_with_bookmarks() {
        for (int i = 0; i < 7; i++) {
            create(MARKET_ADMIN, "SAMR-10" + i, MARKET, registrations());
        }
        final List<String> seen = new ArrayList<>();
        String bookmark = null;
        int pages = 0;
        do {
            final DirectoryPage<EntryVersion> p = byDepartment(3, bookmark);
            p.items().forEach(e -> seen.add(e.code()));
            bookmark = p.bookmark();
            pages++;
        } while (!bookmark.isEmpty());

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("SAMR-100", "SAMR-101", "SAMR-102", "SAMR-103", "SAMR-104", "SAMR-105",
                "SAMR-106");
    }

    @Test
    void entries_by_theme_and_duty_include_their_items() {
        createAndPublish(MARKET_ADMIN, "SAMR-001", MARKET, registrations());
        createAndPublish(MARKET_ADMIN, "SAMR-002", MARKET, penalties());

        final var credit = page(ledger.evaluate(CIVIL_PLAIN,
                ctx -> contract.entriesByTheme(ctx, json(new EntryQuery("T-CREDIT", null, null)))), EntryVersion.class);
        final var duty = page(ledger.evaluate(CIVIL_PLAIN,
                ctx -> contract.entriesByDuty(ctx, json(new EntryQuery(MARKET_DUTY, null, null)))), EntryVersion.class);

        assertThat(credit.items()).extracting(EntryVersion::code).containsExactly("SAMR-002");
        assertThat(duty.items()).extracting(EntryVersion::code).containsExactly("SAMR-001", "SAMR-002");
        assertThat(duty.items().get(0).metadata().items()).extracting(i -> i.name()).contains(USCC);
    }

    @Test
    void query_input_is_validated() {
        assertQueryRefused(CommonError.INVALID_FIELD, CIVIL_PLAIN,
                ctx -> contract.entriesByDepartment(ctx, json(new EntryQuery(MARKET, 0, null))));
        assertQueryRefused(CommonError.INVALID_FIELD, CIVIL_PLAIN,
                ctx -> contract.entriesByDepartment(ctx, json(new EntryQuery(MARKET, 201, null))));
        assertQueryRefused(CommonError.INVALID_FIELD, CIVIL_PLAIN,
                ctx -> contract.entriesBySharingType(ctx, json(new EntryQuery("SOMETIMES", null, null))));
        assertQueryRefused(CommonError.INVALID_FIELD, CIVIL_PLAIN,
                ctx -> contract.entriesByUpdateCycle(ctx, json(new EntryQuery("HOURLY", null, null))));
        assertQueryRefused(DirectoryError.DEPARTMENT_NOT_FOUND, CIVIL_PLAIN,
                ctx -> contract.entriesByDepartment(ctx, json(new EntryQuery("NOPE", null, null))));
        assertQueryRefused(DirectoryError.DUTY_NOT_FOUND, CIVIL_PLAIN,
                ctx -> contract.entriesByDuty(ctx, json(new EntryQuery("NOPE", null, null))));
        assertQueryRefused(CommonError.INVALID_FIELD, CIVIL_PLAIN,
                ctx -> contract.requestsByDepartment(ctx, json(new PartyQuery(CIVIL, null, null, null))));
        assertQueryRefused(CommonError.FIELD_TOO_LONG, CIVIL_PLAIN,
                ctx -> contract.entriesByDepartment(ctx, json(new EntryQuery(MARKET, null, "b".repeat(1025)))));
        assertQueryRefused(CommonError.MALFORMED_JSON, CIVIL_PLAIN,
                ctx -> contract.entriesByDepartment(ctx, "{\"value\":\"BJ-SAMR\",\"pageSize\":\"many\"}"));
    }

    @Test
    void a_bookmark_outside_the_queried_index_is_refused() {
        // Fabric starts the range at a non-empty bookmark: a forged one could walk into other departments' keys.
        final String forged = "\u0000req~requester\u0000" + CIVIL + "\u0000";

        assertQueryRefused(CommonError.INVALID_FIELD, MARKET_ADMIN, ctx -> contract.requestsByDepartment(ctx,
                json(new PartyQuery(MARKET, PartySide.OWNER, null, forged))));
        assertQueryRefused(CommonError.INVALID_FIELD, AUDITOR, ctx -> contract.accessLogsByDepartment(ctx,
                json(new AccessLogQuery(null, MARKET, Instant.parse("2026-01-01T00:00:00Z"),
                        Instant.parse("2026-01-05T00:00:00Z"), null, "2025-01-01|"))));
    }

    @Test
    void access_logs_by_period_walk_days_and_page_across_them() {
        createAndPublish(MARKET_ADMIN, "SAMR-001", MARKET, registrations());
        submit(CIVIL_REQUESTER, "R1", CIVIL, "SAMR-001", USCC);
        final List<Instant> times = new ArrayList<>();
        for (int day = 0; day < 6; day++) {
            for (int n = 0; n < 2; n++) {
                times.add(logAccess(CIVIL_REQUESTER, "R1", USCC).accessedAt());
            }
            ledger.advanceClock(Duration.ofDays(1));
        }
        // Period: from the 2nd log of day 1 up to (excluding) the 1st log of day 4.
        final Instant from = times.get(3);
        final Instant until = times.get(8);
        final List<Instant> seen = new ArrayList<>();
        String bookmark = null;
        int pages = 0;
        do {
            final DirectoryPage<AccessLog> p = logs(new TestQuery(MARKET, from, until, 2, bookmark));
            p.items().forEach(l -> seen.add(l.accessedAt()));
            bookmark = p.bookmark();
            pages++;
        } while (!bookmark.isEmpty() && pages < 10);

        assertThat(seen).containsExactlyElementsOf(times.subList(3, 8));
        assertThat(logs(new TestQuery(CIVIL, null, null, null, null)).items()).hasSize(12);
        assertThat(logs(new TestQuery(POLICE, null, null, null, null)).items()).isEmpty();
        assertQueryRefused(CommonError.INVALID_FIELD, AUDITOR, ctx -> contract.accessLogsByDepartment(ctx,
                json(new AccessLogQuery(null, MARKET, from, null, null, null))));
        assertQueryRefused(CommonError.INVALID_FIELD, AUDITOR, ctx -> contract.accessLogsByDepartment(ctx,
                json(new AccessLogQuery(null, MARKET, from, from.plus(Duration.ofDays(400)), null, null))));
        assertQueryRefused(CommonError.INVALID_FIELD, AUDITOR, ctx -> contract.accessLogsByDepartment(ctx,
                json(new AccessLogQuery("R1", MARKET, null, null, null, null))));
    }

    @Test
    void requests_list_per_side() {
        createAndPublish(MARKET_ADMIN, "SAMR-002", MARKET, penalties());
        submit(CIVIL_REQUESTER, "R1", CIVIL, "SAMR-002", USCC);
        submit(POLICE_REQUESTER, "R2", POLICE, "SAMR-002", USCC);

        final var owner = page(ledger.evaluate(MARKET_ADMIN, ctx -> contract.requestsByDepartment(ctx,
                json(new PartyQuery(MARKET, PartySide.OWNER, null, null)))), SharingRequest.class);
        final var requester = page(ledger.evaluate(POLICE_REQUESTER, ctx -> contract.requestsByDepartment(ctx,
                json(new PartyQuery(POLICE, PartySide.REQUESTER, null, null)))), SharingRequest.class);

        assertThat(owner.items()).extracting(SharingRequest::requestId).containsExactly("R1", "R2");
        assertThat(requester.items()).extracting(SharingRequest::requestId).containsExactly("R2");
    }
}
