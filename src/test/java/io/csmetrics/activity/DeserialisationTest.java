package io.csmetrics.activity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import java.io.InvalidObjectException;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** A tampered partial state is refused on deserialisation, as the factories would refuse it. */
class DeserialisationTest {

    private static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    @Test
    void activityStatsWithAReversedPeriodIsRefused() throws ReflectiveOperationException {
        ActivityStats s = ActivityStats.create(YearMonth.of(2024, 3));
        set(s, "to", LocalDate.of(2024, 2, 1));
        assertThatThrownBy(() -> AccumulatorChecks.roundTrip(s)).hasRootCauseInstanceOf(InvalidObjectException.class)
                .hasStackTraceContaining("period 2024-03-01..2024-02-01");
    }

    @Test
    void activityStatsWithATouchOutsideThePeriodIsRefused() throws ReflectiveOperationException {
        ActivityStats s = ActivityStats.create(YearMonth.of(2024, 3));
        s.accept(Activity.of("A", ActivityKind.QBR, LocalDate.of(2024, 3, 5), "a", "t", Duration.ZERO, ""));
        set(s, "to", LocalDate.of(2024, 3, 4));
        set(s, "from", LocalDate.of(2024, 3, 1));
        assertThatThrownBy(() -> AccumulatorChecks.roundTrip(s)).hasStackTraceContaining("touch dates outside the period");
    }

    @Test
    void supportStatsWithANonPositiveSlaOrBadCountsIsRefused() throws ReflectiveOperationException {
        SupportStats s = SupportStats.create(Instant.parse("2024-03-10T00:00:00Z"));
        set(s, "sla", Duration.ZERO);
        assertThatThrownBy(() -> AccumulatorChecks.roundTrip(s)).hasStackTraceContaining("invalid sla PT0S");
        SupportStats t = SupportStats.create(Instant.parse("2024-03-10T00:00:00Z"));
        set(t, "resolutionCount", 99);
        assertThatThrownBy(() -> AccumulatorChecks.roundTrip(t)).hasStackTraceContaining("counts out of range");
    }
}
