package io.csmetrics;

import static io.csmetrics.Tamper.assertFieldTamperRejected;
import static io.csmetrics.Tamper.assertTamperRejected;

import io.csmetrics.churn.ChurnCalculator;
import io.csmetrics.clv.PeriodUnit;
import io.csmetrics.clv.RfmAccumulator;
import io.csmetrics.clv.Transaction;
import io.csmetrics.cohort.Cohort;
import io.csmetrics.cohort.KaplanMeier;
import io.csmetrics.cohort.Lifetime;
import io.csmetrics.cohort.RetentionMatrix;
import io.csmetrics.cohort.RetentionMatrixAccumulator;
import io.csmetrics.cohort.ShiftedBetaGeometric;
import io.csmetrics.goals.Change;
import io.csmetrics.goals.KpiTree;
import io.csmetrics.goals.KpiValue;
import io.csmetrics.goals.MaturityModel;
import io.csmetrics.health.Bands;
import io.csmetrics.health.HealthRollup;
import io.csmetrics.health.Measure;
import io.csmetrics.health.TierBoundary;
import io.csmetrics.health.Tiers;
import io.csmetrics.ltv.LtvCalculator;
import io.csmetrics.onboarding.DaysDistribution;
import io.csmetrics.onboarding.OnboardingDefinition;
import io.csmetrics.onboarding.OnboardingRecord;
import io.csmetrics.onboarding.OnboardingStats;
import io.csmetrics.outcome.CustomerGoal;
import io.csmetrics.outcome.GoalPortfolio;
import io.csmetrics.revenue.MrrBridgeAccumulator;
import io.csmetrics.revenue.RevenueRetentionAccumulator;
import io.csmetrics.roi.BusinessMetric;
import io.csmetrics.roi.CounterfactualUplift;
import io.csmetrics.roi.Department;
import io.csmetrics.roi.Multipliers;
import io.csmetrics.roi.ResponsibilityMatrix;
import io.csmetrics.roi.RoiAttribution;
import io.csmetrics.satisfaction.AdvocacyAccumulator;
import io.csmetrics.satisfaction.CsatAccumulator;
import io.csmetrics.satisfaction.NpsAccumulator;
import io.csmetrics.satisfaction.NpsBreakdown;
import io.csmetrics.satisfaction.NpsResponse;
import io.csmetrics.usage.ActiveUsers;
import io.csmetrics.usage.FeatureAdoption;
import io.csmetrics.usage.Sessions;
import io.csmetrics.usage.UsageEvent;
import io.csmetrics.usage.UsagePeriod;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: a serialisation-tamper test per Serializable class of the families (the root package's
 * are in {@link RootTamperTest}). Each builds a valid object, breaks one invariant in a copy, writes
 * it and asserts that reading it back is refused.
 */
class SerializationTamperTest {

    static final Currency USD = Currency.getInstance("USD");
    static final YearMonth JAN = YearMonth.of(2024, 1);
    static final LocalDate DAY = LocalDate.of(2024, 1, 1);
    static final MrrHistory A = MrrHistory.of("a", USD, JAN, 100, 100, 0);
    static final UsagePeriod WEEK = UsagePeriod.between(DAY, DAY.plusDays(7));
    static final UsageEvent EVENT = UsageEvent.of("acc", "u", Instant.parse("2024-01-02T10:00:00Z"), "reports");

    /** The filter of the README's "Untrusted input and serialised state" section. */
    static final String README_FILTER = "maxdepth=20;maxrefs=100000;maxbytes=67108864;maxarray=1000000;"
            + "io.csmetrics.**;java.lang.*;java.lang.invoke.SerializedLambda;java.math.*;java.time.*;java.util.*;!*";

