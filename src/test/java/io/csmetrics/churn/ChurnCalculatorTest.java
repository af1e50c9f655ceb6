package io.csmetrics.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChurnCalculatorTest {

    private static final ChurnCalculator STANDARD = ChurnCalculator.standard();
    private static final Money JPY_1_500_000 = Money.of("1500000", "JPY");
    private static final Money JPY_1_200_000 = Money.of("1200000", "JPY");
    private static final Money JPY_300_000 = Money.of("300000", "JPY");
    private static final Money USD_10_000 = Money.of("10000", "USD");

    // DESIGN.md worked examples: 10 of 100 = 10 %, 3 of 20 = 15 %, 10 of 600 = 1/60.
    @ParameterizedTest(name = "{1} of {0} = {2} %")
    @CsvSource({
        "100, 10, 10.00",
        "20,   3, 15.00",
        "600, 10,  1.67",
    })
    void customerChurnOfTheDocuments(long starting, long churned, BigDecimal percent) {
        CustomerChurn churn = STANDARD.customerChurn(starting, churned);

        assertThat(churn.rate()).isEqualTo(Ratio.of(churned, starting));
        assertThat(churn.rate().toPercent(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo(percent);
        assertThat(churn.basis()).isEqualTo(CustomerChurnBasis.START_OF_PERIOD);
        assertThat(churn.withinPeriod()).isEqualTo(WithinPeriodChurn.EXCLUDED);
    }

    @Test
    void monthlyChurnTenOfSixHundredIsOneSixtiethShownAsOnePointSixTruncated() {
        // DESIGN.md: 10 churned of 600 = 1/60 = 1.666…%, shown as 1.6 % when truncated to one decimal.
        Ratio rate = STANDARD.customerChurn(600, 10).rate();

        assertThat(rate.isEquivalent(Ratio.of(1, 60))).isTrue();
        assertThat(rate.toPercent(1, RoundingMode.DOWN)).isEqualByComparingTo("1.6");
    }

    @Test
    void compoundAnnualisationIsTheDefaultAndExact() {
        // DESIGN.md: 1 − (1 − 1/60)^12 = 18.26…%, ≈ 109.6 of 600 accounts.
        Ratio annual = STANDARD.annualize(Ratio.of(10, 600));

        assertThat(annual.isEquivalent(Ratio.of(new BigDecimal("2176782336000000000000").subtract(
                new BigDecimal("1779197418239532716881")), new BigDecimal("2176782336000000000000")))).isTrue();
        assertThat(annual.toPercent(2, RoundingMode.DOWN)).isEqualByComparingTo("18.26");
        ExpectedLoss loss = STANDARD.expectedLosses(600, Ratio.of(10, 600), 12);
        assertThat(loss.accounts().toBigDecimal(new MathContext(4))).isEqualByComparingTo("109.6");
        assertThat(loss.annualization()).isEqualTo(Annualization.COMPOUND);
    }

    @Test
    void simpleAnnualisationExactAndAsTheDocumentsTruncateIt() {
        // DESIGN.md: the documents truncate 1/60 to 1.6 % and multiply by 12: 19.2 %, i.e. 115 of 600.
        ChurnCalculator simple = STANDARD.withAnnualization(Annualization.SIMPLE);
        Ratio exactMonthly = Ratio.of(10, 600);
        Ratio documentsMonthly = Ratio.of(exactMonthly.toPercent(1, RoundingMode.DOWN), BigDecimal.valueOf(100));

        assertThat(simple.annualize(exactMonthly).toPercent(1, RoundingMode.UNNECESSARY)).isEqualByComparingTo("20.0");
        assertThat(simple.annualize(documentsMonthly).toPercent(1, RoundingMode.UNNECESSARY))
                .isEqualByComparingTo("19.2");
        assertThat(simple.expectedLosses(600, documentsMonthly, 12).accounts().toBigDecimal(MathContext.DECIMAL64))
                .isEqualByComparingTo("115.2");
        assertThat(simple.expectedLosses(600, documentsMonthly, 12).accounts()
                .toBigDecimal(new MathContext(3, RoundingMode.DOWN))).isEqualByComparingTo("115");
        assertThat(simple.expectedLosses(600, exactMonthly, 12).accounts().toBigDecimal(MathContext.DECIMAL64))
                .isEqualByComparingTo("120");
    }

    @Test
    void revenueChurnOnStartAndEndBasis() {
        // DESIGN.md: plans 50,000 × 10 and 100,000 × 10; three 100,000 customers leave.
        RevenueMovements period = RevenueMovements.starting(Money.of("50000", "JPY").multipliedBy(10)
                .plus(Money.of("100000", "JPY").multipliedBy(10)))
                .withChurnedMrr(Money.of("100000", "JPY").multipliedBy(3));

        RevenueChurn start = STANDARD.grossRevenueChurn(period);
        RevenueChurn end = STANDARD.withRevenueBasis(RevenueChurnBasis.END_OF_PERIOD).grossRevenueChurn(period);

        assertThat(period.endMrr()).isEqualTo(JPY_1_200_000);
        assertThat(start.rate()).isEqualTo(Ratio.of(300000, 1500000));
        assertThat(start.rate().toPercent(0, RoundingMode.UNNECESSARY)).isEqualByComparingTo("20");
        assertThat(start.base()).isEqualTo(JPY_1_500_000);
        assertThat(end.rate()).isEqualTo(Ratio.of(300000, 1200000));
        assertThat(end.rate().toPercent(0, RoundingMode.UNNECESSARY)).isEqualByComparingTo("25");
        assertThat(end.basis()).isEqualTo(RevenueChurnBasis.END_OF_PERIOD);
        assertThat(end.lost()).isEqualTo(JPY_300_000);
        assertThat(start.toString()).contains("GROSS", "20.00 %", "START_OF_PERIOD", "JPY 300000");
    }

    @Test
    void grossRevenueChurnCountsContraction() {
        RevenueMovements period = RevenueMovements.starting(USD_10_000).withChurnedMrr(Money.of("500", "USD"))
                .withContractionMrr(Money.of("200", "USD")).withExpansionMrr(Money.of("400", "USD"));

        assertThat(STANDARD.grossRevenueChurn(period).rate().toPercent(0, RoundingMode.UNNECESSARY))
                .isEqualByComparingTo("7");
    }

    // NetRevenueChurnOffset Javadoc: Klipfolio / Chargebee (expansion) vs ChartMogul (expansion and reactivation).
    @ParameterizedTest
    @CsvSource({
        "EXPANSION,                  300, 3",
        "EXPANSION_AND_REACTIVATION, 200, 2",
    })
    void netRevenueChurnWithAndWithoutReactivation(NetRevenueChurnOffset offset, String lost, String percent) {
        RevenueMovements period = RevenueMovements.starting(USD_10_000).withChurnedMrr(Money.of("500", "USD"))
                .withContractionMrr(Money.of("200", "USD")).withExpansionMrr(Money.of("400", "USD"))
                .withReactivationMrr(Money.of("100", "USD")).withNewMrr(Money.of("1000", "USD"));

        RevenueChurn net = STANDARD.withNetOffset(offset).netRevenueChurn(period);

        assertThat(net.lost()).isEqualTo(Money.of(lost, "USD"));
        assertThat(net.rate().toPercent(0, RoundingMode.UNNECESSARY)).isEqualByComparingTo(percent);
        assertThat(net.offset()).isEqualTo(Optional.of(offset));
        assertThat(net.kind()).isEqualTo(RevenueChurn.Kind.NET);
    }

    @Test
    void netRevenueChurnIsNegativeWhenExpansionExceedsLosses() {
        // Klipfolio's example B: expansions 12,000, cancellations 7,000 of 100,000: −5 %.
        RevenueMovements period = RevenueMovements.starting(Money.of("100000", "USD"))
                .withChurnedMrr(Money.of("7000", "USD")).withExpansionMrr(Money.of("12000", "USD"));

        assertThat(STANDARD.netRevenueChurn(period).rate().toPercent(0, RoundingMode.UNNECESSARY))
                .isEqualByComparingTo("-5");
    }

    @Test
    void revenueChurnOverZeroMrrIsUndefined() {
        RevenueMovements empty = RevenueMovements.starting(Money.zero(java.util.Currency.getInstance("USD")));

        assertThat(STANDARD.grossRevenueChurn(empty).rate().isDefined()).isFalse();
        assertThat(STANDARD.grossRevenueChurn(empty).toString()).contains("undefined");
    }

    @Test
    void customerChurnOfNoCustomersIsUndefined() {
        CustomerChurn churn = STANDARD.customerChurn(0, 0);

        assertThat(churn.rate().isDefined()).isFalse();
        assertThat(churn.toString()).contains("undefined");
        assertThatThrownBy(() -> STANDARD.annualize(churn.rate())).isInstanceOf(UndefinedMetricException.class)
                .hasMessageContaining("monthlyRate 0/0");
        assertThatThrownBy(() -> STANDARD.confidenceInterval(churn)).isInstanceOf(UndefinedMetricException.class)
                .hasMessageContaining("0 customers at risk");
    }

    // CustomerChurnBasis / WithinPeriodChurn Javadoc: 100 starting (10 lost), 20 new (2 lost in the month).
    @ParameterizedTest(name = "{0}, {1}: {2}/{3}")
    @CsvSource({
        "START_OF_PERIOD, EXCLUDED, 10, 100",
        "START_OF_PERIOD, COUNTED,  12, 100",
        "START_PLUS_NEW,  EXCLUDED, 10, 120",
        "START_PLUS_NEW,  COUNTED,  12, 120",
    })
    void denominatorAndWithinPeriodRule(CustomerChurnBasis basis, WithinPeriodChurn rule, long churned, long atRisk) {
        CustomerChurn churn = STANDARD.withCustomerBasis(basis).withWithinPeriodChurn(rule)
                .customerChurn(CustomerCounts.of(100, 20, 10, 2));

        assertThat(churn.rate()).isEqualTo(Ratio.of(churned, atRisk));
        assertThat(churn.counts().endingCustomers()).isEqualTo(108);
    }

    @Test
    void withMethodsReturnThisWhenNothingChanges() {
        assertThat(STANDARD.withCustomerBasis(CustomerChurnBasis.START_OF_PERIOD)).isSameAs(STANDARD);
        assertThat(STANDARD.withWithinPeriodChurn(WithinPeriodChurn.EXCLUDED)).isSameAs(STANDARD);
        assertThat(STANDARD.withRevenueBasis(RevenueChurnBasis.START_OF_PERIOD)).isSameAs(STANDARD);
        assertThat(STANDARD.withNetOffset(NetRevenueChurnOffset.EXPANSION)).isSameAs(STANDARD);
        assertThat(STANDARD.withAnnualization(Annualization.COMPOUND)).isSameAs(STANDARD);
        assertThat(STANDARD.withIntervalMethod(IntervalMethod.WILSON)).isSameAs(STANDARD);
        assertThat(STANDARD.withConfidenceLevel(0.95)).isSameAs(STANDARD);
        ChurnCalculator changed = STANDARD.withCustomerBasis(CustomerChurnBasis.START_PLUS_NEW)
                .withConfidenceLevel(0.9).withIntervalMethod(IntervalMethod.CLOPPER_PEARSON);
        assertThat(changed.customerBasis()).isEqualTo(CustomerChurnBasis.START_PLUS_NEW);
        assertThat(changed.confidenceLevel()).isEqualTo(0.9);
        assertThat(changed.intervalMethod()).isEqualTo(IntervalMethod.CLOPPER_PEARSON);
        assertThat(changed.revenueBasis()).isEqualTo(RevenueChurnBasis.START_OF_PERIOD);
        assertThat(changed.netOffset()).isEqualTo(NetRevenueChurnOffset.EXPANSION);
        assertThat(changed.annualization()).isEqualTo(Annualization.COMPOUND);
        assertThat(changed.withinPeriodChurn()).isEqualTo(WithinPeriodChurn.EXCLUDED);
        assertThat(changed.toString()).contains("START_PLUS_NEW", "CLOPPER_PEARSON", "0.9");
    }

    // Newcombe R.G. (1998), "Two-sided confidence intervals for the single proportion: comparison of
    // seven methods", Statistics in Medicine 17:857-872, worked examples at 95 %: method 3 (Wilson score, no
    // continuity correction) and method 5 (Clopper-Pearson "exact"), to 4 decimals.
    @ParameterizedTest(name = "{0}: {1} of {2} in [{3}, {4}]")
    @CsvSource({
        "WILSON,          81, 263, 0.2553, 0.3662",
        "WILSON,          15, 148, 0.0624, 0.1605",
        "WILSON,           0,  20, 0.0000, 0.1611",
        "WILSON,           1,  29, 0.0061, 0.1718",
        "CLOPPER_PEARSON, 81, 263, 0.2527, 0.3676",
        "CLOPPER_PEARSON, 15, 148, 0.0578, 0.1617",
        "CLOPPER_PEARSON,  0,  20, 0.0000, 0.1684",
        "CLOPPER_PEARSON,  1,  29, 0.0009, 0.1776",
    })
    void intervalsMatchNewcombe1998(IntervalMethod method, long churned, long atRisk, double lower, double upper) {
        ChurnInterval interval = STANDARD.withIntervalMethod(method).confidenceInterval(churned, atRisk);

        assertThat(interval.lower()).isCloseTo(lower, within(0.00005));
        assertThat(interval.upper()).isCloseTo(upper, within(0.00005));
        assertThat(interval.method()).isEqualTo(method);
        assertThat(interval.confidenceLevel()).isEqualTo(0.95);
    }

    @Test
    void wilsonIntervalMatchesItsClosedFormAtAnotherLevel() {
        // Independent oracle: z for 90 % is 1.6448536269514722 (the standard normal 0.95 quantile).
        double z = 1.6448536269514722;
        long x = 10;
        long n = 600;
        double p = (double) x / n;
        double centre = (x + z * z / 2) / (n + z * z);
        double half = z * Math.sqrt(n) / (n + z * z) * Math.sqrt(p * (1 - p) + z * z / (4.0 * n));

        ChurnInterval interval = STANDARD.withConfidenceLevel(0.90).confidenceInterval(10, 600);

        assertThat(interval.lower()).isCloseTo(centre - half, within(1e-12));
        assertThat(interval.upper()).isCloseTo(centre + half, within(1e-12));
        assertThat(interval.estimate()).isEqualTo(p);
        assertThat(interval.toString()).contains("WILSON 90.0 %", "10/600", "1.67 %");
    }

    @Test
    void intervalOfAChurnResultUsesItsCounts() {
        ChurnInterval interval = STANDARD.confidenceInterval(STANDARD.customerChurn(263, 81));

        assertThat(interval.churned()).isEqualTo(81);
        assertThat(interval.atRisk()).isEqualTo(263);
        assertThat(interval).isEqualTo(STANDARD.confidenceInterval(81, 263));
    }

    @Test
    void intervalOfAllChurnedReachesOne() {
        assertThat(STANDARD.confidenceInterval(20, 20).upper()).isEqualTo(1.0);
        assertThat(STANDARD.withIntervalMethod(IntervalMethod.CLOPPER_PEARSON).confidenceInterval(20, 20).upper())
                .isEqualTo(1.0);
        // Clopper-Pearson for x = n: lower = (α/2)^(1/n).
        assertThat(STANDARD.withIntervalMethod(IntervalMethod.CLOPPER_PEARSON).confidenceInterval(20, 20).lower())
                .isCloseTo(Math.pow(0.025, 1.0 / 20), within(1e-9));
    }

    @Test
    void customerChurnRejectsBadCounts() {
        assertThatThrownBy(() -> STANDARD.customerChurn(10, 12)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("churnedCustomers (12) exceeds startingCustomers (10)");
        assertThatThrownBy(() -> STANDARD.customerChurn(-1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("startingCustomers must not be negative: -1");
        assertThatThrownBy(() -> STANDARD.customerChurn(10, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("churnedCustomers must not be negative: -1");
        assertThatThrownBy(() -> STANDARD.customerChurn(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("counts must not be null");
    }

    @Test
    void revenueChurnRejectsNull() {
        assertThatThrownBy(() -> STANDARD.grossRevenueChurn(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("movements must not be null");
        assertThatThrownBy(() -> STANDARD.netRevenueChurn(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("movements must not be null");
    }

    @Test
    void optionsRejectNull() {
        assertThatThrownBy(() -> STANDARD.withCustomerBasis(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("basis must not be null");
        assertThatThrownBy(() -> STANDARD.withWithinPeriodChurn(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("rule must not be null");
        assertThatThrownBy(() -> STANDARD.withRevenueBasis(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("basis must not be null");
        assertThatThrownBy(() -> STANDARD.withNetOffset(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("offset must not be null");
        assertThatThrownBy(() -> STANDARD.withAnnualization(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("method must not be null");
        assertThatThrownBy(() -> STANDARD.withIntervalMethod(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("method must not be null");
    }

    @ParameterizedTest
    @CsvSource({"0", "1", "-0.5", "1.5", "NaN"})
    void confidenceLevelMustBeBetweenZeroAndOne(double level) {
        assertThatThrownBy(() -> STANDARD.withConfidenceLevel(level)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confidenceLevel must be in (0, 1): " + level);
    }

    @Test
    void annualisationRejectsRatesAboveOneAndNull() {
        assertThatThrownBy(() -> STANDARD.annualize(Ratio.of(7, 5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("monthlyRate must be at most 1: 7/5");
        assertThatThrownBy(() -> STANDARD.annualize(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("monthlyRate must not be null");
        assertThatThrownBy(() -> STANDARD.cumulative(Ratio.of(1, 60), -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("periods must be in 0..10000: -1");
        assertThatThrownBy(() -> STANDARD.cumulative(Ratio.of(1, 60), 10_001))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10001");
    }

    @Test
    void expectedLossesRejectsBadInput() {
        assertThatThrownBy(() -> STANDARD.expectedLosses(-1, Ratio.of(1, 60), 12))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customers must not be negative: -1");
        assertThatThrownBy(() -> STANDARD.expectedLosses(600, Ratio.of(-1, 60), 12))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("periodRate must not be negative: -1/60");
        assertThatThrownBy(() -> STANDARD.expectedLosses(600, Ratio.of(61, 60), 12))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("periodRate must be at most 1: 61/60");
        assertThatThrownBy(() -> STANDARD.expectedLosses(600, Ratio.of(1, 0), 12))
                .isInstanceOf(UndefinedMetricException.class).hasMessageContaining("periodRate 1/0");
        assertThatThrownBy(() -> STANDARD.expectedLosses(600, null, 12)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("periodRate must not be null");
        assertThatThrownBy(() -> STANDARD.expectedLosses(600, Ratio.of(1, 60), -3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("periods must be in 0..10000: -3");
    }

    @Test
    void confidenceIntervalRejectsBadCounts() {
        assertThatThrownBy(() -> STANDARD.confidenceInterval(12, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("churned (12) exceeds atRisk (10)");
        assertThatThrownBy(() -> STANDARD.confidenceInterval(-1, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("churned must not be negative: -1");
        assertThatThrownBy(() -> STANDARD.confidenceInterval(0, -10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("atRisk must not be negative: -10");
        assertThatThrownBy(() -> STANDARD.confidenceInterval(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("churn must not be null");
        // Counting within-period churn over the start-of-period basis is not a binomial proportion.
        CustomerChurn overcounted = STANDARD.withWithinPeriodChurn(WithinPeriodChurn.COUNTED)
                .customerChurn(CustomerCounts.of(10, 5, 9, 4));
        assertThatThrownBy(() -> STANDARD.confidenceInterval(overcounted)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("churned (13) exceeds atRisk (10)");
    }

    @Test
    void revenueChurnRejectsMixedCurrenciesThroughItsInput() {
        assertThatThrownBy(() -> RevenueMovements.starting(USD_10_000).withChurnedMrr(JPY_300_000))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("USD/JPY");
    }
}
