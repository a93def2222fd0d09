// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench;

import java.util.Optional;

/**
 * A lineage of exactly {@code lots} lots for the trace benchmark: a root split into {@code middle} lots, each split
 * into {@code leavesEach} (so {@code 1 + middle + middle × leavesEach} lots), no split wider than the chaincode allows
 * one transformation ({@link #SPLIT_MAX} outputs). 100 lots are 1 + 9 + 9 × 10, 1,000 are 1 + 27 + 27 × 36 and
 * 10,000, the most one trace call returns, are 1 + 99 + 99 × 100.
 *
 * @param lots lots in all
 * @param middle lots split from the root
 * @param leavesEach lots split from each middle lot
 */
record LineageShape(int lots, int middle, int leavesEach) {

    /** Outputs of one SPLIT the chaincode accepts. */
    static final int SPLIT_MAX = 100;
    /** The most lots one trace call returns. */
    static final int LOTS_MAX = 10_000;

    /** Transactions that build it: the root's registration, its split, one split per middle lot. */
    int transactions() {
        return 2 + middle;
    }

    /**
     * The shape of {@code lots} lots with the two levels as even as possible, or empty when no two splits of at most
     * {@link #SPLIT_MAX} outputs make exactly that many.
     */
    static Optional<LineageShape> of(final int lots) {
        if (lots < 3 || lots > LOTS_MAX) {
            return Optional.empty();
        }
        // lots - 1 = middle × (1 + leavesEach); the middle level nearest the square root keeps both splits small.
        LineageShape best = null;
        for (int middle = 1; middle <= SPLIT_MAX; middle++) {
            if ((lots - 1) % middle != 0) {
                continue;
            }
            final int leavesEach = (lots - 1) / middle - 1;
            if (leavesEach < 1 || leavesEach > SPLIT_MAX) {
                continue;
            }
            if (best == null || Math.abs(middle - leavesEach) < Math.abs(best.middle - best.leavesEach)) {
                best = new LineageShape(lots, middle, leavesEach);
            }
        }
        return Optional.ofNullable(best);
    }
}
