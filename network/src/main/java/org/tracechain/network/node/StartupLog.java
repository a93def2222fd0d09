// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.node;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a node's latest start, as its log tells it, has finished. A Fabric peer opens its gRPC listener and its
 * health endpoint before it opens its channels' ledgers, so a peer whose block files are damaged looks ready for a
 * moment and then exits; only the line it logs after the ledgers are open says it has really started. Logs are
 * appended across restarts, so the latest start is the last {@code startLine}.
 */
final class StartupLog {

    /** How much of the log's end is read: the lines between the two markers fit easily. */
    static final int TAIL_BYTES = 512 * 1024;

    private StartupLog() {
    }

    /**
     * False only when the log's tail shows a {@code startLine} with no {@code startedLine} after it: a start still
     * under way (or one that died). A tail without a start line belongs to a node running long past its start, or
     * to a log the supervisor has just rotated; the caller's health and port checks decide then.
     */
    static boolean started(final Path log, final String startLine, final String startedLine) {
        final String tail = tail(log);
        final int start = tail.lastIndexOf(startLine);
        return start < 0 || tail.lastIndexOf(startedLine) > start;
    }

    private static String tail(final Path log) {
        if (!Files.isRegularFile(log)) {
            return "";
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            final long length = file.length();
            final int size = (int) Math.min(length, TAIL_BYTES);
            final byte[] bytes = new byte[size];
            file.seek(length - size);
            file.readFully(bytes);
            // A cut through a multi-byte character at the start only spoils that character, never the markers.
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // unreadable: no evidence either way
        }
    }
}
