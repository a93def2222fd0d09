// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.hyperledger.fabric.shim.Chaincode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracechain.chaincode.testing.FoodMasterData;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.InMemoryStub;
import org.tracechain.chaincode.testing.Routing;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.food.FoodTransaction;
import org.tracechain.model.identity.Role;

/**
 * What the chaincode JVM logs while it serves an accepted call and refused ones, captured on the root logger
 * after the production logging policy: the secret argument value never appears, nothing is SEVERE, and each
 * refusal is exactly one INFO line with code, transaction and transaction id.
 */
class ChaincodeLoggingTest {

    private static final String SECRET = "SECRET7f3a9c41";
    private static final TestIdentity FARMER = TestIdentities.client("FarmMSP", "farmer", Role.PRODUCER);

    private final Chaincode food = Routing.chaincode(FoodTransaction.TABLE);
    private final InMemoryLedger ledger = new InMemoryLedger("foodtrace");
    private final List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
        @Override
        public void publish(final LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
            // in memory
        }

        @Override
        public void close() {
            // in memory
        }
    };

    private final Logger gateLog = Logger.getLogger(TransactionGate.class.getName());
    private Level quietLevel;

    @BeforeEach
    void capture() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        // Routing quiets the gate for the properties; here its INFO lines are the subject.
        quietLevel = gateLog.getLevel();
        gateLog.setLevel(null);
    }

    @AfterEach
    void release() {
        Logger.getLogger("").removeHandler(capture);
        gateLog.setLevel(quietLevel);
    }

    private Chaincode.Response call(final String... args) {
        final InMemoryStub stub = ledger.begin(FARMER, Map.of())
                .withRawArgs(Routing.args(args[0], java.util.Arrays.copyOfRange(args, 1, args.length)));
        final Chaincode.Response response = food.invoke(stub);
        if (response.getStatusCode() < 400) {
            ledger.commit(stub);
        }
        return response;
    }

    private static String text(final LogRecord record) {
        final StringWriter out = new StringWriter();
        out.append(record.getMessage()).append(' ').append(new SimpleFormatter().formatMessage(record));
        if (record.getParameters() != null) {
            for (final Object parameter : record.getParameters()) {
                out.append(' ').append(String.valueOf(parameter));
            }
        }
        if (record.getThrown() != null) {
            record.getThrown().printStackTrace(new PrintWriter(out));
        }
        return out.toString();
    }

    @Test
    void argument_values_never_reach_the_log_and_a_refusal_is_one_info_line() {
        FoodMasterData.seed(ledger, FARMER.mspId());
        final String lot = "{\"lotId\":\"" + SECRET + "\",\"productCode\":\"P1\",\"productName\":\"Leek " + SECRET
                + "\",\"quantity\":5,\"unit\":\"kg\"}";
        assertThat(call("RegisterLot", lot).getStatusCode()).isEqualTo(200);

        final List<String> refusedTxIds = new ArrayList<>();
        final Chaincode.Response duplicate = call("RegisterLot", lot);
        assertThat(duplicate.getMessage()).startsWith("[LOT_ALREADY_EXISTS]").contains(SECRET);
        final Chaincode.Response extra = call("GetLot", SECRET, SECRET);
        assertThat(extra.getMessage()).startsWith("[WRONG_ARGUMENTS]");
        final Chaincode.Response malformed = call("RegisterLot", "{\"lotId\":\"" + SECRET + "\",\"lotId\":1}");
        assertThat(malformed.getMessage()).startsWith("[MALFORMED_JSON]");
        for (int i = 4; i <= 6; i++) { // tx000001-2 seeded the site and party, tx000003 was the registration
            refusedTxIds.add(String.format("tx%06d", i));
        }

        assertThat(records).isNotEmpty();
        for (final LogRecord record : records) {
            assertThat(text(record)).as("record of %s", record.getLoggerName()).doesNotContain(SECRET);
            assertThat(record.getLevel().intValue()).as(text(record)).isLessThan(Level.SEVERE.intValue());
            assertThat(record.getLoggerName()).isNotEqualTo(ChaincodeLogging.CONTRACT_ROUTER);
        }
        final List<LogRecord> refusals = records.stream()
                .filter(r -> TransactionGate.class.getName().equals(r.getLoggerName())).toList();
        assertThat(refusals).hasSize(3).allSatisfy(r -> assertThat(r.getLevel()).isEqualTo(Level.INFO));
        assertThat(text(refusals.get(0))).contains("foodtrace:RegisterLot", refusedTxIds.get(0), "LOT_ALREADY_EXISTS");
        assertThat(text(refusals.get(1))).contains("foodtrace:GetLot", refusedTxIds.get(1), "WRONG_ARGUMENTS");
        assertThat(text(refusals.get(2))).contains("foodtrace:RegisterLot", refusedTxIds.get(2), "MALFORMED_JSON");
    }

    @Test
    void a_fault_is_severe_with_its_stack_trace() {
        // Not a rule of the chaincode: the ledger itself fails under the transaction.
        final InMemoryStub stub = ledger.begin(FARMER, Map.of()).withRawArgs(Routing.args("GetLot", "L1"));
        stub.breakReads("reads are broken");
        final Chaincode.Response fault = food.invoke(stub);
        assertThat(fault.getStatusCode()).isEqualTo(500);
        assertThat(records).anySatisfy(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(r.getLoggerName()).isEqualTo(TransactionGate.class.getName());
        });
        assertThat(records).anySatisfy(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(r.getLoggerName()).isEqualTo(ChaincodeLogging.RESPONSE_UTILS);
            assertThat(text(r)).contains("reads are broken");
        });
    }
}
