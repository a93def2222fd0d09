// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.TransactionRefusedException;
import org.tracechain.client.TransactionResult;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.DirectoryError;
import org.tracechain.model.directory.DirectoryTransaction;
import org.tracechain.model.directory.RegisterDepartmentRequest;
import org.tracechain.model.food.FoodError;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.food.Lot;
import org.tracechain.model.food.PartyRequest;
import org.tracechain.model.food.PostalAddress;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.SiteRequest;
import org.tracechain.model.json.LedgerJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tracechain demo}: the main-job round trip across organisations on both channels. Makes sure the producer
 * has a party record and a registered site (as producer/admin), registers a fresh lot as producer/farmer and reads
 * it back as distributor/carrier; registers the civil affairs department as
 * civil/cataloger (already registered is fine) and reads it as security/cataloger.
 */
@Command(name = "demo", description = "Round trip: register and read a lot (foodtrace) and a department (govdir) "
        + "as different organisations; prints tx ids, blocks, validation codes and timings.",
        footer = {"  tracechain demo", "  tracechain demo --lot DEMO-1 --json"})
final class DemoCommand extends LedgerCommand {

    private static final DateTimeFormatter LOT_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    @Option(names = "--lot", paramLabel = "LOT_ID", description = "lot id to register (default DEMO-<timestamp>)")
    String lotId;

    @Option(names = "--department", paramLabel = "CODE", defaultValue = "CIVIL-AFFAIRS",
            description = "department code to register (default ${DEFAULT-VALUE})")
    String departmentCode;

    /** The demo producer's site and unified social credit code (a valid GB 32100 check character). */
    static final String DEMO_SITE = "DEMO-FARM";
    static final String DEMO_USCC = "91440101MA59ABCD0A";

    Clock clock = Clock.systemUTC();

    private final List<Map<String, Object>> steps = new ArrayList<>();

    @Override
    protected void execute() throws Exception {
        final CliOutput out = output();
        final String lot = lotId != null ? lotId : "DEMO-" + LOT_STAMP.format(clock.instant());
        final Map<String, Object> summary = new LinkedHashMap<>();

        try (LedgerClient admin = connect("producer", "admin")) {
            producerMasterData(out, admin);
        }
        final RegisterLotRequest request = new RegisterLotRequest(lot, "06901234567892", "Organic rice",
                new BigDecimal("1200.5"), "kg");
        try (LedgerClient producer = connect("producer", "farmer")) {
            final long started = System.nanoTime();
            final TransactionResult result = FoodCommands.contract(producer)
                    .submit(FoodTransaction.REGISTER_LOT, LedgerJson.toJson(request));
            step(out, 2, "RegisterLot " + lot, producer, result, millisSince(started), "committed");
        }
        try (LedgerClient carrier = connect("distributor", "carrier")) {
            final long started = System.nanoTime();
            final Lot read = FoodCommands.contract(carrier).evaluateJson(FoodTransaction.GET_LOT, Lot.class, lot);
            step(out, 3, "GetLot " + lot, carrier, null, millisSince(started), "read");
            if (!out.json()) {
                out.record(read);
            }
            summary.put("lot", read);
        }

        final RegisterDepartmentRequest department =
                new RegisterDepartmentRequest(departmentCode, "Civil Affairs Bureau", null);
        try (LedgerClient cataloger = connect("civil", "cataloger")) {
            final long started = System.nanoTime();
            try {
                final TransactionResult result = DirectoryCommands.contract(cataloger)
                        .submit(DirectoryTransaction.REGISTER_DEPARTMENT, LedgerJson.toJson(department));
                step(out, 4, "RegisterDepartment " + departmentCode, cataloger, result, millisSince(started), "committed");
            } catch (TransactionRefusedException e) {
                if (!e.hasCode(DirectoryError.DEPARTMENT_ALREADY_EXISTS)) {
                    throw e;
                }
                step(out, 4, "RegisterDepartment " + departmentCode, cataloger, null, millisSince(started),
                        "already registered (" + DirectoryError.DEPARTMENT_ALREADY_EXISTS + "), fine");
            }
        }
        try (LedgerClient securityCataloger = connect("security", "cataloger")) {
            final long started = System.nanoTime();
            final Department read = DirectoryCommands.contract(securityCataloger)
                    .evaluateJson(DirectoryTransaction.GET_DEPARTMENT, Department.class, departmentCode);
            step(out, 5, "GetDepartment " + departmentCode, securityCataloger, null, millisSince(started), "read");
            if (!out.json()) {
                out.record(read);
            }
            summary.put("department", read);
        }
        out.line("demo ok");
        if (out.json()) {
            summary.put("steps", steps);
            out.printJson(summary);
        }
    }

    /**
     * Every food event is recorded at a registered site, so the producer's admin registers a demo site and the
     * producer's party record (with that site as primary) on a ledger that has none yet; an existing party record
     * is used as it is.
     */
    private void producerMasterData(final CliOutput out, final LedgerClient admin) throws Exception {
        final String what = "RegisterParty " + admin.mspId() + " with primary site " + DEMO_SITE;
        final long started = System.nanoTime();
        try {
            FoodCommands.contract(admin).evaluate(FoodTransaction.GET_PARTY, admin.mspId());
            step(out, 1, what, admin, null, millisSince(started), "already registered, fine");
            return;
        } catch (TransactionRefusedException e) {
            if (!e.hasCode(FoodError.PARTY_NOT_FOUND)) {
                throw e;
            }
        }
        final PostalAddress address = new PostalAddress("1 Demo Road", "Guangzhou", "Guangdong", "510000", "CN");
        try {
            FoodCommands.contract(admin).submit(FoodTransaction.REGISTER_SITE, LedgerJson.toJson(new SiteRequest(
                    DEMO_SITE, "tracechain demo farm", "+86 20 0000 0001", address, null, null, "+08:00", null)));
        } catch (TransactionRefusedException e) {
            // A site left by an earlier demo that stopped before registering the party.
            if (!e.hasCode(FoodError.SITE_ALREADY_EXISTS)) {
                throw e;
            }
        }
        final TransactionResult result = FoodCommands.contract(admin).submit(FoodTransaction.REGISTER_PARTY,
                LedgerJson.toJson(new PartyRequest("tracechain demo producer", "+86 20 0000 0001", address, null,
                        DEMO_USCC, DEMO_SITE)));
        step(out, 1, what, admin, result, millisSince(started), "committed");
    }

    private void step(final CliOutput out, final int number, final String what, final LedgerClient client,
            final TransactionResult result, final long millis, final String outcome) {
        final String identity = client.organization() + "/" + client.user() + " (" + client.mspId() + ")";
        final StringBuilder line = new StringBuilder()
                .append('[').append(number).append("/5] ").append(what).append(" as ").append(identity).append(": ")
                .append(outcome);
        final Map<String, Object> json = new LinkedHashMap<>();
        json.put("step", number);
        json.put("action", what);
        json.put("identity", identity);
        json.put("outcome", outcome);
        json.put("millis", millis);
        if (result != null) {
            line.append(", tx ").append(result.transactionId()).append(", block ").append(result.blockNumber())
                    .append(", ").append(result.validationCode());
            json.put("transactionId", result.transactionId());
            json.put("blockNumber", result.blockNumber());
            json.put("validationCode", result.validationCode());
        }
        line.append(", ").append(millis).append(" ms");
        steps.add(json);
        out.line(line.toString());
    }

    private static long millisSince(final long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
