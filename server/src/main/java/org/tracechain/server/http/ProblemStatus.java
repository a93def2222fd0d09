// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.http;

import java.util.Set;
import org.tracechain.model.error.ApiError;

/**
 * The HTTP status of each error code: a missing record is 404, a caller without the right is 403, a request that
 * cannot be read is 400, a readable request the rules refuse is 422, and a request the ledger's current state
 * refuses (taken ids, a lot in transit, a stale version) is 409. The README's error tables list the codes.
 */
public final class ProblemStatus {

    /** The request itself cannot be read or called as sent. */
    private static final Set<String> BAD_REQUEST = Set.of("WRONG_ARGUMENTS", "INVALID_ENCODING", "MALFORMED_JSON",
            "INPUT_TOO_LARGE");
    /** Readable, but a field or a combination of fields breaks a rule that no ledger state can change. */
    private static final Set<String> UNPROCESSABLE = Set.of("INVALID_FIELD", "FIELD_TOO_LONG", "TOO_MANY_VALUES",
            "DUPLICATE_VALUE", "UNKNOWN_ORGANIZATION", "SHIP_TO_SELF", "UNIT_MISMATCH", "QUANTITY_NOT_CONSERVED",
            "INCONSISTENT_RESULT", "INVALID_GS1_KEY", "INVALID_GS1_AI_VALUE", "INVALID_USCC", "DUTY_REQUIRED",
            "ITEMS_REQUIRED", "CONDITIONS_REQUIRED", "LEGAL_BASIS_REQUIRED", "REASON_REQUIRED", "INVALID_VALIDITY",
            "ENTRY_UNCHANGED", "REQUEST_OWN_ENTRY", "DUTY_NOT_OWNED", "TOO_MANY_CHILDREN");
    /** The caller (its identity, role or organisation) may not do this. */
    private static final Set<String> FORBIDDEN = Set.of("ACCESS_DENIED", "UNKNOWN_IDENTITY", "NOT_AN_AUTHORITY",
            "NOT_HOLDER", "NOT_RECEIVER", "NOT_A_RECALL_HOLDER", "NOT_A_TRADING_PARTY", "NOT_SITE_OWNER",
            ApiError.NOT_A_CHANNEL_MEMBER.name());

    private ProblemStatus() {}

    /**
     * The status of a chaincode's (or the API's own) error code.
     *
     * @param code an error code
     * @return the HTTP status
     */
    public static int of(final String code) {
        return switch (code) {
            case "UNAUTHENTICATED" -> 401;
            case "METHOD_NOT_ALLOWED" -> 405;
            case "NOT_ACCEPTABLE" -> 406;
            case "PAYLOAD_TOO_LARGE" -> 413;
            case "TOO_MANY_STREAMS" -> 429;
            case "UNSUPPORTED_MEDIA_TYPE" -> 415;
            case "STORE_UNAVAILABLE", "LEDGER_UNAVAILABLE" -> 503;
            case "OUTCOME_UNKNOWN", "TIMEOUT" -> 504;
            case "COMMIT_FAILED", "LEDGER_REFUSED" -> 502;
            case "INTERNAL_ERROR", "UNKNOWN_TRANSACTION" -> 500;
            case "TRANSACTION_CONFLICT" -> 409;
            default -> classify(code);
        };
    }

    private static int classify(final String code) {
        if (code.equals("NOT_FOUND") || code.endsWith("_NOT_FOUND")) {
            return 404;
        }
        if (BAD_REQUEST.contains(code)) {
            return 400;
        }
        if (UNPROCESSABLE.contains(code)) {
            return 422;
        }
        if (FORBIDDEN.contains(code)) {
            return 403;
        }
        // Everything else the chaincodes refuse depends on the ledger's state: taken ids, lots in transit or on
        // hold, versions, a configuration not yet made.
        return 409;
    }

    /**
     * The standard reason phrase, used as the problem's title.
     *
     * @param status an HTTP status
     * @return its reason phrase
     */
    public static String title(final int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }
}
