// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;

/** For tests of event streams: a response's lines, read on a daemon thread into a queue as they come. */
public final class SseLines {

    /** The last element, once the server ended the stream (or the test closed it). */
    public static final String END = "<end>";

    private SseLines() {}

    /**
     * Starts reading.
     *
     * @param body the response body's lines ({@code HttpResponse.BodyHandlers.ofLines()})
     * @return the lines read so far, then {@link #END}
     */
    public static BlockingQueue<String> read(final Stream<String> body) {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final Thread reader = new Thread(() -> {
            try {
                body.forEach(lines::add);
            } catch (RuntimeException e) {
                // closed by the test
            }
            lines.add(END);
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
