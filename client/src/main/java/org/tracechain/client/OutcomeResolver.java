// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds out what became of a submitted transaction instead of guessing, when the ordering service did not confirm it
 * took the transaction or its commit status did not arrive in time (a Raft leader killed under load drops what it had
 * not replicated; the followers refuse everything until a new leader is elected, 3.3-3.4 s on the default network).
 *
 * <p>The means: look the id up on the ledger, and while it is not there send the <em>identical</em> signed
 * transaction again. That is safe because Fabric commits a transaction id at most once: a second copy that reaches
 * a block is marked {@code DUPLICATE_TXID} and changes nothing, and both the ledger lookup and the gateway's commit
 * status report the first occurrence. A new transaction (new id) would not be safe: if the first one was merely
 * slow, both could commit. So the caller learns a real outcome (committed valid, committed invalid) or, after
 * {@link LedgerClient.Builder#outcomeTimeout} without one, an outcome still unknown, never a guess.
 */
final class OutcomeResolver {

    private static final Logger LOG = LoggerFactory.getLogger(OutcomeResolver.class);
    /** Longest single wait for a commit status while resolving: an election and a block, with margin. */
    static final Duration ROUND = Duration.ofSeconds(5);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(2);

    private final SubmitSupport support;
    private final ChannelContext context;
    private final String transactionName;
    private final Transaction endorsed;

    OutcomeResolver(final SubmitSupport support, final ChannelContext context, final String transactionName,
            final Transaction endorsed) {
        this.support = support;
        this.context = context;
        this.transactionName = transactionName;
        this.endorsed = endorsed;
    }

    private String transactionId() {
        return endorsed.getTransactionId();
    }

    /**
     * Sends the transaction again until an orderer takes it. Only failures that leave it unordered or unknown are
     * retried; a definitive refusal is thrown.
     *
     * @param failure what the first submit failed with
     */
    SubmittedTransaction accepted(final LedgerException failure) throws LedgerException {
        final long deadline = System.nanoTime() + support.outcomeTimeout().toNanos();
        LedgerException last = failure;
        Duration pause = FIRST_PAUSE;
        while (last instanceof LedgerUnavailableException) {
            if (!pauseBefore(deadline, pause)) {
                break;
            }
            pause = longer(pause);
            try {
                final SubmittedTransaction submitted = endorsed.submitAsync();
                LOG.debug("{} {} accepted for ordering on a later attempt", transactionName, transactionId());
                return submitted;
            } catch (SubmitException e) {
                last = LedgerErrors.fromGateway(e, transactionName, transactionId(), context);
            }
        }
        throw last;
    }

    /**
     * The committed status of a transaction whose first commit-status wait failed.
     *
     * @param submitted the submission whose commit status is awaited
     * @param unknown the failure that left the outcome unknown
     * @return the committed status (valid or not)
     * @throws LedgerUnavailableException with an unknown outcome when none was learnt in time
     */
    TransactionStatus committed(final SubmittedTransaction submitted, final LedgerUnavailableException unknown)
            throws LedgerException {
        final long started = System.nanoTime();
        final long deadline = started + support.outcomeTimeout().toNanos();
        LedgerException last = unknown;
        SubmittedTransaction commit = submitted;
        Duration pause = FIRST_PAUSE;
        while (true) {
            // 1. It may have committed while its status was out of reach.
            try {
                final TransactionStatus status = support.lookup().status(context, transactionId());
                if (status.isCommitted()) {
                    return status;
                }
            } catch (LedgerException e) {
                // Looking up failed (peer unreachable); sending again and waiting still can tell.
                last = e;
            }
            final long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            // 2. Not on the ledger: lost with a failed orderer, or still queued. The identical transaction is safe.
            try {
                commit = endorsed.submitAsync();
            } catch (SubmitException e) {
                last = LedgerErrors.fromGateway(e, transactionName, transactionId(), context);
            }
            // 3. Wait for it a bounded time.
            try {
                final long round = Math.min(left, ROUND.toNanos());
                final Status status = commit.getStatus(options -> options.withDeadlineAfter(round, TimeUnit.NANOSECONDS));
                return TransactionStatus.committed(context.channel(), transactionId(), status.getCode().name(),
                        status.getBlockNumber());
            } catch (CommitStatusException e) {
                last = LedgerErrors.fromGateway(e, transactionName, transactionId(), context);
            }
            if (!pauseBefore(deadline, pause)) {
                break;
            }
            pause = longer(pause);
        }
        final LedgerUnavailableException stillUnknown = new LedgerUnavailableException("the outcome of "
                + transactionName + " is still unknown after " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)
                + " ms: the peers have no transaction " + transactionId() + " and sending it again did not get it "
                + "committed; it may still commit, so ask LedgerClient.transactionStatus(\"" + context.channel()
                + "\", id) before sending it again", transactionId(), unknown.statusCode(), true, last);
        if (last != unknown) {
            stillUnknown.addSuppressed(unknown);
        }
        throw stillUnknown;
    }

    /** Waits {@code pause} (less if the deadline comes first); false when the deadline has passed. */
    private boolean pauseBefore(final long deadline, final Duration pause) throws LedgerException {
        final long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        try {
            support.pause().sleep(Duration.ofNanos(Math.min(left, pause.toNanos())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerUnavailableException("interrupted while learning the outcome of " + transactionName,
                    transactionId(), io.grpc.Status.Code.CANCELLED, true, e);
        }
        return System.nanoTime() < deadline;
    }

    private static Duration longer(final Duration pause) {
        final Duration doubled = pause.multipliedBy(2);
        return doubled.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : doubled;
    }
}
