// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * An RFC 9457 problem body ({@code application/problem+json}) with tracechain's extension members: the error
 * {@code code} from the shared vocabulary, and when known the {@code transactionId}, the Fabric
 * {@code validationCode} and where to look the transaction up ({@code transactionStatus}). Absent members are
 * omitted.
 *
 * @param type a URI naming the problem type, {@code urn:tracechain:error:<CODE>}
 * @param title a short summary of the problem type
 * @param status the HTTP status
 * @param detail what went wrong in this request, without the request's values
 * @param code the error code
 * @param transactionId the Fabric transaction id, or null
 * @param validationCode the Fabric validation code of a committed-invalid transaction, or null
 * @param transactionStatus the path of {@code GET /transactions/{txId}} for an unknown outcome, or null
 * @param extensions further members of this problem type (e.g. the per-event {@code errors} of a refused EPCIS
 *     capture), written beside the others
 */
public record ProblemBody(String type, String title, int status, String detail, String code, String transactionId,
        String validationCode, String transactionStatus, @JsonAnyGetter Map<String, Object> extensions) {

    /** The media type of problem bodies. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public ProblemBody {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(title, "title must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
        Objects.requireNonNull(code, "code must not be null");
        extensions = Collections.unmodifiableMap(new TreeMap<>(extensions));
        if (extensions.keySet().stream().anyMatch(RESERVED::contains)) {
            throw new IllegalArgumentException("an extension member may not replace a standard one");
        }
    }

    private static final Set<String> RESERVED = Set.of("type", "title", "status", "detail", "code", "transactionId",
            "validationCode", "transactionStatus", "extensions");

    /**
     * A problem without a transaction.
     *
     * @param status HTTP status
     * @param code error code
     * @param detail what went wrong
     * @return the body
     */
    public static ProblemBody of(final int status, final String code, final String detail) {
        return new ProblemBody(typeOf(code), ProblemStatus.title(status), status, detail, code, null, null, null, Map.of());
    }

    /** @param id the transaction id @return this problem naming the transaction */
    public ProblemBody withTransaction(final String id) {
        return new ProblemBody(type, title, status, detail, code, id, validationCode, transactionStatus, extensions);
    }

    /** @param validation the Fabric validation code @return this problem with it */
    public ProblemBody withValidationCode(final String validation) {
        return new ProblemBody(type, title, status, detail, code, transactionId, validation, transactionStatus,
                extensions);
    }

    /** @param path where the transaction's status can be asked @return this problem with it */
    public ProblemBody withTransactionStatus(final String path) {
        return new ProblemBody(type, title, status, detail, code, transactionId, validationCode, path, extensions);
    }

    /** @param members further members of this problem type @return this problem with them */
    public ProblemBody withExtensions(final Map<String, ?> members) {
        return new ProblemBody(type, title, status, detail, code, transactionId, validationCode, transactionStatus,
                Map.copyOf(members));
    }

    /** @param code an error code @return its problem type URI */
    public static String typeOf(final String code) {
        return "urn:tracechain:error:" + code;
    }
}
