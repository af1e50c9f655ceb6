package io.csmetrics.ltv;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LtvCalculatorTest {

    private static final LtvCalculator STANDARD = LtvCalculator.standard();
    private static final Money JPY_100_000 = Money.of("100000", "JPY");
    private static final Money JPY_600_000 = Money.of("600000", "JPY");
    private static final Money JPY_300_000 = Money.of("300000", "JPY");
    private static final Money USD_100 = Money.of("100", "USD");
    private static final Money USD_1200 = Money.of("1200", "USD");
    private static final Ratio MARGIN_80 = Ratio.of(80, 100);
    private static final Ratio CHURN_1_60 = Ratio.of(10, 600);
    private static final Ratio DISCOUNT_1 = Ratio.of(1, 100);

    @Test
    void ltvIsMonthlyPriceTimesLifetime() {
        // DESIGN.md: 100,000 JPY/month × 24 months = 2,400,000 JPY, exactly.
        Ltv ltv = STANDARD.fromLifetime(JPY_100_000, 24);

        assertThat(ltv.value()).isEqualTo(Money.of("2400000", "JPY"));
        assertThat(ltv.basis()).isEqualTo(LtvBasis.LIFETIME);
        assertThat(ltv.expectedPayments()).isEqualTo(Ratio.of(24, 1));
        assertThat(ltv.toString()).contains("LIFETIME", "JPY 2400000", "JPY 100000", "lifetime 24 months");
    }

    @Test
    void profitPerAccountIsLtvLessCacLessCsCost() {
        // DESIGN.md: LTV − CAC (− CS cost per account) = profit per account.
        Ltv ltv = STANDARD.fromLifetime(JPY_100_000, 24);

        UnitEconomics withoutCs = STANDARD.unitEconomics(ltv, JPY_600_000);
        UnitEconomics withCs = STANDARD.unitEconomics(ltv, JPY_600_000, JPY_300_000);

        assertThat(withoutCs.profitPerAccount().isEqual(Money.of("1800000", "JPY"))).isTrue();
        assertThat(withCs.profitPerAccount().isEqual(Money.of("1500000", "JPY"))).isTrue();
        assertThat(withCs.ltvToCac().isEquivalent(Ratio.of(4, 1))).isTrue();
        assertThat(STANDARD.ltvToCac(ltv, JPY_600_000).isEquivalent(Ratio.of(4, 1))).isTrue();
        assertThat(withCs.toString()).contains("JPY 1500000", "LTV JPY 2400000", "CAC JPY 600000",
                "CS cost JPY 300000");
        assertThat(STANDARD.ltvToCac(ltv, Money.of("0", "JPY")).isDefined()).isFalse();
    }

    @Test
    void ltvFromPurchaseValueFrequencyAndLifetime() {
        // DESIGN.md: average purchase value × purchase frequency × lifetime; USD 50 × 4 a year × 3 years.
        Ltv ltv = STANDARD.fromPurchases(Money.of("50", "USD"), BigDecimal.valueOf(4), BigDecimal.valueOf(3));

        assertThat(ltv.value().isEqual(Money.of("600", "USD"))).isTrue();
        assertThat(ltv.basis()).isEqualTo(LtvBasis.PURCHASE_FREQUENCY);
    }

    // Skok, "SaaS Metrics 2.0": LTV = ARPA × gross margin / churn; 1/60 a month is a 60-month lifetime.
    @ParameterizedTest(name = "USD {0} × {1}/{2} margin at {3}/{4} churn = USD {5}")
    @CsvSource({
        "100, 1, 1, 10, 600, 6000",
        "100, 4, 5, 10, 600, 4800",
        "100, 1, 1,  5, 100, 2000",
        "250, 7,10,  1,   4, 700",
        "100, 1, 1,  1,   1, 100",
    })
    void ltvFromChurnRate(String arpa, long marginNum, long marginDen, long churnNum, long churnDen, String expected) {
        Ltv ltv = STANDARD.withGrossMargin(Ratio.of(marginNum, marginDen))
                .fromChurnRate(Money.of(arpa, "USD"), Ratio.of(churnNum, churnDen));

        assertThat(ltv.value().isEqual(Money.of(expected, "USD"))).isTrue();
        assertThat(ltv.basis()).isEqualTo(LtvBasis.CHURN_RATE);
    }

    @Test
    void expectedLifetimeIsTheReciprocalOfChurn() {
        assertThat(STANDARD.expectedLifetimeMonths(CHURN_1_60).isEquivalent(Ratio.of(60, 1))).isTrue();
        assertThat(STANDARD.expectedLifetimeMonths(Ratio.of(0, 100)).isDefined()).isFalse();
    }

    @Test
    void discountedClosedFormMatchesTheSeries() {
        // Oracle: Σ_{t=0}^{3000} 100 × (0.95 / 1.01)^t in 34-digit decimals (the tail beyond is < 1e-70).
        BigDecimal factor = new BigDecimal("0.95").divide(new BigDecimal("1.01"), MathContext.DECIMAL128);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal term = BigDecimal.valueOf(100);
        for (int t = 0; t <= 3000; t++) {
            sum = sum.add(term, MathContext.DECIMAL128);
            term = term.multiply(factor, MathContext.DECIMAL128);
        }

        Ltv ltv = STANDARD.withMonthlyDiscountRate(DISCOUNT_1).withMathContext(MathContext.DECIMAL128)
                .fromChurnRate(USD_100, Ratio.of(5, 100));

        assertThat(ltv.value().amount().subtract(sum).abs()).isLessThan(new BigDecimal("1e-25"));
        assertThat(ltv.expectedPayments().isEquivalent(Ratio.of(101, 6))).isTrue();
        assertThat(ltv.value().rounded(RoundingMode.HALF_EVEN)).isEqualTo(Money.of("1683.33", "USD"));
    }

    @Test
    void nonTerminatingValueNeedsAMathContext() {
        LtvCalculator discounted = STANDARD.withMonthlyDiscountRate(DISCOUNT_1);

        assertThatThrownBy(() -> discounted.fromChurnRate(USD_100, Ratio.of(5, 100)))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("not a terminating decimal")
                .hasMessageContaining("withMathContext");
        assertThatThrownBy(() -> STANDARD.fromChurnRate(USD_100, Ratio.of(3, 100)))
                .isInstanceOf(ArithmeticException.class).hasMessageContaining("USD 10000/3");
    }

    @Test
    void zeroChurnIsUndefinedUnlessDiscounted() {
        assertThatThrownBy(() -> STANDARD.fromChurnRate(USD_100, Ratio.of(0, 600)))
                .isInstanceOf(UndefinedMetricException.class).hasMessageContaining("LTV is unbounded");
        // With d = 1 %: 100 × 1.01 / 0.01 = 10,100, finite.
        Ltv discounted = STANDARD.withMonthlyDiscountRate(DISCOUNT_1).fromChurnRate(USD_100, Ratio.of(0, 600));
        assertThat(discounted.value().isEqual(Money.of("10100", "USD"))).isTrue();
        // Negative discount (inflation) that outweighs churn diverges as well.
        assertThatThrownBy(() -> STANDARD.withMonthlyDiscountRate(Ratio.of(-2, 100)).fromChurnRate(USD_100,
                Ratio.of(1, 100))).isInstanceOf(UndefinedMetricException.class).hasMessageContaining("not positive");
        assertThatThrownBy(() -> STANDARD.fromChurnRate(USD_100, Ratio.of(0, 0)))
                .isInstanceOf(UndefinedMetricException.class).hasMessageContaining("monthlyChurn 0/0 is undefined");
    }

    @Test
    void retentionModelOfConstantChurnMatchesTheClosedForm() {
        // S(t) = (1 − c)^t is the geometric model behind ARPA × (1 + d) / (c + d).
        RetentionModel geometric = t -> Math.pow(0.95, t);
        LtvCalculator calculator = STANDARD.withMonthlyDiscountRate(DISCOUNT_1).withMathContext(MathContext.DECIMAL64);

        Ltv model = calculator.fromRetentionModel(USD_100, geometric);
        Ltv closed = calculator.fromChurnRate(USD_100, Ratio.of(5, 100));

        // The documented bound on the neglected tail: tolerance × (1 − c) / (c + d) of the value,
        // plus double rounding over the ~560 terms summed.
        double exact = closed.value().amount().doubleValue();
        double bound = exact * LtvCalculator.DEFAULT_TOLERANCE * 0.95 / 0.06 + exact * 1e-13;
        assertThat(model.value().amount().doubleValue()).isCloseTo(exact, within(bound));
        assertThat(model.value().amount().doubleValue()).isLessThanOrEqualTo(exact);
        assertThat(model.basis()).isEqualTo(LtvBasis.RETENTION_MODEL);
        assertThat(model.detail()).contains("converged");
    }

    @Test
    void retentionModelWithoutChurnIsTruncatedAtTheHorizon() {
        Ltv ltv = STANDARD.fromRetentionModel(USD_100, t -> 1.0);
        Ltv year = STANDARD.withTruncation(12, 0).fromRetentionModel(USD_100, t -> 1.0);

        assertThat(ltv.value().isEqual(Money.of("120000", "USD"))).isTrue();
        assertThat(ltv.detail()).contains("truncated at horizon 1200");
        assertThat(year.value().isEqual(Money.of("1200", "USD"))).isTrue();
    }

    @Test
    void retentionModelStopsWhenNobodyIsLeft() {
        Ltv ltv = STANDARD.fromRetentionModel(USD_100, t -> t < 3 ? 1.0 : 0.0);

        assertThat(ltv.value().isEqual(Money.of("300", "USD"))).isTrue();
        assertThat(ltv.detail()).contains("summed over 4 periods");
    }

    @Test
    void retentionModelBreakingItsContractIsRejected() {
        assertThatThrownBy(() -> STANDARD.fromRetentionModel(USD_100, t -> 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model.survival(0) must be 1: 0.5");
        assertThatThrownBy(() -> STANDARD.fromRetentionModel(USD_100, t -> t == 2 ? 0.9 : Math.pow(0.5, t)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("model.survival(2) must not exceed survival(1)");
        assertThatThrownBy(() -> STANDARD.fromRetentionModel(USD_100, t -> t == 0 ? 1 : Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model.survival(1) must be in [0, 1]: NaN");
        assertThatThrownBy(() -> STANDARD.fromRetentionModel(USD_100, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("model must not be null");
        assertThatThrownBy(() -> STANDARD.fromRetentionModel(Money.of("-1", "USD"), t -> 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pricePerPeriod must not be negative");
    }

    @Test
    void cacPaybackIsCacOverArpaTimesMargin() {
        // USD 1,200 / (USD 100 × 80 %) = 15 months; undiscounted revenue basis: 12 months.
        assertThat(STANDARD.withGrossMargin(MARGIN_80).cacPaybackMonths(USD_1200, USD_100)
                .isEquivalent(Ratio.of(15, 1))).isTrue();
        assertThat(STANDARD.cacPaybackMonths(USD_1200, USD_100).isEquivalent(Ratio.of(12, 1))).isTrue();
        assertThat(STANDARD.cacPaybackMonths(USD_1200, Money.of("0", "USD")).isDefined()).isFalse();
        assertThat(STANDARD.withGrossMargin(Ratio.ZERO).cacPaybackMonths(USD_1200, USD_100).isDefined()).isFalse();
    }

    @Test
    void undiscountedBasesRefuseADiscountRate() {
        LtvCalculator discounted = STANDARD.withMonthlyDiscountRate(DISCOUNT_1);

        assertThatThrownBy(() -> discounted.fromLifetime(JPY_100_000, 24)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LIFETIME is undiscounted but monthlyDiscountRate is 1/100");
        assertThatThrownBy(() -> discounted.fromPurchases(USD_100, BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PURCHASE_FREQUENCY");
    }

    @ParameterizedTest
    @CsvSource({"5, 4", "-1, 10", "1, 0"})
    void grossMarginMustBeWithinZeroAndOne(long num, long den) {
        assertThatThrownBy(() -> STANDARD.withGrossMargin(Ratio.of(num, den)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("grossMargin must be in [0, 1]: " + num + "/" + den);
    }

    @ParameterizedTest
    @CsvSource({"-1, 1", "-3, 2", "-100, 100", "1, 0"})
    void discountRateMustExceedMinusOne(long num, long den) {
        assertThatThrownBy(() -> STANDARD.withMonthlyDiscountRate(Ratio.of(num, den)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("monthlyDiscountRate must be greater than -1: " + num + "/" + den);
    }

    @Test
    void rejectsNegativeAmountsAndCounts() {
        assertThatThrownBy(() -> STANDARD.fromLifetime(Money.of("-1", "JPY"), 24))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("averageMonthlyPrice must not be negative: JPY -1");
        assertThatThrownBy(() -> STANDARD.fromLifetime(JPY_100_000, -24)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("averageLifetimeMonths must not be negative: -24");
        assertThatThrownBy(() -> STANDARD.fromPurchases(Money.of("-1", "USD"), BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("averagePurchaseValue must not be negative");
        assertThatThrownBy(() -> STANDARD.fromPurchases(USD_100, BigDecimal.valueOf(-2), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("purchaseFrequency must not be negative: -2");
        assertThatThrownBy(() -> STANDARD.fromPurchases(USD_100, BigDecimal.ONE, BigDecimal.valueOf(-3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lifetime must not be negative: -3");
        assertThatThrownBy(() -> STANDARD.fromChurnRate(Money.of("-100", "USD"), CHURN_1_60))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arpa must not be negative: USD -100");
        assertThatThrownBy(() -> STANDARD.fromChurnRate(USD_100, Ratio.of(-1, 60)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monthlyChurn must be in [0, 1]: -1/60");
        assertThatThrownBy(() -> STANDARD.fromChurnRate(USD_100, Ratio.of(61, 60)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monthlyChurn must be in [0, 1]: 61/60");
        assertThatThrownBy(() -> STANDARD.expectedLifetimeMonths(Ratio.of(2, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monthlyChurn must be in [0, 1]: 2/1");
        Ltv ltv = STANDARD.fromLifetime(JPY_100_000, 24);
        assertThatThrownBy(() -> STANDARD.unitEconomics(ltv, Money.of("-1", "JPY")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cac must not be negative: JPY -1");
        assertThatThrownBy(() -> STANDARD.unitEconomics(ltv, JPY_600_000, Money.of("-1", "JPY")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("csCostPerAccount must not be negative");
        assertThatThrownBy(() -> STANDARD.cacPaybackMonths(Money.of("-1", "USD"), USD_100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cac must not be negative: USD -1");
        assertThatThrownBy(() -> STANDARD.cacPaybackMonths(USD_1200, Money.of("-1", "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arpa must not be negative: USD -1");
    }

    @Test
    void rejectsMixedCurrencies() {
        Ltv ltv = STANDARD.fromLifetime(JPY_100_000, 24);

        assertThatThrownBy(() -> STANDARD.unitEconomics(ltv, USD_1200)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("JPY/USD");
        assertThatThrownBy(() -> STANDARD.unitEconomics(ltv, JPY_600_000, USD_100))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("JPY/USD");
        assertThatThrownBy(() -> STANDARD.ltvToCac(ltv, USD_1200)).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> STANDARD.cacPaybackMonths(JPY_600_000, USD_100))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("JPY/USD");
    }

    @Test
    void rejectsNulls() {
        assertThatThrownBy(() -> STANDARD.fromLifetime(null, 24)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("averageMonthlyPrice must not be null");
        assertThatThrownBy(() -> STANDARD.fromLifetime(JPY_100_000, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("averageLifetimeMonths must not be null");
        assertThatThrownBy(() -> STANDARD.fromPurchases(USD_100, null, BigDecimal.ONE))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("purchaseFrequency must not be null");
        assertThatThrownBy(() -> STANDARD.fromChurnRate(USD_100, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("monthlyChurn must not be null");
        assertThatThrownBy(() -> STANDARD.unitEconomics(null, USD_100)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("ltv must not be null");
        assertThatThrownBy(() -> STANDARD.cacPaybackMonths(null, USD_100)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("cac must not be null");
        assertThatThrownBy(() -> STANDARD.withGrossMargin(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("grossMargin must not be null");
        assertThatThrownBy(() -> STANDARD.withMonthlyDiscountRate(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("monthlyDiscountRate must not be null");
        assertThatThrownBy(() -> STANDARD.withMathContext(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("mathContext must not be null");
    }

    @Test
    void truncationSettingsAreValidated() {
        assertThatThrownBy(() -> STANDARD.withTruncation(0, 1e-12)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxPeriods must be at least 1: 0");
        assertThatThrownBy(() -> STANDARD.withTruncation(10, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("relativeTolerance must be in [0, 1): 1.0");
        assertThatThrownBy(() -> STANDARD.withTruncation(10, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }

    @Test
    void configurationIsReadable() {
        LtvCalculator calculator = STANDARD.withGrossMargin(MARGIN_80).withMonthlyDiscountRate(DISCOUNT_1);

        assertThat(calculator.grossMargin()).isEqualTo(MARGIN_80);
        assertThat(calculator.monthlyDiscountRate()).isEqualTo(DISCOUNT_1);
        assertThat(calculator.mathContext()).isEqualTo(MathContext.UNLIMITED);
        assertThat(STANDARD.withGrossMargin(Ratio.ONE)).isSameAs(STANDARD);
        assertThat(STANDARD.withMonthlyDiscountRate(Ratio.ZERO)).isSameAs(STANDARD);
        assertThat(STANDARD.withMathContext(MathContext.UNLIMITED)).isSameAs(STANDARD);
        assertThat(STANDARD.withTruncation(LtvCalculator.DEFAULT_HORIZON, LtvCalculator.DEFAULT_TOLERANCE))
                .isSameAs(STANDARD);
        assertThat(calculator.toString()).contains("grossMargin=80/100", "monthlyDiscountRate=1/100", "UNLIMITED",
                "horizon=1200");
    }

    @Test
    void aOnePeriodHorizonPaysTheFirstPeriodOnly() {
        Ltv first = STANDARD.withTruncation(1, 0).fromRetentionModel(USD_100, t -> 1.0);
        assertThat(first.value().isEqual(USD_100)).isTrue();
        assertThat(first.detail()).contains("summed over 1 periods").contains("truncated at horizon 1");
    }

    @Test
    void theSeriesStopsAtTheFirstTermNoLargerThanToleranceTimesTheRunningSum() {
        // Survival 1, 1, 0.25, …: at t = 1 the term 1 equals 0.5 × the sum 2, so the sum stops at 2 periods.
        Ltv stopped = STANDARD.withTruncation(100, 0.5).fromRetentionModel(USD_100, t -> t < 2 ? 1.0 : 0.25);
        assertThat(stopped.value().isEqual(USD_100.multipliedBy(2))).isTrue();
        assertThat(stopped.detail()).contains("summed over 2 periods").contains("converged, tolerance 0.5");
        // Halving survival: terms 1, 1/2, …, 1/512 sum to 2 − 1/512; 1/512 ≤ 0.001 × that sum ends it at 10 periods.
        Ltv halving = STANDARD.withTruncation(100, 0.001).fromRetentionModel(USD_100, t -> Math.pow(0.5, t));
        assertThat(halving.value().isEqual(Money.of("199.8046875", "USD"))).isTrue();
        assertThat(halving.detail()).contains("summed over 10 periods");
    }
}
