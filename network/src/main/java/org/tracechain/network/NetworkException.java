// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

/**
 * The network could not be installed, started, stopped or deployed to. The message names the node, port
 * or file at fault and, for a node that failed, ends with the tail of its log.
 */
public class NetworkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NetworkException(final String message) {
        super(message);
    }

    public NetworkException(final String message, final Throwable cause) {
        super(message, cause);
    }
}
