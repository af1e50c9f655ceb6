package io.csmetrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The models' invariants, as the models imply them. */
class ClvProperties {

    /** A customer history {@code (x, t_x, T)} with {@code 0 < t_x ≤ T} when {@code x > 0}. */
    record History(int x, double tx, double age) {
    }

    @Provide
    Arbitrary<History> histories() {
        return Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.doubles().between(0.01, 1),
                Arbitraries.doubles().between(0.1, 150)).as((x, share, age) -> new History(x, x == 0 ? 0 : share * age, age));
    }

    @Provide
    Arbitrary<BgNbd> bgNbds() {
        Arbitrary<Double> shape = Arbitraries.doubles().between(0.05, 5);
        Arbitrary<Double> scale = Arbitraries.doubles().between(0.5, 50);
        return Combinators.combine(shape, scale, shape, shape).as(BgNbd::of);
    }

    @Provide
    Arbitrary<ParetoNbd> paretoNbds() {
        Arbitrary<Double> shape = Arbitraries.doubles().between(0.05, 5);
        Arbitrary<Double> scale = Arbitraries.doubles().between(0.5, 50);
        return Combinators.combine(shape, scale, shape, scale).as(ParetoNbd::of);
    }

    @Property(tries = 300)
    void bgNbdProbabilityAliveIsAProbabilityAndOneWithoutRepeats(@ForAll("bgNbds") BgNbd m, @ForAll("histories") History h) {
        double p = m.probabilityAlive(h.x(), h.tx(), h.age());
        assertThat(p).isBetween(0.0, 1.0);
        if (h.x() == 0) {
            assertThat(p).isEqualTo(1.0);
        }
    }

    @Property(tries = 200)
    void paretoNbdProbabilityAliveIsAProbabilityAndFallsWithAge(@ForAll("paretoNbds") ParetoNbd m,
            @ForAll("histories") History h) {
        double p = m.probabilityAlive(h.x(), h.tx(), h.age());
        assertThat(p).isBetween(0.0, 1.0);
        // Longer silence since the last purchase can only make survival less likely.
        assertThat(m.probabilityAlive(h.x(), h.tx(), h.age() + 5)).isLessThanOrEqualTo(p + 1e-12);
    }

    @Property(tries = 200)
    void expectedPurchasesIncreaseInT(@ForAll("bgNbds") BgNbd bg, @ForAll("paretoNbds") ParetoNbd pareto,
            @ForAll @DoubleRange(min = 0.01, max = 100) double t, @ForAll @DoubleRange(min = 0.01, max = 50) double dt,
            @ForAll("histories") History h) {
        for (RepeatPurchaseModel m : List.of(bg, pareto)) {
            assertThat(m.expectedPurchases(t + dt)).as("%s", m).isGreaterThan(m.expectedPurchases(t));
            assertThat(m.expectedPurchases(t)).isPositive();
            assertThat(m.conditionalExpectedPurchases(t + dt, h.x(), h.tx(), h.age()))
                    .isGreaterThanOrEqualTo(m.conditionalExpectedPurchases(t, h.x(), h.tx(), h.age()));
        }
    }

    @Property(tries = 200)
    void predictionsAreScaleAwareInThePeriodUnit(@ForAll("bgNbds") BgNbd bg, @ForAll("paretoNbds") ParetoNbd pareto,
            @ForAll("histories") History h, @ForAll @DoubleRange(min = 0.1, max = 60) double t,
            @ForAll @IntRange(min = 2, max = 30) int k) {
        // The same customers measured in a unit k times shorter: α and β scale by k, the shapes do not.
        BgNbd bgFine = BgNbd.of(bg.r(), bg.alpha() * k, bg.a(), bg.b());
        ParetoNbd paretoFine = ParetoNbd.of(pareto.r(), pareto.alpha() * k, pareto.s(), pareto.beta() * k);
        assertThat(bgFine.probabilityAlive(h.x(), h.tx() * k, h.age() * k))
                .isCloseTo(bg.probabilityAlive(h.x(), h.tx(), h.age()), within(1e-9));
        assertThat(bgFine.conditionalExpectedPurchases(t * k, h.x(), h.tx() * k, h.age() * k))
                .isCloseTo(bg.conditionalExpectedPurchases(t, h.x(), h.tx(), h.age()),
                        within(1e-8 * (1 + bg.conditionalExpectedPurchases(t, h.x(), h.tx(), h.age()))));
        assertThat(paretoFine.probabilityAlive(h.x(), h.tx() * k, h.age() * k))
                .isCloseTo(pareto.probabilityAlive(h.x(), h.tx(), h.age()), within(1e-8));
        assertThat(paretoFine.expectedPurchases(t * k)).isCloseTo(pareto.expectedPurchases(t),
                within(1e-9 * (1 + pareto.expectedPurchases(t))));
    }

    @Property(tries = 30)
    void summariesAreInvariantToTheOrderOfTransactions(@ForAll long seed) {
        Random random = new Random(seed);
        List<Transaction> transactions = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 200; i++) {
            transactions.add(Transaction.of("c" + random.nextInt(25), start.plusDays(random.nextInt(120)),
                    Money.ofMinor(random.nextInt(10_000), java.util.Currency.getInstance("EUR"))));
        }
        LocalDate end = LocalDate.of(2024, 3, 1);
        LocalDate holdout = LocalDate.of(2024, 4, 30);
        RfmSummary original = transactions.stream().collect(RfmAccumulator.collector(end, holdout, PeriodUnit.WEEKS));
        Collections.shuffle(transactions, random);
        RfmSummary shuffled = transactions.parallelStream().collect(RfmAccumulator.collector(end, holdout, PeriodUnit.WEEKS));
        assertThat(shuffled).isEqualTo(original);
        BgNbd m = BgNbdTest.PRINTED;
        for (int i = 0; i < original.customers().size(); i++) {
            assertThat(m.probabilityAlive(shuffled.customers().get(i))).isEqualTo(m.probabilityAlive(original.customers().get(i)));
        }
    }

    @Test
    void fitsAreScaleAwareInThePeriodUnit() {
        // The CDNOW summary in days instead of weeks: α is seven times larger, r, a, b unchanged, and the
        // log-likelihood moves by the Jacobian n_repeat-purchases · ln 7 only... (each density in t_x
        // and T is per day instead of per week); predictions for the same calendar horizon agree.
        int n = Cdnow.SUMMARY.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        for (int i = 0; i < n; i++) {
            CustomerRfm c = Cdnow.SUMMARY.get(i);
            x[i] = c.frequency();
            tx[i] = c.recency() * 7;
            age[i] = c.age() * 7;
        }
        BgNbd days = BgNbd.fit(x, tx, age).model();
        BgNbd weeks = BgNbdTest.CDNOW;
        assertThat(days.alpha()).isCloseTo(weeks.alpha() * 7, within(1e-4 * weeks.alpha() * 7));
        assertThat(days.r()).isCloseTo(weeks.r(), within(1e-4));
        assertThat(days.a()).isCloseTo(weeks.a(), within(1e-4));
        assertThat(days.b()).isCloseTo(weeks.b(), within(1e-3));
        assertThat(days.conditionalExpectedPurchases(39 * 7, 2, 30.43 * 7, 38.86 * 7))
                .isCloseTo(weeks.conditionalExpectedPurchases(39, 2, 30.43, 38.86), within(1e-4));
    }

    @Test
    void recoversKnownParametersWithinTheirStandardErrors() {
        BgNbd truth = BgNbd.of(0.25, 4.0, 0.8, 2.5);
        BgNbdSimulation data = BgNbdSimulation.generate(truth, 20_000, 26, 52, 17);
        ClvFit<BgNbd> fit = BgNbd.fit(data.x, data.tx, data.age);
        double[] trueValues = {truth.r(), truth.alpha(), truth.a(), truth.b()};
        for (int i = 0; i < 4; i++) {
            String name = fit.parameterNames().get(i);
            // Three standard errors: a 99.7 % band for each parameter, fixed seed.
            assertThat(fit.estimates().get(i)).as(name).isCloseTo(trueValues[i], within(3 * fit.standardErrors().get(i)));
        }
        // The same customers as dated transactions record them (whole days): still recovered.
        BgNbdSimulation daily = BgNbdSimulation.generate(truth, 20_000, 26, 52, 17, 7);
        ClvFit<BgNbd> dailyFit = BgNbd.fit(daily.x, daily.tx, daily.age);
        for (int i = 0; i < 4; i++) {
            assertThat(dailyFit.estimates().get(i)).as(dailyFit.parameterNames().get(i)).isCloseTo(trueValues[i],
                    within(3 * dailyFit.standardErrors().get(i)));
        }
    }
}
