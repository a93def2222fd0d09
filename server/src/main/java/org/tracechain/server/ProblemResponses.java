// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.client.ChannelMembershipException;
import org.tracechain.client.CommitFailedException;
import org.tracechain.client.LedgerException;
import org.tracechain.client.LedgerUnavailableException;
import org.tracechain.client.TransactionConflictException;
import org.tracechain.client.TransactionRefusedException;
import org.tracechain.model.error.ApiError;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.json.InvalidEncodingException;
import org.tracechain.model.json.MalformedJsonException;
import org.tracechain.server.http.ApiProblem;
import org.tracechain.server.http.ProblemBody;
import org.tracechain.server.http.ProblemStatus;

/**
 * Turns whatever a handler throws into an RFC 9457 problem body. A refusal is normal operation: one log line with
 * the code, the route and the transaction id, never the request's values and never a stack trace. Only a fault
 * nobody anticipated (a 500) is logged with its stack trace.
 */
final class ProblemResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    /** Request attribute set once a problem body is written, so the status error handlers leave it alone. */
    static final String WRITTEN = "tracechain.problem";

    private final MeterRegistry metrics;

    ProblemResponses(final MeterRegistry metrics) {
        this.metrics = metrics;
    }

    void handle(final Exception exception, final Context ctx) {
        final ProblemBody problem = problemOf(exception, ctx);
        if (problem.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"tracechain\"");
        }
        if (problem.status() == 503) {
            ctx.header("Retry-After", "1");
        }
        if (problem.transactionStatus() != null) {
            ctx.header("Link", "<" + problem.transactionStatus() + ">; rel=\"monitor\"");
        }
        write(ctx, problem);
        if (problem.status() >= 500 && problem.code().equals(ApiError.INTERNAL_ERROR.name())) {
            LOG.error("{} {} failed", ctx.method(), AccessLog.route(ctx), exception);
        } else {
            LOG.info("Refused {} {}: {} {}{}", ctx.method(), AccessLog.route(ctx), problem.status(), problem.code(),
                    problem.transactionId() == null ? "" : " tx " + problem.transactionId());
        }
    }

    /** Writes a problem body as the response. */
    static void write(final Context ctx, final ProblemBody problem) {
        ctx.attribute(WRITTEN, problem.code());
        ctx.status(problem.status());
        ctx.json(problem);
        ctx.contentType(ProblemBody.MEDIA_TYPE);
    }

    private ProblemBody problemOf(final Exception exception, final Context ctx) {
        if (exception instanceof ApiProblem problem) {
            return ProblemBody.of(problem.status(), problem.code(), problem.getMessage())
                    .withExtensions(problem.extensions());
        }
        if (exception instanceof InvalidEncodingException e) {
            return ProblemBody.of(400, CommonError.INVALID_ENCODING.name(), e.getMessage());
        }
        if (exception instanceof MalformedJsonException e) {
            return ProblemBody.of(400, CommonError.MALFORMED_JSON.name(), e.getMessage());
        }
        if (exception instanceof LedgerException e) {
            final ProblemBody problem = ledgerProblem(e, ctx);
            metrics.counter("tracechain.gateway.errors", "code", problem.code()).increment();
            return problem;
        }
        if (exception instanceof HttpResponseException e) {
            return ProblemBody.of(e.getStatus(), codeOfStatus(e.getStatus()), e.getMessage());
        }
        if (exception instanceof UncheckedIOException && isClientAbort(exception)) {
            return ProblemBody.of(400, CommonError.MALFORMED_JSON.name(), "the request body ended early");
        }
        return ProblemBody.of(500, ApiError.INTERNAL_ERROR.name(), "unexpected server fault; the server log has it");
    }

    private static boolean isClientAbort(final Exception exception) {
        return exception.getCause() != null && exception.getCause().getClass().getName().contains("EofException");
    }

    private static ProblemBody ledgerProblem(final LedgerException e, final Context ctx) {
        final String txId = e.transactionId().orElse(null);
        if (e instanceof ChannelMembershipException m) {
            return ProblemBody.of(403, ApiError.NOT_A_CHANNEL_MEMBER.name(), m.getMessage()).withTransaction(txId);
        }
        if (e instanceof TransactionRefusedException r) {
            final String code = r.code().orElse(ApiError.LEDGER_REFUSED.name());
            final String detail = r.code().isPresent() ? r.chaincodeMessage()
                    : "the ledger refused the transaction without an error code";
            return ProblemBody.of(ProblemStatus.of(code), code, detail == null ? code : detail).withTransaction(txId);
        }
        if (e instanceof TransactionConflictException c) {
            return ProblemBody.of(409, ApiError.TRANSACTION_CONFLICT.name(),
                    "a concurrent transaction changed what this one read; nothing was written, send it again")
                    .withTransaction(txId).withValidationCode(c.validationCode());
        }
        if (e instanceof CommitFailedException f) {
            return ProblemBody.of(502, ApiError.COMMIT_FAILED.name(),
                    "the transaction was ordered but committed invalid; nothing was written")
                    .withTransaction(txId).withValidationCode(f.validationCode());
        }
        if (e instanceof LedgerUnavailableException u) {
            if (u.outcomeUnknown()) {
                final String channel = ctx.attribute(ServerLedgerAccess.CHANNEL);
                final String lookup = txId == null ? null
                        : "/transactions/" + txId + (channel == null ? "" : "?channel=" + channel);
                return ProblemBody.of(504, ApiError.OUTCOME_UNKNOWN.name(), "the transaction was submitted but its "
                        + "outcome is not known yet; ask for its status before sending it again")
                        .withTransaction(txId).withTransactionStatus(lookup);
            }
            if (u.statusCode() == io.grpc.Status.Code.DEADLINE_EXCEEDED) {
                return ProblemBody.of(504, ApiError.TIMEOUT.name(),
                        "the ledger did not answer in time; nothing was written").withTransaction(txId);
            }
            return ProblemBody.of(503, ApiError.LEDGER_UNAVAILABLE.name(),
                    "the ledger cannot be reached; nothing was written, send it again later").withTransaction(txId);
        }
        // The call succeeded but its answer was not what this server's SDK expects: versions differ.
        return ProblemBody.of(502, ApiError.LEDGER_REFUSED.name(),
                "the ledger's answer could not be read by this server").withTransaction(txId);
    }

    static String codeOfStatus(final int status) {
        return switch (status) {
            case 401 -> ApiError.UNAUTHENTICATED.name();
            case 404 -> ApiError.NOT_FOUND.name();
            case 405 -> ApiError.METHOD_NOT_ALLOWED.name();
            case 406 -> ApiError.NOT_ACCEPTABLE.name();
            case 413 -> ApiError.PAYLOAD_TOO_LARGE.name();
            case 415 -> ApiError.UNSUPPORTED_MEDIA_TYPE.name();
            case 503 -> ApiError.LEDGER_UNAVAILABLE.name();
            case 504 -> ApiError.TIMEOUT.name();
            default -> status < 500 ? CommonError.INVALID_FIELD.name() : ApiError.INTERNAL_ERROR.name();
        };
    }
}
