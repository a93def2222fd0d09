// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * Answer deadlines in working days (国发〔2016〕51号: conditional requests are answered within 10 working
 * days). A working day is Monday to Friday in Beijing time (UTC+8). Public holidays and the adjusted
 * working weekends (调休) are NOT modelled: they are set by the State Council each year and would need an
 * on-ledger calendar.
 */
final class WorkingDays {

    /** Working days a provider has to answer a conditional request. */
    static final int ANSWER_DAYS = 10;

    private WorkingDays() {}

    /**
     * {@code days} working days after {@code start}: the same Beijing time of day on the {@code days}-th
     * Monday-to-Friday date after the start date (a weekend start counts from the next Monday).
     */
    static Instant after(final Instant start, final int days) {
        ZonedDateTime t = start.atZone(DirectoryKeys.BEIJING);
        int left = days;
        while (left > 0) {
            t = t.plusDays(1);
            if (isWorkingDay(t.getDayOfWeek())) {
                left--;
            }
        }
        return t.toInstant();
    }

    static boolean isWorkingDay(final DayOfWeek day) {
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
