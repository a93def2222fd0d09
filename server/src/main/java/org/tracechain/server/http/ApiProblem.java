// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.http;

import java.util.LinkedHashMap;
import java.util.Map;
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
    private final transient Map<String, Object> extensions;

    /**
     * @param status HTTP status, 4xx or 5xx
     * @param code the error code (one of the shared vocabulary's names, e.g. {@code INVALID_FIELD})
     * @param detail what was wrong, without echoing secret values
     */
    public ApiProblem(final int status, final String code, final String detail) {
        this(status, code, detail, Map.of());
    }

    /**
     * A refusal whose problem body carries extension members (RFC 9457 section 3.2), e.g. the per-event
     * {@code errors} of a refused EPCIS capture.
     *
     * @param status HTTP status, 4xx or 5xx
     * @param code the error code
     * @param detail what was wrong, without echoing secret values
     * @param extensions extra members of the problem body, by name (serialised with the shared codec)
     */
    public ApiProblem(final int status, final String code, final String detail, final Map<String, ?> extensions) {
        super(Objects.requireNonNull(detail, "detail must not be null"), null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be 4xx or 5xx");
        }
        this.status = status;
        this.code = Objects.requireNonNull(code, "code must not be null");
        this.extensions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(
                Objects.requireNonNull(extensions, "extensions must not be null")));
    }

    /** @return extension members of the problem body (empty for most refusals) */
    public Map<String, Object> extensions() {
        return extensions;
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
