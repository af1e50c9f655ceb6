package io.csmetrics.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SmartTargetTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2024, 12, 31);
    private static final SmartTarget MRR = SmartTarget.of("MRR", BigDecimal.valueOf(100_000),
            BigDecimal.valueOf(130_000), START, DEADLINE);

    @Test
    void behindLinearPace() {
        // the Javadoc example: 365 days; 2024-07-01 is day 182; expected 100,000 + 30,000 × 182 / 365
        TargetProgress p = MRR.progress(LocalDate.of(2024, 7, 1), BigDecimal.valueOf(112_000));
        assertThat(MRR.days()).isEqualTo(365);
        assertThat(p.achieved().isEquivalent(Ratio.of(12_000, 30_000))).isTrue();
        assertThat(p.elapsed()).isEqualTo(Ratio.of(182, 365));
        assertThat(p.expectedValue().isEquivalent(Ratio.of(100_000L * 365 + 30_000L * 182, 365))).isTrue();
        // behind by 30,000 × 182 / 365 − 12,000 = 2,958.904…
        assertThat(p.behindBy().toBigDecimal(new MathContext(7))).isEqualByComparingTo("2958.904");
        // (130,000 − 112,000) / 183 days = 98.36… per day
        assertThat(p.requiredRunRate().isEquivalent(Ratio.of(18_000, 183))).isTrue();
        assertThat(p.status()).isEqualTo(PaceStatus.BEHIND);
    }

    @Test
    void onTrackAchievedAndMissed() {
        assertThat(MRR.progress(LocalDate.of(2024, 7, 1), BigDecimal.valueOf(120_000)).status())
                .isEqualTo(PaceStatus.ON_TRACK);
        assertThat(MRR.progress(LocalDate.of(2024, 7, 1), BigDecimal.valueOf(131_000)).status())
                .isEqualTo(PaceStatus.ACHIEVED);
        TargetProgress late = MRR.progress(DEADLINE, BigDecimal.valueOf(129_000));
        assertThat(late.status()).isEqualTo(PaceStatus.MISSED);
        assertThat(late.requiredRunRate().isDefined()).isFalse();
    }

    @Test
    void aTargetBelowTheBaselineIsPacedDownwards() {
        // churn from 3 % to 2 % over 100 days; at day 50 it is 2.4 %: expected 2.5 %, so ahead by 0.1
        SmartTarget churn = SmartTarget.of("monthly churn %", new BigDecimal("3"), new BigDecimal("2"), START,
                START.plusDays(100));
        TargetProgress p = churn.progress(START.plusDays(50), new BigDecimal("2.4"));
        assertThat(p.status()).isEqualTo(PaceStatus.ON_TRACK);
        assertThat(p.behindBy().isEquivalent(Ratio.of(new BigDecimal("-0.1"), BigDecimal.ONE))).isTrue();
        assertThat(p.achieved().isEquivalent(Ratio.of(6, 10))).isTrue();
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> SmartTarget.of("MRR", BigDecimal.ONE, BigDecimal.TEN, DEADLINE, START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deadline (2024-01-01) must be after start (2024-12-31)");
        assertThatThrownBy(() -> SmartTarget.of("MRR", BigDecimal.ONE, BigDecimal.ONE, START, START))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be after start");
        assertThatThrownBy(() -> SmartTarget.of("MRR", BigDecimal.TEN, new BigDecimal("10.0"), START, DEADLINE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must differ from baseline");
        assertThatThrownBy(() -> SmartTarget.of(" ", BigDecimal.ONE, BigDecimal.TEN, START, DEADLINE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metric must not be blank");
        assertThatThrownBy(() -> MRR.progress(START.minusDays(1), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be before start");
    }
}
