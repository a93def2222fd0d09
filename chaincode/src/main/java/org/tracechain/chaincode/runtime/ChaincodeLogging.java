// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.runtime;

import java.util.Arrays;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The chaincode's java.util.logging policy: arguments may hold personal or commercial data, so neither our code
 * nor the shim logs an argument value at INFO or above, and a refusal is one INFO line (written by the
 * {@link TransactionGate}), not a SEVERE stack trace.
 *
 * <ul>
 *   <li>{@code org.hyperledger.fabric.contract.ContractRouter} logs every call's function and parameters at INFO
 *       (one 300 KB line for a large call): raised to WARNING.</li>
 *   <li>{@code org.hyperledger.fabric.shim.ResponseUtils} logs every error response at SEVERE with the exception's
 *       message (which may quote the input) and stack trace. Its logger is not registered with the
 *       LogManager, so its level cannot be set; instead the shim's log records pass through {@link ShimGate},
 *       which drops that record when the error is a refusal ({@code [CODE] message}). Faults keep their stack
 *       trace.</li>
 * </ul>
 * Call {@link #apply()} after constructing the {@code ContractRouter}, whose constructor resets levels.
 */
public final class ChaincodeLogging {

    static final String SHIM_ROOT = "org.hyperledger.fabric";
    static final String RESPONSE_UTILS = "org.hyperledger.fabric.shim.ResponseUtils";
    static final String CONTRACT_ROUTER = "org.hyperledger.fabric.contract.ContractRouter";

    /** Strong references: java.util.logging holds loggers weakly, and a collected logger forgets its settings. */
    private static final Logger FABRIC = Logger.getLogger(SHIM_ROOT);
    private static final Logger ROUTER = Logger.getLogger(CONTRACT_ROUTER);

    private ChaincodeLogging() {}

    /** Applies the policy; calling it again changes nothing. */
    public static synchronized void apply() {
        ROUTER.setLevel(Level.WARNING);
        if (Arrays.stream(FABRIC.getHandlers()).noneMatch(ShimGate.class::isInstance)) {
            FABRIC.addHandler(new ShimGate());
            FABRIC.setUseParentHandlers(false);
        }
    }

    /** Forwards the shim's records to the root handlers, except the echo of a refusal. */
    static final class ShimGate extends Handler {

        private static final Pattern REFUSAL = Pattern.compile("\\[[A-Z][A-Z0-9_]{1,63}\\] .*", Pattern.DOTALL);

        @Override
        public void publish(final LogRecord record) {
            if (isRefusalEcho(record)) {
                return;
            }
            for (final Handler handler : Logger.getLogger("").getHandlers()) {
                handler.publish(record);
            }
        }

        static boolean isRefusalEcho(final LogRecord record) {
            return RESPONSE_UTILS.equals(record.getLoggerName()) && record.getMessage() != null
                    && REFUSAL.matcher(record.getMessage()).matches();
        }

        @Override
        public void flush() {
            for (final Handler handler : Logger.getLogger("").getHandlers()) {
                handler.flush();
            }
        }

        @Override
        public void close() {
            // The root handlers belong to the LogManager.
        }
    }
}
