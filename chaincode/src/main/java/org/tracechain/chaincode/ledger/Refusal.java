// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.ledger;

import java.nio.charset.StandardCharsets;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.tracechain.model.error.ErrorCode;
import org.tracechain.model.error.ErrorMessage;

/**
 * Builds the {@link ChaincodeException} for a refused transaction. The shim turns it into an error
 * response, so the proposal is not endorsed and nothing the transaction wrote reaches the ledger.
 */
public final class Refusal {

    private Refusal() {}

    /** {@code throw Refusal.of(FoodError.LOT_NOT_FOUND, "lot %s does not exist", id);} */
    public static ChaincodeException of(final ErrorCode code, final String format, final Object... args) {
        final String message = args.length == 0 ? format : String.format(format, args);
        return new ChaincodeException(ErrorMessage.format(code, message), code.name().getBytes(StandardCharsets.UTF_8));
    }

    /** The error code a refusal carries (its payload), for tests and logging. */
    public static String codeOf(final ChaincodeException e) {
        final byte[] payload = e.getPayload();
        return payload == null ? "" : new String(payload, StandardCharsets.UTF_8);
    }
}
