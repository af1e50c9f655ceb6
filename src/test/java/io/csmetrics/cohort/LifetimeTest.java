package io.csmetrics.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class LifetimeTest {

    static final LocalDate START = LocalDate.of(2024, 1, 10);
    static final LocalDate AS_OF = LocalDate.of(2024, 3, 10);

    @Test
    void fromDates() {
        assertThat(Lifetime.fromDates(START, null, AS_OF, ChronoUnit.DAYS)).isEqualTo(Lifetime.censoredAt(60));
        assertThat(Lifetime.fromDates(START, LocalDate.of(2024, 2, 10), AS_OF, ChronoUnit.DAYS))
                .isEqualTo(Lifetime.churnedAt(31));
        assertThat(Lifetime.fromDates(START, LocalDate.of(2024, 2, 10), AS_OF, ChronoUnit.MONTHS))
                .isEqualTo(Lifetime.churnedAt(1));
        // An end after the observation date is not known yet: censored at asOf.
        assertThat(Lifetime.fromDates(START, LocalDate.of(2025, 1, 1), AS_OF, ChronoUnit.MONTHS))
                .isEqualTo(Lifetime.censoredAt(2));
        assertThat(Lifetime.censoredAt(13).toString()).isEqualTo("13+");
        assertThat(Lifetime.churnedAt(2.5).toString()).isEqualTo("2.5");
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> Lifetime.churnedAt(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("time must be finite and not negative: -1.0");
        assertThatThrownBy(() -> Lifetime.censoredAt(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lifetime.churnedAt(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lifetime.fromDates(START, null, START.minusDays(1), ChronoUnit.DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asOf (2024-01-09) must not be before start");
        assertThatThrownBy(() -> Lifetime.fromDates(START, START.minusDays(1), AS_OF, ChronoUnit.DAYS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end (2024-01-09) must not be before start");
        assertThatThrownBy(() -> Lifetime.fromDates(null, null, AS_OF, ChronoUnit.DAYS))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("start must not be null");
        assertThatThrownBy(() -> Lifetime.fromDates(START, null, AS_OF, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("unit must not be null");
    }
}
