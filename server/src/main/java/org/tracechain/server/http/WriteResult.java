// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.http;

import io.javalin.http.Context;
import java.util.Objects;
import org.tracechain.client.Committed;

/**
 * The answer to every write: which transaction committed it, on which channel and in which of its blocks, with which
 * validation code, and the record the chaincode returned. The channel says which ledger the block number counts: a
 * client that waits for its write in the query store ({@code Tracechain-Await-Block}) waits on that channel's reads.
 *
 * @param channel the channel the transaction committed on, e.g. {@code foodtrace}
 * @param transactionId Fabric transaction id
 * @param blockNumber the block it committed in
 * @param validationCode the peer's validation code ({@code VALID} for a committed write)
 * @param record the chaincode's result record
 */
public record WriteResult(String channel, String transactionId, long blockNumber, String validationCode,
        Object record) {
    public WriteResult {
        Objects.requireNonNull(channel, "channel must not be null");
        Objects.requireNonNull(transactionId, "transactionId must not be null");
        Objects.requireNonNull(validationCode, "validationCode must not be null");
        Objects.requireNonNull(record, "record must not be null");
    }

    /**
     * The result of a committed write.
     *
     * @param committed what the SDK returned
     * @return the answer body
     */
    public static WriteResult of(final Committed<?> committed) {
        return new WriteResult(committed.channel(), committed.transactionId(), committed.blockNumber(), committed.validationCode(),
                committed.value());
    }

    /**
     * Answers a committed write: {@code status} (200, or 201 with {@code location} for a created resource) and the
     * body, with the transaction id also in the {@code Tracechain-Transaction-Id} header.
     *
     * @param ctx the request
     * @param status 200 or 201
     * @param location the created resource's path, or null
     * @param committed what the SDK returned
     */
    public static void answer(final Context ctx, final int status, final String location, final Committed<?> committed) {
        ctx.status(status);
        if (location != null) {
            ctx.header("Location", location);
        }
        ctx.header("Tracechain-Transaction-Id", committed.transactionId());
        ctx.json(of(committed));
    }
}
