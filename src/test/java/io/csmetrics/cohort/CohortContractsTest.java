package io.csmetrics.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Value contracts of the cohort family that the worked-example tests leave implicit: equality and
 * hashing of fitted models and matrices, money accessors of cells, and what the accumulator reports
 * about itself (found missing by mutation testing).
 */
class CohortContractsTest {

    private static final List<Lifetime> LIFETIMES = List.of(Lifetime.churnedAt(1), Lifetime.churnedAt(3),
            Lifetime.censoredAt(3), Lifetime.churnedAt(5), Lifetime.censoredAt(6));

    @Test
    void kaplanMeierFitsAreValues() {
        KaplanMeier km = KaplanMeier.fit(LIFETIMES);
        assertThat(km).isEqualTo(KaplanMeier.fit(LIFETIMES)).hasSameHashCodeAs(KaplanMeier.fit(LIFETIMES));
        assertThat(km).isNotEqualTo(KaplanMeier.fit(LIFETIMES.subList(0, 4))).isNotEqualTo("km");
        assertThat(AccumulatorChecks.roundTrip(km)).isEqualTo(km);
    }

    @Test
    void shiftedBetaGeometricModelsAreValuesOfTheirParameters() {
        ShiftedBetaGeometric m = ShiftedBetaGeometric.of(0.7, 1.2);
        assertThat(m).isEqualTo(ShiftedBetaGeometric.of(0.7, 1.2)).hasSameHashCodeAs(ShiftedBetaGeometric.of(0.7, 1.2));
        assertThat(m).isNotEqualTo(ShiftedBetaGeometric.of(0.7, 1.3)).isNotEqualTo(ShiftedBetaGeometric.of(0.8, 1.2));
    }

    @Test
    void matricesAndCohortsAreValues() {
        RetentionMatrix<YearMonth> m = RetentionMatrix.of(RetentionMatrixTest.EXAMPLE);
        RetentionMatrix<YearMonth> same = RetentionMatrix.of(RetentionMatrixTest.EXAMPLE);
        assertThat(m).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(m).isNotEqualTo(RetentionMatrix.of(RetentionMatrixTest.EXAMPLE.subList(0, 3)));
        assertThat(m.currency()).isEqualTo(Optional.of(RetentionMatrixTest.USD));

        List<MrrHistory> paying = RetentionMatrixTest.EXAMPLE.subList(0, 6);
        Cohort<String> c = Cohort.of("all", paying, RetentionMatrixTest.AS_OF);
        assertThat(c).isEqualTo(Cohort.of("all", paying, RetentionMatrixTest.AS_OF))
                .hasSameHashCodeAs(Cohort.of("all", paying, RetentionMatrixTest.AS_OF))
                .isNotEqualTo(Cohort.of("other", paying, RetentionMatrixTest.AS_OF));
    }

    @Test
    void cellsReportTheirMoneyInTheCohortCurrency() {
        // cohort 2024-01, month 2 of the RetentionMatrix Javadoc example: 800 → GRR 400, NRR 450 (minor units)
        RetentionCell cell = RetentionMatrix.of(RetentionMatrixTest.EXAMPLE).cell(RetentionMatrixTest.JAN, 2);
        assertThat(cell.startingMrr()).isEqualTo(Money.ofMinor(800, RetentionMatrixTest.USD));
        assertThat(cell.grossRetainedMrr()).isEqualTo(Money.ofMinor(400, RetentionMatrixTest.USD));
        assertThat(cell.netRetainedMrr()).isEqualTo(Money.ofMinor(450, RetentionMatrixTest.USD));
    }

    @Test
    void accumulatorReportsItsSettingsAndCollects() {
        RetentionMatrixAccumulator<YearMonth> acc = RetentionMatrixAccumulator.create(RetentionMatrixTest.AS_OF);
        assertThat(acc.asOf()).isEqualTo(RetentionMatrixTest.AS_OF);
        assertThat(acc.rule()).isEqualTo(CohortReactivationRule.values()[0]);
        RetentionMatrixTest.EXAMPLE.forEach(acc);
        assertThat(acc.toString()).contains("asOf=2024-03", "cohorts=2");
        RetentionMatrix<YearMonth> collected = RetentionMatrixTest.EXAMPLE.stream()
                .collect(RetentionMatrixAccumulator.collector(RetentionMatrixTest.AS_OF));
        assertThat(collected).isEqualTo(RetentionMatrix.of(RetentionMatrixTest.EXAMPLE));
        List<MrrHistory> records = RetentionMatrixTest.EXAMPLE;
        AccumulatorChecks.assertAllPathsAgree(records, () -> RetentionMatrixAccumulator.create(RetentionMatrixTest.AS_OF),
                RetentionMatrixAccumulator::result);
    }
}
