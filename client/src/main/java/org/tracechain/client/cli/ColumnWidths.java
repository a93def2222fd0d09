// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

/**
 * Shares a width among columns: every column keeps its natural width if all fit; otherwise the widest give way
 * first, evenly, down to a floor, and columns narrower than the cap are untouched.
 */
final class ColumnWidths {

    private ColumnWidths() {}

    /**
     * Column widths within {@code available}.
     *
     * @param natural what each column needs for its widest cell
     * @param floor the narrowest each may become (capped at its natural width)
     * @param available columns for the cells, gaps already subtracted
     * @return the widths; wider than {@code available} in total only when the floors are
     */
    static int[] fit(final int[] natural, final int[] floor, final long available) {
        if (sum(natural) <= available) {
            return natural.clone();
        }
        final int[] lowest = new int[natural.length];
        int widest = 0;
        for (int i = 0; i < natural.length; i++) {
            lowest[i] = Math.min(natural[i], floor[i]);
            widest = Math.max(widest, natural[i]);
        }
        if (sum(lowest) >= available) {
            return lowest;
        }
        // The largest cap at which the capped columns fit; then hand out what is left, left to right.
        int low = 0;
        int high = widest;
        while (low < high) {
            final int cap = (low + high + 1) >>> 1;
            if (sum(capped(natural, lowest, cap)) <= available) {
                low = cap;
            } else {
                high = cap - 1;
            }
        }
        final int[] widths = capped(natural, lowest, low);
        long spare = available - sum(widths);
        for (int i = 0; i < widths.length && spare > 0; i++) {
            final int more = (int) Math.min(spare, natural[i] - widths[i]);
            widths[i] += more;
            spare -= more;
        }
        return widths;
    }

    private static int[] capped(final int[] natural, final int[] lowest, final int cap) {
        final int[] widths = new int[natural.length];
        for (int i = 0; i < natural.length; i++) {
            widths[i] = Math.max(lowest[i], Math.min(natural[i], cap));
        }
        return widths;
    }

    private static long sum(final int[] widths) {
        long total = 0;
        for (final int width : widths) {
            total += width;
        }
        return total;
    }
}
