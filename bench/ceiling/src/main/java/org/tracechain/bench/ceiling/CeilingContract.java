// SPDX-License-Identifier: Apache-2.0
package org.tracechain.bench.ceiling;

import java.nio.charset.StandardCharsets;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.License;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.tracechain.chaincode.ledger.Refusal;
import org.tracechain.model.error.CommonError;

/**
 * Fabric's ceiling for the benchmark: one state write per {@code Put}, no identity check, no JSON, no index.
 * Whatever a tracechain transaction costs beyond this is tracechain's own work; what this costs is Fabric's
 * (endorsement by a majority of three organisations, ordering, validation, commit).
 */
@Contract(name = CeilingTransaction.CONTRACT,
        info = @Info(title = "tracechain bench ceiling", description = "Minimal Put/Get contract: Fabric's ceiling",
                version = "0.1.0", license = @License(name = "Apache-2.0")))
@Default
public final class CeilingContract implements ContractInterface {

    /** Stores {@code value} under {@code key} (overwriting); returns nothing. */
    @Transaction(intent = Transaction.TYPE.SUBMIT, name = CeilingTransaction.PUT)
    public void put(final Context ctx, final String key, final String value) {
        requireKey(key);
        ctx.getStub().putState(key, value.getBytes(StandardCharsets.UTF_8));
    }

    /** The value stored under {@code key}. */
    @Transaction(intent = Transaction.TYPE.EVALUATE, name = CeilingTransaction.GET)
    public String get(final Context ctx, final String key) {
        requireKey(key);
        final byte[] value = ctx.getStub().getState(key);
        if (value == null || value.length == 0) {
            throw Refusal.of(CeilingError.CEILING_KEY_NOT_FOUND, "no value under key %s", key);
        }
        return new String(value, StandardCharsets.UTF_8);
    }

    /** Fabric refuses empty keys with a fault; the ceiling answers with a refusal code like every tracechain call. */
    private static void requireKey(final String key) {
        if (key.isBlank()) {
            throw Refusal.of(CommonError.INVALID_FIELD, "key must not be blank");
        }
    }
}
