// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

/** A source could not provide the binaries; the message says why in one line, for the user. */
final class SourceUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    SourceUnavailableException(final String reason) {
        super(reason);
    }

    SourceUnavailableException(final String reason, final Throwable cause) {
        super(reason, cause);
    }
}
