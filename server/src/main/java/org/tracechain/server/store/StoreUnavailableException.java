// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

/** The query store's database cannot be reached, refuses the login, or its schema cannot be brought up to date. */
public final class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
