// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.it;

import java.util.concurrent.ThreadLocalRandom;

/** Identifiers unique to a test run, so repeated runs on a kept ledger never collide. */
final class Ids {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36).toUpperCase();

    private Ids() {}

    static String unique(final String prefix) {
        return prefix + "-" + RUN + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
    }
}
