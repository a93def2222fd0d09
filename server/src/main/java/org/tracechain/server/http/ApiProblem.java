// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.http;

import java.util.Objects;

/**
 * A request the API refuses before (or instead of) the ledger, answered as an RFC 9457 problem body with the
 * status and error code given here. Thrown by handlers, e.g. for a malformed query parameter; refusals by the
 * ledger arrive as {@code LedgerException}s and are mapped by the server.
 */
public final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    /**
     * @param status HTTP status, 4xx or 5xx
     * @param code the error code (one of the shared vocabulary's names, e.g. {@code INVALID_FIELD})
     * @param detail what was wrong, without echoing secret values
     */
    public ApiProblem(final int status, final String code, final String detail) {
        super(Objects.requireNonNull(detail, "detail must not be null"), null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be 4xx or 5xx");
        }
        this.status = status;
        this.code = Objects.requireNonNull(code, "code must not be null");
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the error code */
    public String code() {
        return code;
    }

    /** @param detail what was wrong @return a 400 with code {@code INVALID_FIELD} */
    public static ApiProblem badRequest(final String detail) {
        return new ApiProblem(400, "INVALID_FIELD", detail);
    }

    /** @param detail what was not found @return a 404 with code {@code NOT_FOUND} */
    public static ApiProblem notFound(final String detail) {
        return new ApiProblem(404, "NOT_FOUND", detail);
    }
}
