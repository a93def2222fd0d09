// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench.ceiling;

import org.tracechain.model.error.ErrorCode;

/** Why the ceiling chaincode refuses a call (besides the {@code CommonError}s every tracechain chaincode reports). */
public enum CeilingError implements ErrorCode {
    /** {@code Get} of a key nobody has put. */
    CEILING_KEY_NOT_FOUND;

    @Override
    public String domain() {
        return "ceiling";
    }
}
