// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import java.nio.file.Path;

/**
 * Crypto material on disk is incomplete, corrupt or does not match what was asked for, or could not be
 * written. The message names the offending path. Existing material is never repaired by regenerating
 * keys: a network that has a ledger would no longer recognise its own identities.
 */
public class CryptoMaterialException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public CryptoMaterialException(final Path path, final String problem) {
        super(problem + ": " + path);
        this.path = path;
    }

    public CryptoMaterialException(final Path path, final String problem, final Throwable cause) {
        super(problem + ": " + path + " (" + cause.getMessage() + ")", cause);
        this.path = path;
    }

    /** The file or directory at fault. */
    public Path path() {
        return path;
    }
}
