// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerException;
import org.tracechain.client.TransactionStatus;
import org.tracechain.model.error.CommonError;
import org.tracechain.server.http.ApiProblem;
import org.tracechain.server.http.ContentNegotiation;
import org.tracechain.server.http.LedgerAccess;

/**
 * {@code GET /transactions/{txId}?channel=}: what the ledger says about a transaction
 * ({@link LedgerClient#transactionStatus}), the question to ask after a 504 {@code OUTCOME_UNKNOWN}.
 */
final class TransactionRoutes {

    /** Fabric transaction ids are the hex SHA-256 of nonce and creator. */
    private static final Pattern TRANSACTION_ID = Pattern.compile("[0-9a-f]{64}");
    /** Fabric's channel name rule (configtx {@code validateChannelID}). */
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9.-]{0,248}");

    /**
     * The answer body.
     *
     * @param channel the channel asked
     * @param transactionId the transaction id
     * @param state COMMITTED, PENDING or NOT_FOUND
     * @param validationCode the validation code of a committed transaction, or null
     * @param blockNumber the block of a committed transaction, or null
     */
    record StatusView(String channel, String transactionId, String state, String validationCode, Long blockNumber) {
        static StatusView of(final TransactionStatus status) {
            return new StatusView(status.channel(), status.transactionId(), status.state().name(),
                    status.validationCode().orElse(null),
                    status.blockNumber().isPresent() ? status.blockNumber().getAsLong() : null);
        }
    }

    private final LedgerAccess access;
    private final List<String> channels;

    TransactionRoutes(final LedgerAccess access, final List<String> channels) {
        this.access = access;
        this.channels = List.copyOf(channels);
    }

    void status(final Context ctx) throws LedgerException {
        ContentNegotiation.require(ctx, "application/json");
        final String txId = ctx.pathParam("txId");
        if (!TRANSACTION_ID.matcher(txId).matches()) {
            throw new ApiProblem(400, CommonError.INVALID_FIELD.name(),
                    "txId must be a Fabric transaction id: 64 lower-case hex digits");
        }
        final String channel = ctx.queryParam("channel");
        final List<String> asked = new ArrayList<>();
        if (channel != null) {
            if (!CHANNEL.matcher(channel).matches() || !channels.contains(channel)) {
                throw new ApiProblem(400, CommonError.INVALID_FIELD.name(),
                        "channel must be one of this organisation's channels: " + String.join(", ", channels));
            }
            asked.add(channel);
        } else {
            asked.addAll(channels);
        }
        final LedgerClient client = access.client(ctx);
        TransactionStatus best = null;
        for (final String name : asked) {
            ctx.attribute(ServerLedgerAccess.CHANNEL, name);
            final TransactionStatus status = client.transactionStatus(name, txId);
            if (status.isCommitted()) {
                best = status;
                break;
            }
            if (best == null || status.state() == TransactionStatus.State.PENDING) {
                best = status;
            }
        }
        if (best == null) {
            throw new ApiProblem(404, "NOT_FOUND", "this organisation's peer serves no channel");
        }
        ctx.json(StatusView.of(best));
    }
}
