// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.tracechain.chaincode.food.FoodTraceContract;
import org.tracechain.chaincode.testing.FoodMasterData;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.model.identity.Role;
import org.tracechain.model.food.LotQuantity;
import org.tracechain.model.food.RegisterLotRequest;
import org.tracechain.model.food.TransformKind;
import org.tracechain.model.food.TransformOutput;
import org.tracechain.model.food.TransformRequest;
import org.tracechain.model.json.LedgerJson;

/**
 * Lineages recorded through the real foodtrace chaincode on an in-memory ledger: root lots registered, then
 * transformations merging several inputs into one output or splitting one input into several, each taking a little
 * of its inputs, so inputs stay usable and the lineage becomes a DAG with shared ancestors, diamonds and long
 * chains.
 */
final class LineageStory {

    static final String MSP = "PackMSP";
    static final TestIdentity PACKER = TestIdentities.client(MSP, "packer", Role.PRODUCER, Role.PROCESSOR);

    private final InMemoryLedger ledger = new InMemoryLedger("foodtrace");
    private final FoodTraceContract contract = new FoodTraceContract();
    private final List<String> lots = new ArrayList<>();

    LineageStory() {
        FoodMasterData.seed(ledger, MSP);
    }

    InMemoryLedger ledger() {
        return ledger;
    }

    /** Every lot recorded, in recording order. */
    List<String> lots() {
        return Collections.unmodifiableList(lots);
    }

    String register(final String lotId) {
        ledger.submit(PACKER, ctx -> contract.registerLot(ctx, LedgerJson.toJson(new RegisterLotRequest(lotId,
                "06901234567892", "Choy sum bulk", new BigDecimal("1000"), "kg"))));
        lots.add(lotId);
        return lotId;
    }

    void merge(final List<String> inputs, final String output) {
        transform(inputs, List.of(output));
    }

    void split(final String input, final List<String> outputs) {
        transform(List.of(input), outputs);
    }

    /** A PROCESS (outputs are new product, not bound by the inputs' quantity), so every lot stays usable. */
    private void transform(final List<String> inputs, final List<String> outputs) {
        final BigDecimal taken = new BigDecimal("0.01");
        ledger.submit(PACKER, ctx -> contract.transform(ctx, LedgerJson.toJson(new TransformRequest(
                TransformKind.PROCESS, inputs.stream().map(id -> new LotQuantity(id, taken, "kg")).toList(),
                outputs.stream().map(id -> new TransformOutput(id, "CS-CUT", "Choy sum, cut", null,
                        new BigDecimal("1000"), "kg")).toList(), null, null, null, null))));
        lots.addAll(outputs);
    }

    /**
     * A random DAG: {@code roots} root lots, then {@code steps} transformations, each merging 2-4 distinct earlier
     * lots or splitting one earlier lot into 1-4 new ones, favouring recent lots so that chains grow deep.
     */
    static LineageStory random(final long seed, final int roots, final int steps) {
        final Random random = new Random(seed);
        final LineageStory story = new LineageStory();
        for (int i = 0; i < roots; i++) {
            story.register("R" + seed + "-" + i);
        }
        int made = 0;
        for (int step = 0; step < steps; step++) {
            if (random.nextBoolean() && story.lots.size() >= 2) {
                final List<String> pool = new ArrayList<>(story.lots);
                final List<String> inputs = new ArrayList<>();
                final int count = 2 + random.nextInt(Math.min(3, pool.size() - 1));
                while (inputs.size() < count) {
                    final String lot = pick(random, pool);
                    if (!inputs.contains(lot)) {
                        inputs.add(lot);
                    }
                }
                story.merge(inputs, "M" + seed + "-" + made++);
            } else {
                final List<String> outputs = new ArrayList<>();
                final int count = 1 + random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    outputs.add("S" + seed + "-" + made++);
                }
                story.split(pick(random, story.lots), outputs);
            }
        }
        return story;
    }

    /** Mostly one of the last ten lots, sometimes any. */
    private static String pick(final Random random, final List<String> pool) {
        final int window = random.nextInt(4) == 0 ? pool.size() : Math.min(10, pool.size());
        return pool.get(pool.size() - 1 - random.nextInt(window));
    }
}
