package io.csmetrics.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsagePeriodTest {

    private static final LocalDate MARCH_6 = LocalDate.of(2024, 3, 6);

    @Test
    void factoriesAndNames() {
        UsagePeriod feb = UsagePeriod.ofMonth(YearMonth.of(2024, 2));
        assertThat(feb.start()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(feb.endExclusive()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(feb.days()).isEqualTo(29);
        assertThat(feb).hasToString("2024-02");
        UsagePeriod week = UsagePeriod.ofIsoWeek(MARCH_6);
        assertThat(week).isEqualTo(UsagePeriod.between(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 11)));
        assertThat(week).hasToString("2024-W10");
        assertThat(UsagePeriod.ofDay(MARCH_6)).hasToString("2024-03-06");
        assertThat(UsagePeriod.between(MARCH_6, MARCH_6.plusDays(3))).hasToString("2024-03-06..2024-03-08");
    }

    // ISO 8601 week-based years: 2024-12-30 is in 2025-W01; 2021-01-03 is in 2020-W53.
    @ParameterizedTest
    @CsvSource({"2024-12-30, 2025-W01", "2021-01-03, 2020-W53", "2024-01-01, 2024-W01", "2024-03-10, 2024-W10"})
    void isoWeekNames(LocalDate day, String name) {
        assertThat(UsagePeriod.ofIsoWeek(day)).hasToString(name);
    }

    @Test
    void containsEnclosesAndOrder() {
        UsagePeriod march = UsagePeriod.ofMonth(YearMonth.of(2024, 3));
        assertThat(march.contains(LocalDate.of(2024, 3, 31))).isTrue();
        assertThat(march.contains(LocalDate.of(2024, 4, 1))).isFalse();
        assertThat(march.contains(LocalDate.of(2024, 2, 29))).isFalse();
        assertThat(march.encloses(UsagePeriod.ofIsoWeek(MARCH_6))).isTrue();
        assertThat(march.encloses(UsagePeriod.ofIsoWeek(LocalDate.of(2024, 3, 1)))).isFalse();
        assertThat(UsagePeriod.ofDay(MARCH_6).compareTo(UsagePeriod.ofIsoWeek(MARCH_6))).isPositive();
        assertThat(UsagePeriod.ofIsoWeek(MARCH_6).compareTo(UsagePeriod.ofIsoWeek(MARCH_6))).isZero();
    }

    @Test
    void wholePeriodsWithinARange() {
        UsagePeriod march = UsagePeriod.ofMonth(YearMonth.of(2024, 3));
        List<UsagePeriod> weeks = Granularity.ISO_WEEK.periodsWithin(march);
        assertThat(weeks).extracting(UsagePeriod::toString).containsExactly("2024-W10", "2024-W11", "2024-W12",
                "2024-W13");
        assertThat(Granularity.DAY.periodsWithin(march)).hasSize(31);
        assertThat(Granularity.MONTH.periodsWithin(march)).containsExactly(march);
        assertThat(Granularity.MONTH.periodsWithin(UsagePeriod.ofIsoWeek(MARCH_6))).isEmpty();
        assertThat(Granularity.MONTH.periodOf(MARCH_6)).isEqualTo(march);
        assertThat(Granularity.DAY.periodOf(MARCH_6)).isEqualTo(UsagePeriod.ofDay(MARCH_6));
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> UsagePeriod.between(MARCH_6, MARCH_6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("endExclusive (2024-03-06) must be after start (2024-03-06)");
        assertThatThrownBy(() -> UsagePeriod.between(null, MARCH_6)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("start");
        assertThatThrownBy(() -> UsagePeriod.ofDay(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> UsagePeriod.ofIsoWeek(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> UsagePeriod.ofMonth(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Granularity.DAY.periodOf(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Granularity.DAY.periodsWithin(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> UsagePeriod.ofDay(MARCH_6).contains(null)).isInstanceOf(NullPointerException.class);
    }

    @Property
    void isoWeekIsMondayToSundayAroundTheDay(@ForAll @IntRange(min = 0, max = 5000) int offset) {
        LocalDate day = LocalDate.of(2015, 1, 1).plusDays(offset);
        UsagePeriod week = UsagePeriod.ofIsoWeek(day);
        assertThat(week.start().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(week.days()).isEqualTo(7);
        assertThat(week.contains(day)).isTrue();
        assertThat(UsagePeriod.ofMonth(YearMonth.from(day)).contains(day)).isTrue();
    }
}
