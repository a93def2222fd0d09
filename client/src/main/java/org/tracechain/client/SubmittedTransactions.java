// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The transactions this client sent for ordering whose outcome it has not learnt yet, so that a status lookup can
 * say PENDING rather than NOT_FOUND for them. Bounded: the oldest entries are forgotten first.
 */
final class SubmittedTransactions {

    /** Far more than a client has in flight; an entry is a few dozen bytes. */
    private static final int CAPACITY = 10_000;

    private final Map<String, Boolean> unresolved = new LinkedHashMap<>(64, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(final Map.Entry<String, Boolean> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized void submitted(final String channel, final String transactionId) {
        unresolved.put(key(channel, transactionId), Boolean.TRUE);
    }

    synchronized void resolved(final String channel, final String transactionId) {
        unresolved.remove(key(channel, transactionId));
    }

    synchronized boolean unresolved(final String channel, final String transactionId) {
        return unresolved.containsKey(key(channel, transactionId));
    }

    private static String key(final String channel, final String transactionId) {
        return channel + '\u0000' + transactionId;
    }
}
