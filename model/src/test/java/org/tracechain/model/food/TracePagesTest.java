// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pages asked for several at a time: the same pages as one after another, and a page's failure as thrown. */
class TracePagesTest {

    /** A checked failure of a page source, as the SDK's LedgerException is. */
    static final class PageRefused extends Exception {
        private static final long serialVersionUID = 1L;

        PageRefused(final String message) {
            super(message);
        }
    }

    private final ExecutorService executor = Executors.newFixedThreadPool(3);
    private final List<List<String>> asked = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /**
     * ROOT's page names 2,500 lots to start from; each of those names one more, so later rounds grow the queue. A
     * page asked to start from {@code L-1234} (no page names it: the failure test renames one) fails.
     */
    private TraceResult page(final List<String> starts, final int maxLots) throws PageRefused {
        asked.add(List.copyOf(starts));
        if (starts.contains("L-1234")) {
            throw new PageRefused("L-1234");
        }
        final List<String> frontier = starts.contains("ROOT")
                ? IntStream.range(0, 2500).mapToObj(i -> "L" + i).toList()
                : starts.stream().filter(id -> !id.endsWith("+")).map(id -> id + "+").toList();
        return new TraceResult("FORWARD", starts, List.of(), List.of(), List.of(), List.of(), !frontier.isEmpty(),
                frontier, List.of(), List.of());
    }

    @Test
    void rounds_ask_for_the_pages_one_after_another_would() throws PageRefused {
        for (final int pageLots : List.of(1, 300, 1000, 1700)) {
            asked.clear();
            TracePages.merge(this::page, "ROOT", pageLots);
            final List<List<String>> oneByOne = List.copyOf(asked);
            asked.clear();

            TracePages.merge(this::page, "ROOT", pageLots, executor, 3);

            assertThat(asked).as("pages of %d", pageLots).hasSameSizeAs(oneByOne)
                    .containsExactlyInAnyOrderElementsOf(oneByOne);
        }
    }

    @Test
    void the_first_failure_is_thrown_as_the_page_threw_it() {
        assertThatThrownBy(() -> TracePages.merge((starts, maxLots) -> page(starts.stream()
                .map(id -> id.equals("L1234") ? "L-1234" : id).toList(), maxLots), "ROOT", 1000, executor, 3))
                .isInstanceOf(PageRefused.class).hasMessage("L-1234");
    }

    @Test
    void refuses_no_pages_at_once() {
        assertThatThrownBy(() -> TracePages.merge(this::page, "ROOT", 10, executor, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
