package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.Ratio;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePlanAndTrialTest {

    private static final Currency JPY = Currency.getInstance("JPY");
    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final YearMonth FEB = YearMonth.of(2024, 2);
    private static final YearMonth MAR = YearMonth.of(2024, 3);

    private static MovementTotal jpy(long amount, long count) {
        return MovementTotal.of(Money.ofMinor(amount, JPY), count);
    }

    /** The documents' example: a free-plan customer moving to a paid plan at JPY 2,000 a month. */
    @Test
    void documentsFreePlanUpsellOf2000Yen() {
        MrrHistory customer = MrrHistory.of("seed", JPY, JAN, 0, 2_000);
        FreePlan free = FreePlan.byAccountMonths(Map.of("seed", Set.of(JAN)));
        FreePlanBridgePeriod upsell = List.of(customer).stream()
                .collect(FreePlanBridgeAccumulator.collector(JPY, FreeToPaid.EXPANSION, free, JAN, FEB)).get(0);
        assertThat(upsell.expansion()).isEqualTo(jpy(2_000, 1));
        assertThat(upsell.newBusiness()).isEqualTo(jpy(0, 0));
        assertThat(upsell.freeToPaid()).isEqualTo(jpy(2_000, 1));
        FreePlanBridgePeriod asNew = List.of(customer).stream()
                .collect(FreePlanBridgeAccumulator.collector(JPY, FreeToPaid.NEW, free, JAN, FEB)).get(0);
        assertThat(asNew.newBusiness()).isEqualTo(jpy(2_000, 1));
        assertThat(asNew.expansion()).isEqualTo(jpy(0, 0));
        assertThat(asNew.freeToPaid()).isEqualTo(jpy(2_000, 1));
        for (FreePlanBridgePeriod p : List.of(upsell, asNew)) {
            assertThat(p.startMrr()).isEqualTo(Money.ofMinor(0, JPY));
            assertThat(p.startPaying()).isZero();
            assertThat(p.startFree()).isEqualTo(1);
            assertThat(p.endMrr()).isEqualTo(Money.ofMinor(2_000, JPY));
            assertThat(p.endPaying()).isEqualTo(1);
            assertThat(p.endFree()).isZero();
        }
        assertThat(upsell.toString()).startsWith("EXPANSION 2024-01→2024-02: JPY 0 (0 paying, 1 free)");
    }

    /** Paid → free: a contraction under EXPANSION, a churn under NEW; a return to paid is a reactivation under NEW. */
    @Test
    void paidToFreeAndBack() {
        MrrHistory h = MrrHistory.of("a", JPY, JAN, 3_000, 0, 1_000);
        FreePlan free = FreePlan.byAccountMonths(Map.of("a", Set.of(FEB)));
        List<FreePlanBridgePeriod> expansion = List.of(h).stream()
                .collect(FreePlanBridgeAccumulator.collector(JPY, FreeToPaid.EXPANSION, free, JAN, MAR));
        assertThat(expansion.get(0).contraction()).isEqualTo(jpy(3_000, 1));
        assertThat(expansion.get(0).paidToFree()).isEqualTo(jpy(3_000, 1));
        assertThat(expansion.get(0).endFree()).isEqualTo(1);
        assertThat(expansion.get(1).expansion()).isEqualTo(jpy(1_000, 1));
        List<FreePlanBridgePeriod> asNew = List.of(h).stream()
                .collect(FreePlanBridgeAccumulator.collector(JPY, FreeToPaid.NEW, free, JAN, MAR));
        assertThat(asNew.get(0).churn()).isEqualTo(jpy(3_000, 1));
        assertThat(asNew.get(1).reactivation()).isEqualTo(jpy(1_000, 1));
    }

    @Test
    void allPathsAgreeAndBadInput() {
        FreePlan free = FreePlan.byAccountMonths(Map.of("a", Set.of(JAN), "b", Set.of(FEB, MAR)));
        List<MrrHistory> book = List.of(MrrHistory.of("a", JPY, JAN, 0, 500, 700), MrrHistory.of("b", JPY, JAN, 900),
                MrrHistory.of("c", JPY, FEB, 100, 0), MrrHistory.of("d", JPY, YearMonth.of(2023, 1), 5));
        for (FreeToPaid rule : FreeToPaid.values()) {
            AccumulatorChecks.assertAllPathsAgree(book, () -> FreePlanBridgeAccumulator.create(JPY, rule, free, JAN, MAR),
                    FreePlanBridgeAccumulator::periods);
        }
        FreePlanBridgeAccumulator acc = FreePlanBridgeAccumulator.create(JPY, FreeToPaid.NEW, free, JAN, MAR);
        assertThatThrownBy(() -> acc.accept(MrrHistory.of("x", Currency.getInstance("USD"), JAN, 1)))
                .isInstanceOf(io.csmetrics.CurrencyMismatchException.class);
        assertThatThrownBy(() -> acc.combine(FreePlanBridgeAccumulator.create(JPY, FreeToPaid.EXPANSION, free, JAN, MAR)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FreePlanBridgeAccumulator.create(JPY, null, free, JAN, MAR))
                .isInstanceOf(NullPointerException.class).hasMessage("rule must not be null");
        assertThatThrownBy(() -> FreePlanBridgeAccumulator.create(JPY, FreeToPaid.NEW, null, JAN, MAR))
                .isInstanceOf(NullPointerException.class).hasMessage("freePlan must not be null");
        assertThatThrownBy(() -> FreePlan.byAccountMonths(Map.of("a", java.util.Collections.singleton(null))))
                .isInstanceOf(NullPointerException.class).hasMessage("months of a must not contain null");
        assertThat(acc.periods()).hasSize(2);
    }

    /** TrialConversion's worked example. */
    @Test
    void trialConversionAndTimeToConvert() {
        LocalDate asOf = LocalDate.of(2024, 4, 1);
        List<TrialRecord> trials = List.of(
                TrialRecord.converted("A", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 15), LocalDate.of(2024, 3, 12)),
                TrialRecord.unconverted("B", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 15)),
                TrialRecord.converted("C", LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 24), LocalDate.of(2024, 3, 31)),
                TrialRecord.unconverted("D", LocalDate.of(2024, 3, 25), LocalDate.of(2024, 4, 8)));
        TrialConversion c = AccumulatorChecks.assertAllPathsAgree(trials, () -> TrialConversion.create(asOf), t -> t);
        assertThat(c.decided()).isEqualTo(3);
        assertThat(c.converted()).isEqualTo(2);
        assertThat(c.running()).isEqualTo(1);
        assertThat(c.conversionRate()).isEqualTo(Ratio.of(2, 3));
        assertThat(c.meanDaysToConvert().isEquivalent(Ratio.of(16, 1))).isTrue();
        assertThat(c.medianDaysToConvert()).isEqualTo(OptionalLong.of(11));
        assertThat(c.maxDaysToConvert()).isEqualTo(OptionalLong.of(21));
        assertThat(c).hasToString("TrialConversion{asOf 2024-04-01: 2 of 3 converted, 1 running, mean 32/2 days}");
        TrialConversion empty = TrialConversion.create(asOf);
        assertThat(empty.conversionRate().isDefined()).isFalse();
        assertThat(empty.medianDaysToConvert()).isEmpty();
        assertThat(empty.maxDaysToConvert()).isEmpty();
    }

    @Test
    void badTrials() {
        LocalDate d = LocalDate.of(2024, 3, 1);
        assertThatThrownBy(() -> TrialRecord.unconverted("a", d, d.minusDays(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ends (2024-02-29) must not be before started (2024-03-01) for account a");
        assertThatThrownBy(() -> TrialRecord.converted("a", d, d, d.minusDays(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("convertedOn (2024-02-29) must not be before started (2024-03-01) for account a");
        assertThatThrownBy(() -> TrialRecord.unconverted(" ", d, d)).isInstanceOf(IllegalArgumentException.class);
        TrialConversion c = TrialConversion.create(d);
        assertThatThrownBy(() -> c.accept(TrialRecord.unconverted("a", d.plusDays(1), d.plusDays(2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("trial of a starts (2024-03-02) after asOf (2024-03-01)");
        assertThat(c.decided() + c.running()).isZero();
        assertThatThrownBy(() -> c.combine(TrialConversion.create(d.plusDays(1)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrialConversion.create(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("asOf must not be null");
    }
}
