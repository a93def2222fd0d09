// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.cli;

import java.io.IOException;
import org.tracechain.client.LedgerException;
import org.tracechain.client.LedgerUnavailableException;
import picocli.CommandLine;

/** The process exit codes of the command line, and which failure gets which. */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** Refused by the chaincode, committed invalid, or otherwise failed. */
    public static final int FAILED = 1;
    /** Bad command line, or missing/invalid configuration (wallet, gateway profile). */
    public static final int USAGE = 2;
    /** The network could not be reached or did not answer. */
    public static final int UNAVAILABLE = 3;

    private ExitCodes() {}

    /** The exit code for a failure. */
    public static int of(final Throwable failure) {
        if (failure instanceof LedgerUnavailableException) {
            return UNAVAILABLE;
        }
        if (failure instanceof LedgerException) {
            return FAILED;
        }
        if (failure instanceof CommandLine.ParameterException || failure instanceof IOException
                || failure instanceof IllegalArgumentException) {
            return USAGE;
        }
        return FAILED;
    }
}