    @Test
    void theReadmeFilterReadsPartialStatesAndRefusesForeignClasses() throws Exception {
        RetentionMatrixAccumulator<YearMonth> acc = RetentionMatrixAccumulator.create(JAN.plusMonths(2));
        acc.accept(A);
        Sessions sessions = Sessions.create(WEEK, ZoneOffset.UTC);
        sessions.accept(EVENT);
        java.io.ObjectInputFilter filter = java.io.ObjectInputFilter.Config.createFilter(README_FILTER);
        for (Object partial : List.of(acc, sessions, RetentionMatrix.of(List.of(A)), Money.of("1.00", "USD"))) {
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                    new java.io.ByteArrayInputStream(Tamper.write(partial)))) {
                in.setObjectInputFilter(filter);
                org.assertj.core.api.Assertions.assertThat(in.readObject()).usingRecursiveComparison()
                        .ignoringFields(Tamper.transientFields(partial)).isEqualTo(partial);
            }
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(Tamper.write(new java.net.URI("http://example.com"))))) {
            in.setObjectInputFilter(filter);
            org.assertj.core.api.Assertions.assertThatThrownBy(in::readObject).isInstanceOf(java.io.InvalidClassException.class);
        }
    }

    @Test
    void churnCalculator() {
        assertFieldTamperRejected(ChurnCalculator.standard(), "confidenceLevel", 7.5, "confidenceLevel must be in (0, 1): 7.5");
        assertFieldTamperRejected(ChurnCalculator.standard(), "annualization", null, "must not be null");
    }

    @SuppressWarnings("unchecked") // tampered fields' declared types
    @Test
    void cohortAndRetention() {
        assertFieldTamperRejected(Cohort.of("k", List.of(A), JAN.plusMonths(2)), "members", List.of(A, A), "a");
        KaplanMeier km = KaplanMeier.fit(List.of(new Lifetime(1, true), new Lifetime(2, false), new Lifetime(3, true)));
        // A survival of 7.5 used to be read back as it was.
        assertTamperRejected(km, k -> ((double[]) Tamper.get(k, "survival"))[1] = 7.5, "survival");
        assertTamperRejected(km, k -> ((long[]) Tamper.get(k, "atRisk"))[2] = 5, "step 2");
        assertFieldTamperRejected(km, "accounts", 9L, "accounts (9)");
        RetentionMatrix<YearMonth> m = RetentionMatrix.of(List.of(A));
        assertFieldTamperRejected(m, "width", 7, "width 7");
        RetentionMatrixAccumulator<YearMonth> acc = RetentionMatrixAccumulator.create(JAN.plusMonths(2));
        acc.accept(A);
        assertTamperRejected(acc, a -> ((Map<YearMonth, long[]>) Tamper.get(a, "rows")).get(JAN)[3] = 500,
                "grossRetainedMrrMinor");
        assertFieldTamperRejected(acc, "rule", null, "rule must not be null");
    }

    @Test
    void goals() {
        assertFieldTamperRejected(Change.byPercent("10"), "value", KpiValue.count(3), "exactly one");
        KpiValue v = KpiValue.number("2.5");
        assertTamperRejected(v, x -> Tamper.set(Tamper.get(x, "value"), "den", java.math.BigInteger.valueOf(-4)),
                "lowest terms");
        assertFieldTamperRejected(v, "currency", Currency.getInstance("XXX"), "no defined minor digits");
        KpiTree tree = KpiTree.operatingProfit(120, Money.of("50", "USD"));
        assertFieldTamperRejected(tree, "goal", " ", "goal");
        assertFieldTamperRejected(MaturityModel.standard(), "capabilities",
                List.of(MaturityModel.standard().capabilities().get(0), MaturityModel.standard().capabilities().get(0)),
                "duplicate capability id");
    }

    @Test
    void health() {
        assertFieldTamperRejected(Bands.grades(), "bands", List.of(), "band");
        Tiers tiers = Tiers.builder(TierBoundary.UPPER_INCLUSIVE).tier(0, 10, 50).tier(10, 20, 100).build();
        assertTamperRejected(tiers, t -> ((double[]) Tamper.get(t, "score"))[0] = Double.NaN, "score");
        assertFieldTamperRejected(Measure.linear("logins", 0, 10), "name", " ", "blank");
        assertTamperRejected(Measure.linear("logins", 0, 10), m -> Tamper.set(Tamper.get(m, "scorer"), "scale", -1.0),
                "scale (-1.0)");
        HealthRollup r = HealthRollup.create();
        assertFieldTamperRejected(r, "children", -1L, "children (-1)");
    }

    @Test
    void ltvAndOnboarding() {
        assertFieldTamperRejected(LtvCalculator.standard(), "horizon", 0, "maxPeriods");
        assertFieldTamperRejected(LtvCalculator.standard(), "grossMargin", Ratio.of(3, 2), "grossMargin");
        DaysDistribution d = DaysDistribution.of(new long[] {1, 2, 3}, new long[] {4});
        assertFieldTamperRejected(d, "sum", 99L, "sum (99)");
        assertTamperRejected(d, x -> Tamper.set(x, "events", new TreeMap<>(Map.of(-1L, 1L))), "events");
        OnboardingDefinition def = OnboardingDefinition.of(Set.of("kickoff"), "kickoff");
        assertFieldTamperRejected(def, "targetDays", -3, "-3");
        OnboardingRecord rec = OnboardingRecord.of("a", DAY, Map.of("kickoff", DAY.plusDays(3)), true);
        assertFieldTamperRejected(rec, "milestones", new TreeMap<>(Map.of("kickoff", DAY.minusDays(3))), "kickoff");
        OnboardingStats stats = OnboardingStats.create(def, DAY.plusDays(30));
        stats.accept(rec);
        assertFieldTamperRejected(stats, "completed", 5L, "completed (5)");
    }

    @SuppressWarnings("unchecked") // tampered fields' declared types
    @Test
    void outcome() {
        CustomerGoal g = CustomerGoal.of("a", "seats", BigDecimal.ONE, BigDecimal.TEN, DAY, DAY.plusDays(90));
        assertFieldTamperRejected(g, "deadline", DAY.minusDays(1), "deadline");
        assertFieldTamperRejected(g, "target", BigDecimal.ONE, "must differ from baseline");
        GoalPortfolio p = GoalPortfolio.create(DAY.plusDays(30));
        p.accept(g);
        assertTamperRejected(p, x -> ((Map<String, long[]>) Tamper.get(x, "customers")).get("a")[1] = 9, "customer a");
    }

    @Test
    void revenue() {
        MrrBridgeAccumulator b = MrrBridgeAccumulator.create(USD, JAN, JAN.plusMonths(2));
        b.accept(A);
        // The bridge's overflow guard, disabled by a tampered volume, is refused.
        assertFieldTamperRejected(b, "volume", 1L, "exceeds the volume");
        assertFieldTamperRejected(b, "months", 99, "months (99)");
        RevenueRetentionAccumulator r = RevenueRetentionAccumulator.create(USD, JAN, JAN.plusMonths(1));
        r.accept(A);
        assertFieldTamperRejected(r, "volume", -1L, "volume (-1)");
        assertTamperRejected(r, x -> ((long[]) Tamper.get(x, "state"))[0] = Long.MAX_VALUE, "exceeds the volume");
    }

    @Test
    void roi() {
        assertTamperRejected(Multipliers.uniform(BigDecimal.ONE), m -> Tamper.set(m, "defaultMultiplier",
                BigDecimal.valueOf(-2)), "-2");
        Department cs = Department.of("CS");
        BusinessMetric nrr = BusinessMetric.of("NRR");
        ResponsibilityMatrix rm = ResponsibilityMatrix.builder().departments(List.of(cs)).metrics(List.of(nrr))
                .target(cs, nrr).build();
        assertFieldTamperRejected(rm, "metrics", List.of(), "outside [CS] / []");
        assertFieldTamperRejected(rm, "departments", null, "departments must not be null");
        CounterfactualUplift u = CounterfactualUplift.create(USD);
        assertTamperRejected(u, x -> ((long[]) Tamper.get(x, "accounts"))[0] = -1, "group 0");
        RoiAttribution a = RoiAttribution.create(Multipliers.uniform(BigDecimal.ONE), USD);
        assertFieldTamperRejected(a, "multipliers", null, "multipliers must not be null");
    }

    @SuppressWarnings("unchecked") // tampered fields' declared types
    @Test
    void satisfaction() {
        NpsAccumulator nps = NpsAccumulator.create();
        nps.acceptScore(9);
        assertFieldTamperRejected(nps, "detractors", -1L, "detractors -1");
        CsatAccumulator csat = CsatAccumulator.create();
        assertFieldTamperRejected(csat, "counts", new long[2], "counts has 2 entries");
        NpsBreakdown<String> nb = NpsBreakdown.by(NpsResponse::respondentId);
        nb.accept(NpsResponse.of("r", 9));
        assertTamperRejected(nb, x -> ((Map<String, long[]>) Tamper.get(x, "counts")).put("r", new long[] {-1, 0, 0}),
                "none negative");
        AdvocacyAccumulator adv = AdvocacyAccumulator.create();
        assertFieldTamperRejected(adv, "counts", null, "counts must not be null");
        assertFieldTamperRejected(NpsResponse.of("r", 9), "score", 11, "11");
        assertFieldTamperRejected(NpsResponse.of("r", 9, "acc", DAY), "date", null, "both");
    }

    @Test
    void usage() {
        assertFieldTamperRejected(EVENT, "userId", " ", "userId");
        Sessions s = Sessions.create(WEEK, ZoneOffset.UTC);
        s.accept(EVENT);
        assertFieldTamperRejected(s, "timeout", Duration.ofDays(1000), "timeout");
        ActiveUsers au = ActiveUsers.create(WEEK, ZoneOffset.UTC);
        au.accept(EVENT);
        assertFieldTamperRejected(au, "zone", null, "zone must not be null");
        FeatureAdoption fa = FeatureAdoption.create(WEEK, ZoneOffset.UTC);
        fa.accept(EVENT);
        assertFieldTamperRejected(fa, "period", null, "period must not be null");
    }

    @Test
    @SuppressWarnings("unchecked")
    void clvRfmAccumulatorAndItsDays() {
        RfmAccumulator acc = RfmAccumulator.create(LocalDate.of(2024, 1, 31), LocalDate.of(2024, 3, 31), PeriodUnit.DAYS);
        acc.accept(Transaction.of("a", LocalDate.of(2024, 1, 1), Money.of("10", "USD")));
        acc.accept(Transaction.of("a", LocalDate.of(2024, 2, 1), Money.of("5", "USD")));
        long feb1 = LocalDate.of(2024, 2, 1).toEpochDay();
        long jan1 = LocalDate.of(2024, 1, 1).toEpochDay();
        // Days: a null amount, an amount beyond Bounds
        assertTamperRejected(acc, x -> ((TreeMap<Long, BigDecimal>) Tamper.get(((Map<String, Object>) Tamper.get(x,
                "customers")).get("a"), "calibration")).put(jan1, null), "null calibration day or amount");
        assertTamperRejected(acc, x -> ((TreeMap<Long, BigDecimal>) Tamper.get(((Map<String, Object>) Tamper.get(x,
                "customers")).get("a"), "calibration")).put(jan1, new BigDecimal("1E+60")), "out of range");
        // the accumulator: a calibration day after calibrationEnd, a holdout day inside calibration
        assertTamperRejected(acc, x -> ((TreeMap<Long, BigDecimal>) Tamper.get(((Map<String, Object>) Tamper.get(x,
                "customers")).get("a"), "calibration")).put(feb1, BigDecimal.ONE), "after calibrationEnd");
        assertTamperRejected(acc, x -> ((java.util.TreeSet<Long>) Tamper.get(((Map<String, Object>) Tamper.get(x,
                "customers")).get("a"), "holdout")).add(jan1), "holdout day outside");
        assertFieldTamperRejected(acc, "currency", null, "without a currency");
    }

    @Test
    void cohortShiftedBetaGeometric() {
        assertFieldTamperRejected(ShiftedBetaGeometric.of(0.7, 1.2), "alpha", -1.0, "alpha");
        assertFieldTamperRejected(ShiftedBetaGeometric.of(0.7, 1.2), "beta", Double.NaN, "beta");
    }
}
