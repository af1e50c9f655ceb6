package io.csmetrics.ltv;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Invariants of the LTV family that {@link LtvProperties} (scale invariance, exact lifetime LTV,
 * monotonicity in churn, discount and margin, the geometric model against the closed form) does not
 * state: the exact money bridges of unit economics and CAC payback, the undiscounted closed form as
 * margin × price × lifetime, purchase-frequency LTV, survival-curve monotonicity, and a calculator
 * surviving serialisation with every setting.
 */
class LtvInvariantsProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LtvCalculator PRECISE = LtvCalculator.standard().withMathContext(MathContext.DECIMAL128);

    @Property
    void unitEconomicsBridgeExactly(@ForAll @LongRange(max = 100_000_000) long priceCents,
            @ForAll @IntRange(max = 120) int months, @ForAll @LongRange(min = 1, max = 100_000_000) long cacCents,
            @ForAll @LongRange(max = 10_000_000) long csCents) {
        Ltv ltv = LtvCalculator.standard().fromLifetime(Money.ofMinor(priceCents, USD), months);
        Money cac = Money.ofMinor(cacCents, USD);
        Money cs = Money.ofMinor(csCents, USD);

        UnitEconomics u = LtvCalculator.standard().unitEconomics(ltv, cac, cs);
        assertThat(u.profitPerAccount()).isEqualTo(ltv.value().minus(cac).minus(cs));
        assertThat(u.ltvToCac()).isEqualTo(Ratio.of(ltv.value(), cac));
        assertThat(u.ltv()).isSameAs(ltv);
        assertThat(u.cac()).isEqualTo(cac);
        assertThat(u.csCost()).isEqualTo(cs);
        assertThat(LtvCalculator.standard().unitEconomics(ltv, cac).profitPerAccount())
                .isEqualTo(ltv.value().minus(cac));
        assertThat(LtvCalculator.standard().ltvToCac(ltv, cac)).isEqualTo(u.ltvToCac());
    }

    @Property
    void cacPaybackTimesMarginalArpaIsTheCac(@ForAll @LongRange(max = 100_000_000) long cacCents,
            @ForAll @LongRange(min = 1, max = 10_000_000) long arpaCents, @ForAll @IntRange(min = 1, max = 100) int marginPercent) {
        Ratio margin = Ratio.of(marginPercent, 100);
        Money cac = Money.ofMinor(cacCents, USD);
        Money arpa = Money.ofMinor(arpaCents, USD);
        Ratio payback = LtvCalculator.standard().withGrossMargin(margin).cacPaybackMonths(cac, arpa);

        BigDecimal recovered = arpa.amount().multiply(margin.numerator()).multiply(payback.numerator());
        BigDecimal owed = cac.amount().multiply(margin.denominator()).multiply(payback.denominator());
        assertThat(recovered.compareTo(owed)).isZero();
        assertThat(payback.compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
    }

    @Property
    void undiscountedChurnLtvIsMarginTimesPriceTimesExpectedLifetime(@ForAll @LongRange(max = 10_000_000) long arpaCents,
            @ForAll @IntRange(min = 1, max = 1000) int churnPerMille, @ForAll @IntRange(max = 100) int marginPercent) {
        Ratio churn = Ratio.of(churnPerMille, 1000);
        Ratio margin = Ratio.of(marginPercent, 100);
        Money arpa = Money.ofMinor(arpaCents, USD);
        LtvCalculator c = PRECISE.withGrossMargin(margin);

        Ltv ltv = c.fromChurnRate(arpa, churn);
        Ratio lifetime = c.expectedLifetimeMonths(churn);
        assertThat(ltv.expectedPayments().isEquivalent(lifetime)).isTrue();
        assertThat(lifetime.isEquivalent(Ratio.of(1000, churnPerMille))).isTrue();
        BigDecimal expected = arpa.amount().multiply(margin.numerator()).multiply(lifetime.numerator())
                .divide(margin.denominator().multiply(lifetime.denominator()), MathContext.DECIMAL128);
        assertThat(ltv.value().amount().compareTo(expected)).isZero();
        assertThat(ltv.value().compareTo(arpa.multipliedBy(1000))).isLessThanOrEqualTo(0);
        assertThat(ltv.basis()).isEqualTo(LtvBasis.CHURN_RATE);
        assertThat(ltv.grossMargin()).isEqualTo(margin);
        assertThat(ltv.pricePerPeriod()).isEqualTo(arpa);
    }

    @Property
    void purchaseLtvIsValueTimesFrequencyTimesLifetime(@ForAll @LongRange(max = 10_000_000) long valueCents,
            @ForAll @IntRange(max = 52) int frequency, @ForAll @IntRange(max = 20) int years,
            @ForAll @IntRange(max = 100) int marginPercent) {
        Money value = Money.ofMinor(valueCents, USD);
        Ltv ltv = LtvCalculator.standard().withGrossMargin(Ratio.of(marginPercent, 100))
                .fromPurchases(value, BigDecimal.valueOf(frequency), BigDecimal.valueOf(years));

        BigDecimal expected = value.amount().multiply(BigDecimal.valueOf((long) frequency * years * marginPercent))
                .divide(BigDecimal.valueOf(100));
        assertThat(ltv.value().amount().compareTo(expected)).isZero();
        assertThat(ltv.basis()).isEqualTo(LtvBasis.PURCHASE_FREQUENCY);
    }

    @Property
    void aStepSurvivalCurvePaysExactlyItsLifetime(@ForAll @LongRange(max = 10_000_000) long priceCents,
            @ForAll @IntRange(min = 1, max = 240) int months) {
        Money price = Money.ofMinor(priceCents, USD);
        Ltv ltv = PRECISE.fromRetentionModel(price, t -> t < months ? 1 : 0);

        assertThat(ltv.value().isEqual(price.multipliedBy(months))).isTrue();
        assertThat(ltv.basis()).isEqualTo(LtvBasis.RETENTION_MODEL);
        assertThat(ltv.detail()).contains("converged");
    }

    @Property
    void higherSurvivalNeverLowersLtv(@ForAll @IntRange(min = 1, max = 999) int a, @ForAll @IntRange(min = 1, max = 999) int b,
            @ForAll @IntRange(max = 50) int discountPerMille) {
        double better = Math.min(a, b) / 1000.0;
        double worse = Math.max(a, b) / 1000.0;
        LtvCalculator c = PRECISE.withMonthlyDiscountRate(Ratio.of(discountPerMille, 1000));
        Money price = Money.of("100", "USD");

        Money high = c.fromRetentionModel(price, t -> Math.pow(1 - better, t)).value();
        Money low = c.fromRetentionModel(price, t -> Math.pow(1 - worse, t)).value();
        assertThat(high.compareTo(low)).isGreaterThanOrEqualTo(0);
        assertThat(low.compareTo(price)).isGreaterThanOrEqualTo(0);
    }

    @Property
    void aCalculatorSurvivesSerialisationWithEverySetting(@ForAll @IntRange(max = 100) int marginPercent,
            @ForAll @IntRange(max = 50) int discountPerMille, @ForAll @IntRange(min = 1, max = 34) int digits,
            @ForAll @IntRange(min = 1, max = 2000) int horizon) {
        LtvCalculator c = LtvCalculator.standard().withGrossMargin(Ratio.of(marginPercent, 100))
                .withMonthlyDiscountRate(Ratio.of(discountPerMille, 1000)).withMathContext(new MathContext(digits))
                .withTruncation(horizon, 1e-9);
        LtvCalculator copy = AccumulatorChecks.roundTrip(c);

        assertThat(copy.grossMargin()).isEqualTo(c.grossMargin());
        assertThat(copy.monthlyDiscountRate()).isEqualTo(c.monthlyDiscountRate());
        assertThat(copy.mathContext()).isEqualTo(c.mathContext());
        assertThat(copy).hasToString(c.toString());
        Money arpa = Money.of("100", "USD");
        assertThat(copy.fromChurnRate(arpa, Ratio.of(3, 100))).isEqualTo(c.fromChurnRate(arpa, Ratio.of(3, 100)));
        RetentionModel geometric = t -> Math.pow(0.9, t);
        assertThat(copy.fromRetentionModel(arpa, geometric)).isEqualTo(c.fromRetentionModel(arpa, geometric));
    }
}
