// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/** How often the data behind an entry is updated (更新周期; DCAT {@code dct:accrualPeriodicity}). */
public enum UpdateCycle {
    REAL_TIME,
    DAILY,
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    SEMI_ANNUAL,
    ANNUAL,
    IRREGULAR
}
