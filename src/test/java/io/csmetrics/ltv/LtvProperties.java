package io.csmetrics.ltv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class LtvProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LtvCalculator PRECISE = LtvCalculator.standard().withMathContext(MathContext.DECIMAL128);

    @Property
    void scalingMoneyScalesLtvAndLeavesRatiosUnchanged(@ForAll @LongRange(max = 10_000_000) long arpaCents,
            @ForAll @IntRange(min = 1, max = 1000) int churnPerMille, @ForAll @IntRange(max = 100) int marginPercent,
            @ForAll @IntRange(max = 50) int discountPerMille, @ForAll @LongRange(min = 1, max = 10_000_000) long cacCents,
            @ForAll @IntRange(min = 1, max = 1000) int k) {
        LtvCalculator calculator = PRECISE.withGrossMargin(Ratio.of(marginPercent, 100))
                .withMonthlyDiscountRate(Ratio.of(discountPerMille, 1000));
        Ratio churn = Ratio.of(churnPerMille, 1000);
        Money arpa = Money.ofMinor(arpaCents, USD);
        Money cac = Money.ofMinor(cacCents, USD);

        Ltv ltv = calculator.fromChurnRate(arpa, churn);
        Ltv scaled = calculator.fromChurnRate(arpa.multipliedBy(k), churn);

        assertThat(relativeDifference(scaled.value().amount(), ltv.value().amount().multiply(BigDecimal.valueOf(k))))
                .isLessThan(new BigDecimal("1e-30"));
        assertThat(scaled.expectedPayments()).isEqualTo(ltv.expectedPayments());
        assertThat(calculator.cacPaybackMonths(cac.multipliedBy(k), arpa.multipliedBy(k))
                .isEquivalent(calculator.cacPaybackMonths(cac, arpa))).isTrue();
        UnitEconomics unit = calculator.unitEconomics(ltv, cac);
        UnitEconomics unitScaled = calculator.unitEconomics(scaled, cac.multipliedBy(k));
        // Profit = LTV − CAC can cancel to almost nothing (a 10^5-try run found LTV 0.7800… against a CAC of
        // 0.78), so its error is bounded relative to the operands it was computed from, not to the result.
        BigDecimal profitError = unitScaled.profitPerAccount().amount()
                .subtract(unit.profitPerAccount().amount().multiply(BigDecimal.valueOf(k))).abs();
        BigDecimal operands = scaled.value().amount().abs().add(cac.amount().abs().multiply(BigDecimal.valueOf(k)));
        assertThat(profitError).isLessThanOrEqualTo(operands.multiply(new BigDecimal("1e-30")));
    }

    @Example
    void scalingHoldsWhenLtvAndCacNearlyCancel() {
        // The sample the long run (10^5 tries) shrank to: USD 2.26 ARPA, 26.7 % churn, 10 % margin,
        // 3.2 % discount give an LTV of 0.7800…, against a CAC of USD 0.78.
        scalingMoneyScalesLtvAndLeavesRatiosUnchanged(226, 267, 10, 32, 78, 2);
    }

    @Property
    void lifetimeLtvIsExactAndScales(@ForAll @LongRange(max = 100_000_000) long priceYen,
            @ForAll @IntRange(max = 600) int months, @ForAll @IntRange(min = 1, max = 1000) int k) {
        Money price = Money.of(BigDecimal.valueOf(priceYen), Currency.getInstance("JPY"));

        Ltv ltv = LtvCalculator.standard().fromLifetime(price, months);

        assertThat(ltv.value().isEqual(price.multipliedBy(months))).isTrue();
        assertThat(LtvCalculator.standard().fromLifetime(price.multipliedBy(k), months).value()
                .isEqual(ltv.value().multipliedBy(k))).isTrue();
    }

    @Property
    void ltvFallsWithChurnAndDiscountAndRisesWithMargin(@ForAll @IntRange(min = 1, max = 1000) int a,
            @ForAll @IntRange(min = 1, max = 1000) int b, @ForAll @IntRange(max = 100) int marginA,
            @ForAll @IntRange(max = 100) int marginB, @ForAll @IntRange(max = 50) int discountPerMille) {
        Money arpa = Money.of("100", "USD");
        LtvCalculator discounted = PRECISE.withMonthlyDiscountRate(Ratio.of(discountPerMille, 1000));
        Ratio lowChurn = Ratio.of(Math.min(a, b), 1000);
        Ratio highChurn = Ratio.of(Math.max(a, b), 1000);

        assertThat(discounted.fromChurnRate(arpa, lowChurn).value())
                .isGreaterThanOrEqualTo(discounted.fromChurnRate(arpa, highChurn).value());
        assertThat(PRECISE.fromChurnRate(arpa, lowChurn).value())
                .isGreaterThanOrEqualTo(discounted.fromChurnRate(arpa, lowChurn).value());
        assertThat(PRECISE.withGrossMargin(Ratio.of(Math.max(marginA, marginB), 100)).fromChurnRate(arpa, lowChurn)
                .value()).isGreaterThanOrEqualTo(
                        PRECISE.withGrossMargin(Ratio.of(Math.min(marginA, marginB), 100)).fromChurnRate(arpa, lowChurn)
                                .value());
    }

    @Property(tries = 50)
    void geometricRetentionModelAgreesWithTheClosedForm(@ForAll @IntRange(min = 20, max = 1000) int churnPerMille,
            @ForAll @IntRange(max = 50) int discountPerMille) {
        double c = churnPerMille / 1000.0;
        double d = discountPerMille / 1000.0;
        LtvCalculator calculator = PRECISE.withMonthlyDiscountRate(Ratio.of(discountPerMille, 1000));
        Money arpa = Money.of("100", "USD");

        double model = calculator.fromRetentionModel(arpa, t -> Math.pow(1 - c, t)).value().amount().doubleValue();
        double closed = calculator.fromChurnRate(arpa, Ratio.of(churnPerMille, 1000)).value().amount().doubleValue();

        assertThat(model).isCloseTo(closed, within(closed * (LtvCalculator.DEFAULT_TOLERANCE * (1 - c) / (c + d) + 1e-12)));
    }

    private static BigDecimal relativeDifference(BigDecimal actual, BigDecimal expected) {
        if (expected.signum() == 0) {
            return actual.abs();
        }
        return actual.subtract(expected).abs().divide(expected.abs(), MathContext.DECIMAL64);
    }
}
