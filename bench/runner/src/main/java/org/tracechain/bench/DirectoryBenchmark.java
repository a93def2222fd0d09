// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.client.Committed;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerException;
import org.tracechain.client.directory.GovDirectory;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.directory.EntryQuery;

/**
 * The directory at Beijing's scale ({@link BeijingCatalog}): each organisation's catalog administrator registers its
 * departments and their duties and creates their entries, {@value #PARALLEL} submits in flight; then a requester
 * searches the catalog the ways the directory offers (by data item, department, theme, duty, and one entry by code),
 * each search {@value #RUNS} times after a warm-up, on its gateway peer.
 */
final class DirectoryBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryBenchmark.class);
    static final int RUNS = 50;
    private static final int WARMUP = 5;
    private static final int PARALLEL = 32;
    /** The directory's default page, as a catalog page shows it. */
    private static final int PAGE = 50;
    private static final Duration AWAIT = Duration.ofSeconds(60);

    private final List<LedgerClient> catalogers;
    private final LedgerClient requester;

    /**
     * @param catalogers a catalog administrator of each organisation of the govdir channel
     * @param requester the searching user (any channel member)
     */
    DirectoryBenchmark(final List<LedgerClient> catalogers, final LedgerClient requester) {
        this.catalogers = List.copyOf(catalogers);
        this.requester = requester;
    }

    DirectoryTiming run(final int entries) throws InterruptedException {
        final BeijingCatalog catalog = new BeijingCatalog(entries, catalogers.size());
        final List<String> errors = new ArrayList<>();
        final long start = System.nanoTime();
        try {
            load(catalog);
        } catch (LedgerException | RuntimeException e) {
            errors.add("loading: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return new DirectoryTiming(BeijingCatalog.DEPARTMENTS, entries, catalog.items(), seconds(start), PARALLEL,
                    List.of(), RUNS, errors);
        }
        final double loadSeconds = seconds(start);
        LOG.info("Directory loaded: {} departments, {} entries, {} items in {} s", BeijingCatalog.DEPARTMENTS, entries,
                catalog.items(), Math.round(loadSeconds));
        final GovDirectory reader = GovDirectory.of(requester);
        final List<DirectoryTiming.Search> searches = new ArrayList<>();
        final String rareItem = BeijingCatalog.entryCode(entries / 2) + "-数据项9";
        searches(errors, searches, "entries holding a common item (统一社会信用代码)",
                DirectoryTransaction.ENTRIES_BY_ITEM_NAME,
                () -> reader.entriesByItemName(query(BeijingCatalog.commonItem(0))).items().size());
        searches(errors, searches, "entries holding an item of one entry", DirectoryTransaction.ENTRIES_BY_ITEM_NAME,
                () -> reader.entriesByItemName(query(rareItem)).items().size());
        searches(errors, searches, "entries of a department", DirectoryTransaction.ENTRIES_BY_DEPARTMENT,
                () -> reader.entriesByDepartment(query(BeijingCatalog.departmentCode(0))).items().size());
        searches(errors, searches, "entries of a theme", DirectoryTransaction.ENTRIES_BY_THEME,
                () -> reader.entriesByTheme(query(BeijingCatalog.theme(0))).items().size());
        searches(errors, searches, "entries serving a duty", DirectoryTransaction.ENTRIES_BY_DUTY,
                () -> reader.entriesByDuty(query(BeijingCatalog.dutyId(0))).items().size());
        searches(errors, searches, "one entry by code", DirectoryTransaction.GET_ENTRY,
                () -> {
                    // One entry, or ENTRY_NOT_FOUND: an answer holds exactly one.
                    reader.getEntry(BeijingCatalog.entryCode(entries - 1));
                    return 1;
                });
        return new DirectoryTiming(BeijingCatalog.DEPARTMENTS, entries, catalog.items(), loadSeconds, PARALLEL,
                searches, RUNS, errors);
    }

    /** Departments, then duties, then entries: each step committed on every peer before the next endorses. */
    private void load(final BeijingCatalog catalog) throws LedgerException, InterruptedException {
        final List<GovDirectory> admins = catalogers.stream().map(GovDirectory::of).toList();
        submitAll(BeijingCatalog.DEPARTMENTS, d -> admins.get(catalog.organizationOf(d))
                .registerDepartment(catalog.department(d)));
        submitAll(BeijingCatalog.DEPARTMENTS, d -> admins.get(catalog.organizationOf(d)).registerDuty(catalog.duty(d)));
        final long block = submitAll(catalog.entries(), e -> admins.get(catalog.organizationOf(
                BeijingCatalog.departmentOf(e))).createEntry(catalog.entry(e)));
        requester.awaitBlock(BenchTopology.DIRECTORY_CHANNEL, block, AWAIT);
    }

    /** One submit per index, {@value #PARALLEL} at a time; returns the highest block, awaited by every cataloger. */
    private long submitAll(final int count, final Submit submit) throws LedgerException, InterruptedException {
        final long block = ParallelSubmits.highestBlock("loading the directory", PARALLEL, count,
                i -> submit.one(i).transaction().blockNumber());
        for (final LedgerClient cataloger : catalogers) {
            cataloger.awaitBlock(BenchTopology.DIRECTORY_CHANNEL, block, AWAIT);
        }
        return block;
    }

    private static void searches(final List<String> errors, final List<DirectoryTiming.Search> searches,
            final String name, final String transaction, final Search search) {
        try {
            int results = 0;
            for (int i = 0; i < WARMUP; i++) {
                results = search.results();
            }
            final long[] nanos = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                final long start = System.nanoTime();
                search.results();
                nanos[i] = System.nanoTime() - start;
            }
            final RunResult.Latency latency = RunResult.Latency.of(nanos);
            searches.add(new DirectoryTiming.Search(name, transaction, results, latency.p50(), latency.p95(),
                    latency.max()));
            LOG.info("Directory search, {}: {} results, p50 {} ms, p95 {} ms", name, results,
                    Math.round(latency.p50()), Math.round(latency.p95()));
        } catch (LedgerException | RuntimeException e) {
            errors.add(name + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static EntryQuery query(final String value) {
        return new EntryQuery(value, PAGE, null);
    }

    private static double seconds(final long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** One submit of the load. */
    @FunctionalInterface
    private interface Submit {
        Committed<?> one(int index) throws LedgerException;
    }

    /** One search; returns the entries in its answer. */
    @FunctionalInterface
    private interface Search {
        int results() throws LedgerException;
    }
}
