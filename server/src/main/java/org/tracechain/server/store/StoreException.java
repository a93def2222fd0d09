// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

/** The query store's database could not be read or written. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what could not be done
     * @param cause the database's error
     */
    public StoreException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
