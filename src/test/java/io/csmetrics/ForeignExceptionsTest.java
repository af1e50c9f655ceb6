package io.csmetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.cohort.Cohort;
import io.csmetrics.cohort.Lifetime;
import io.csmetrics.cohort.RetentionMatrix;
import io.csmetrics.cohort.Tenure;
import io.csmetrics.goals.MaturityAssessment;
import io.csmetrics.goals.MaturityLevel;
import io.csmetrics.health.Bands;
import io.csmetrics.onboarding.DaysDistribution;
import io.csmetrics.outcome.GoalObservation;
import io.csmetrics.roi.IsoWeek;
import io.csmetrics.roi.ResponsibilityMatrix;
import io.csmetrics.usage.Sessions;
import io.csmetrics.usage.UsagePeriod;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: regression tests, through the public API, for the foreign exceptions and raw JDK
 * messages the adversarial pass found; each now fails with a named exception and message.
 */
class ForeignExceptionsTest {

    static final Currency USD = Currency.getInstance("USD");
    static final LocalDate DAY = LocalDate.of(2024, 1, 15);

    @Test
    void cohortsSpanningMillenniaAreRefusedByName() {
        List<MrrHistory> far = List.of(MrrHistory.of("a", USD, YearMonth.of(-999_999_999, 1), 1),
                MrrHistory.of("b", USD, YearMonth.of(999_999_999, 12), 1));
        assertThatThrownBy(() -> Cohort.byAcquisitionMonth(far)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("asOf");
        assertThatThrownBy(() -> Cohort.of("k", far, YearMonth.of(2024, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("months after the acquisition of account a");
        assertThatThrownBy(() -> Cohort.fromDates("k", List.of(new Tenure("a", LocalDate.MIN, null, Money.of("1", "USD"))),
                DAY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asOf");
        assertThatThrownBy(() -> RetentionMatrix.of(far)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lifetimeWithATimeUnitIsRefused() {
        assertThatThrownBy(() -> Lifetime.fromDates(DAY, null, DAY.plusDays(3), ChronoUnit.MINUTES))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unit must be date-based (DAYS, WEEKS, MONTHS, ...): Minutes");
        assertThat(Lifetime.fromDates(DAY, null, DAY.plusDays(3), ChronoUnit.DAYS).time()).isEqualTo(3);
    }

    @Test
    void responsibilityMatrixWithoutDepartmentsPrints() {
        assertThat(ResponsibilityMatrix.builder().build().toTable()).isEqualTo(" ");
    }

    @Test
    void sessionTimeoutThatWouldOverflowIsRefused() {
        UsagePeriod week = UsagePeriod.between(DAY, DAY.plusDays(7));
        assertThatThrownBy(() -> Sessions.create(week, ZoneOffset.UTC, Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
        assertThat(Sessions.create(week, ZoneOffset.UTC, Sessions.MAX_TIMEOUT).timeout()).isEqualTo(Duration.ofDays(366));
    }

    @Test
    void goalObservationTextIsParsedWithAMessage() {
        assertThatThrownBy(() -> GoalObservation.of(DAY, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value is not a decimal number: ''");
        assertThat(GoalObservation.of(DAY, " 7.5 ").value()).isEqualByComparingTo("7.5");
    }

    @Test
    void dateExtremesGiveNamedErrors() {
        assertThatThrownBy(() -> UsagePeriod.ofDay(LocalDate.MAX)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("day must end before");
        assertThatThrownBy(() -> UsagePeriod.ofMonth(YearMonth.from(LocalDate.MAX)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("month must end before");
        assertThatThrownBy(() -> new IsoWeek(Integer.MAX_VALUE, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weekBasedYear (valid values");
    }

    @Test
    void rawJdkMessagesAreReplaced() {
        assertThatThrownBy(() -> Money.of("10.005", "USD").rounded(RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("USD 10.005 is not exact");
        assertThatThrownBy(() -> Ratio.of(1, 3).toPercent(1, RoundingMode.UNNECESSARY))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("1/3 in percent");
        assertThatThrownBy(() -> Ratio.of(1, 3).toBigDecimal(java.math.MathContext.UNLIMITED))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("no exact decimal expansion");
        assertThatThrownBy(() -> Ratio.of(1, 2).toPercent(Integer.MAX_VALUE, RoundingMode.HALF_EVEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scale (valid values");
        assertThatThrownBy(() -> DaysDistribution.of(new long[] {Long.MAX_VALUE, Long.MAX_VALUE}, new long[0]))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("sum of the event days");
    }

    @Test
    void nullElementsAreNamed() {
        assertThatThrownBy(() -> Bands.of(new io.csmetrics.health.Band[] {null}))
                .isInstanceOf(NullPointerException.class).hasMessage("bands must not contain null");
        assertThatThrownBy(() -> new MaturityAssessment(MaturityLevel.INITIAL, Arrays.asList((io.csmetrics.goals.Capability) null),
                List.of())).isInstanceOf(NullPointerException.class).hasMessage("met must not contain null");
        assertThatThrownBy(() -> new MaturityAssessment(MaturityLevel.INITIAL, null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("met must not be null");
        assertThatThrownBy(() -> new IsoWeek(2024, 3).compareTo(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("other must not be null");
    }
}
