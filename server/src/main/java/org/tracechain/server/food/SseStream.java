// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import io.javalin.http.sse.SseClient;

/**
 * A {@link RecallUpdates.Stream} over Javalin's {@link SseClient}, attached once the response has started. The
 * listener's thread and the heartbeat timer both write, so writes are serialised here (an SSE frame must not
 * interleave with another). Until attached, events are dropped: the stream's {@code ready} comes after and tells
 * the page to read the recall anyway.
 */
final class SseStream implements RecallUpdates.Stream {

    private SseClient client;
    private boolean closed;

    /** Attaches the started response; false if the stream was closed meanwhile (the response is ended then). */
    synchronized boolean attach(final SseClient sse) {
        this.client = sse;
        if (closed) {
            sse.close();
            return false;
        }
        return true;
    }

    @Override
    public synchronized boolean event(final String event, final String id, final String data) {
        if (client == null) {
            return !closed;
        }
        if (client.terminated()) {
            return false;
        }
        if (id == null) {
            client.sendEvent(event, data);
        } else {
            client.sendEvent(event, data, id);
        }
        return !client.terminated();
    }

    @Override
    public synchronized boolean comment(final String text) {
        if (client == null) {
            return !closed;
        }
        if (client.terminated()) {
            return false;
        }
        client.sendComment(text);
        return !client.terminated();
    }

    @Override
    public void close() {
        final SseClient current;
        synchronized (this) {
            closed = true;
            current = client;
        }
        if (current != null) {
            current.close();   // ends the response; its onClose unsubscribes, already done
        }
    }
}
