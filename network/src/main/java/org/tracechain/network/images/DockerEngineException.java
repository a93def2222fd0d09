// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.images;

import org.tracechain.network.NetworkException;

/** No Docker engine answers, or a Docker command failed; the message says what is missing and what fixes it. */
public class DockerEngineException extends NetworkException {

    private static final long serialVersionUID = 1L;

    public DockerEngineException(final String message) {
        super(message);
    }
}
