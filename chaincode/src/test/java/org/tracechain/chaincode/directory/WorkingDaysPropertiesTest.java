// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class WorkingDaysPropertiesTest {

    @Property(tries = 2000)
    void due_date_is_exactly_ten_working_days_later_and_never_on_a_weekend(
            @ForAll @LongRange(min = 946684800L, max = 7258118400L) final long epochSecond,
            @ForAll @IntRange(min = 0, max = 999_999_999) final int nanos) {
        final Instant start = Instant.ofEpochSecond(epochSecond, nanos);

        final Instant due = WorkingDays.after(start, WorkingDays.ANSWER_DAYS);

        final ZonedDateTime s = start.atZone(DirectoryKeys.BEIJING);
        final ZonedDateTime d = due.atZone(DirectoryKeys.BEIJING);
        assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(d.toLocalTime()).isEqualTo(s.toLocalTime());
        int working = 0;
        for (LocalDate day = s.toLocalDate().plusDays(1); !day.isAfter(d.toLocalDate()); day = day.plusDays(1)) {
            if (WorkingDays.isWorkingDay(day.getDayOfWeek())) {
                working++;
            }
        }
        assertThat(working).isEqualTo(10);
        // Ten working days span exactly two weeks from a weekday, a little less from a weekend day.
        assertThat(d.toLocalDate().toEpochDay() - s.toLocalDate().toEpochDay()).isBetween(12L, 14L);
    }

    @Example
    void friday_evening_in_beijing_is_due_two_fridays_later() {
        // 2026-01-02 is a Friday; 23:30 Beijing time is 15:30 UTC.
        assertThat(WorkingDays.after(Instant.parse("2026-01-02T15:30:00Z"), 10))
                .isEqualTo(Instant.parse("2026-01-16T15:30:00Z"));
        // Saturday 2026-01-03 10:00 Beijing: the count starts Monday, due Friday 2026-01-16.
        assertThat(WorkingDays.after(Instant.parse("2026-01-03T02:00:00Z"), 10))
                .isEqualTo(Instant.parse("2026-01-16T02:00:00Z"));
    }
}
