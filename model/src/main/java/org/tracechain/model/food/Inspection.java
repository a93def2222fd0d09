// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.math.BigDecimal;

/**
 * A lab or rapid-test result (检验 / 快检), CBV sensor-report style.
 *
 * @param analyte what was measured, e.g. {@code chlorpyrifos}
 * @param result measured value
 * @param limit maximum residue limit or threshold, optional
 * @param unit unit of result and limit, e.g. {@code mg/kg}
 * @param passed whether the lot conforms
 * @param method test method or standard, e.g. {@code GB 2763-2021}, optional
 * @param laboratory testing laboratory, optional
 * @param certificateHash hash of the recorded test certificate, optional
 */
public record Inspection(String analyte, BigDecimal result, BigDecimal limit, String unit, boolean passed,
        String method, String laboratory, String certificateHash) {}
