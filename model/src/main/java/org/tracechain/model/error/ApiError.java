// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.error;

/**
 * Refusals and faults of the HTTP API itself ({@code tracechain serve}), as opposed to the chaincodes' refusals,
 * which the API passes on with their own codes. Each travels in the {@code code} member of an RFC 9457 problem
 * body; the README section "Error codes" documents the HTTP status of each.
 */
public enum ApiError implements ErrorCode {
    /** No bearer token, or one that is unknown, malformed, expired or revoked (401). */
    UNAUTHENTICATED,
    /** No resource at this path, or the record asked for does not exist (404). */
    NOT_FOUND,
    /** The path exists but not with this HTTP method (405). */
    METHOD_NOT_ALLOWED,
    /** A query parameter the endpoint does not take, or one given more than once (400). */
    UNKNOWN_PARAMETER,
    /** The body names another record than the path it was sent to, or leaves the path's id out (400). */
    PATH_BODY_MISMATCH,
    /** The request body is larger than the server accepts (413). */
    PAYLOAD_TOO_LARGE,
    /** The request body is not of a media type the endpoint reads, e.g. not {@code application/json} (415). */
    UNSUPPORTED_MEDIA_TYPE,
    /** The endpoint cannot answer in any media type the {@code Accept} header allows (406). */
    NOT_ACCEPTABLE,
    /** The caller, or the server, already holds as many live update streams open as allowed (429). */
    TOO_MANY_STREAMS,
    /** The off-chain query store is not configured or cannot be reached (503). */
    STORE_UNAVAILABLE,
    /** The ledger (gateway peer, chaincode server or ordering service) could not be reached; nothing was written,
     *  the same request may be sent again (503). */
    LEDGER_UNAVAILABLE,
    /** A write was submitted but whether it committed is not known yet: ask {@code GET /transactions/{txId}}
     *  before sending it again (504). */
    OUTCOME_UNKNOWN,
    /** The ledger did not answer within its deadline before anything was submitted; nothing was written (504). */
    TIMEOUT,
    /** The write was ordered but invalidated by a concurrent transaction; nothing was written, sending it again
     *  can succeed (409). */
    TRANSACTION_CONFLICT,
    /** The write was ordered but committed invalid for another reason (the validation code says which) (502). */
    COMMIT_FAILED,
    /** The ledger refused without a tracechain error code: a channel policy, an orderer's refusal, or a chaincode
     *  failure (502). */
    LEDGER_REFUSED,
    /** The caller's organisation is not a member of the channel the endpoint uses (403). */
    NOT_A_CHANNEL_MEMBER,
    /** An unexpected server fault; the server log has the details (500). */
    INTERNAL_ERROR;

    @Override
    public String domain() {
        return "api";
    }
}
