// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Input of {@code Inspect}: an inspector records a test result on a lot, optionally with its certificate.
 *
 * @param lotId inspected lot
 * @param analyte what was measured
 * @param result measured value (zero or more)
 * @param limit threshold, optional; when given, {@code passed} defaults to {@code result <= limit}
 * @param unit unit of result and limit
 * @param passed pass/fail; required without a limit, must agree with the limit when both are given
 * @param method test method or standard, optional
 * @param laboratory laboratory, optional
 * @param certificate a certificate to record in the same transaction, optional
 * @param certificateHash an already recorded certificate, optional (not with {@code certificate})
 * @param site where, optional
 * @param eventTime when, optional
 * @param documentHashes further recorded documents, optional
 */
public record InspectRequest(String lotId, String analyte, BigDecimal result, BigDecimal limit, String unit,
        Boolean passed, String method, String laboratory, DocumentRequest certificate, String certificateHash,
        String site, Instant eventTime, List<String> documentHashes) {}
