package io.csmetrics.testkit;

import io.csmetrics.BillingPeriod;
import io.csmetrics.Money;
import io.csmetrics.MrrSnapshot;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Static factories of jqwik arbitraries for csmetrics' value types and input records, the entry
 * point of the testkit (as {@code net.jqwik.time.api.Dates} is for jqwik's time module).
 *
 * <p>Each factory returns a configurable arbitrary with documented defaults; every configuration
 * method returns a new arbitrary. Every generated value is valid by construction (no filtering),
 * and values are built from jqwik's integral and list combinators so a failing property shrinks to
 * a small, readable counterexample ({@code USD 0.00}, {@code 0/1}, one flat one-month history).
 *
 * <p>Example: a user's own net-revenue-retention function checked against the library:
 * <pre>{@code
 * @Property
 * void myNrrAgrees(@ForAll("books") List<MrrHistory> book) { ... }
 *
 * @Provide
 * Arbitrary<List<MrrHistory>> books() {
 *     return CsArbitraries.accountHistories().accounts(1, 20).months(13, 13);
 * }
 * }</pre>
 *
 * <p>The same defaults are available without a factory call: {@code @ForAll Money},
 * {@code @ForAll Mrr}, {@code @ForAll MrrHistory} and so on work through
 * {@link CsMetricsArbitraryProvider}, and {@code @Domain(CsMetricsDomain.class)} opts into
 * {@link CsMetricsDomain}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class CsArbitraries {

    private CsArbitraries() {
    }

    /**
     * Returns an arbitrary of {@link Money}: USD 0 to 100,000 at two decimals unless configured.
     *
     * @return the arbitrary
     */
    public static MoneyArbitrary money() {
        return new MoneyArbitrary(AmountSpec.of("USD", 0, 100_000));
    }

    /**
     * Returns an arbitrary of {@link io.csmetrics.Mrr}: a monthly price of USD 0 to 10,000 at two
     * decimals unless configured.
     *
     * @return the arbitrary
     */
    public static MrrArbitrary mrr() {
        return new MrrArbitrary(AmountSpec.of("USD", 0, 10_000), List.of(BillingPeriod.MONTHLY));
    }

    /**
     * Returns an arbitrary of {@link io.csmetrics.Arr}: USD 0 to 1,200,000 a year at two decimals
     * unless configured.
     *
     * @return the arbitrary
     */
    public static ArrArbitrary arr() {
        return new ArrArbitrary(AmountSpec.of("USD", 0, 1_200_000));
    }

    /**
     * Returns an arbitrary of {@link io.csmetrics.Ratio}s of counts: defined rates {@code n/d} with
     * {@code 1 <= d <= 1000} and {@code 0 <= n <= d} unless configured; undefined ones only on
     * request.
     *
     * @return the arbitrary
     */
    public static RatioArbitrary ratios() {
        return new RatioArbitrary();
    }

    /**
     * Returns an arbitrary of {@link BillingPeriod}s: mostly the named ones (monthly first, the
     * shrink target), sometimes 1 to 36 months, 1 to 5 years, 1 to 8 weeks or 1 to 90 days.
     *
     * @return the arbitrary
     */
    @SuppressWarnings("unchecked")
    public static Arbitrary<BillingPeriod> billingPeriods() {
        Arbitrary<BillingPeriod> named = Arbitraries.of(BillingPeriod.MONTHLY, BillingPeriod.ANNUAL,
                BillingPeriod.QUARTERLY, BillingPeriod.SEMI_ANNUAL, BillingPeriod.WEEKLY, BillingPeriod.DAILY);
        return Arbitraries.frequencyOf(Tuple.of(6, named),
                Tuple.of(1, Arbitraries.integers().between(1, 36).map(BillingPeriod::ofMonths)),
                Tuple.of(1, Arbitraries.integers().between(1, 5).map(BillingPeriod::ofYears)),
                Tuple.of(1, Arbitraries.integers().between(1, 8).map(BillingPeriod::ofWeeks)),
                Tuple.of(1, Arbitraries.integers().between(1, 90).map(BillingPeriod::ofDays)));
    }

    /**
     * Returns an arbitrary of single {@link MrrSnapshot} rows: account {@code "ACC-1"} to
     * {@code "ACC-20"}, a month of 2024–2026, an MRR of USD 0 to 10,000 in whole cents. For
     * consistent sets of rows use {@link MrrHistoriesArbitrary#asSnapshots()}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<MrrSnapshot> mrrSnapshots() {
        Arbitrary<YearMonth> months = Arbitraries.integers().between(0, 35).map(i -> YearMonth.of(2024, 1).plusMonths(i));
        Arbitrary<Money> amounts = money().between(0, 10_000);
        return Combinators.combine(Days.ids("ACC-", 20), months, amounts).as(MrrSnapshot::of);
    }

    /**
     * Returns an arbitrary of one account's {@link io.csmetrics.MrrHistory} with realistic
     * movements (new, expansion, contraction, churn, reactivation); see {@link HistoryArbitrary}
     * for the defaults.
     *
     * @return the arbitrary
     */
    public static MrrHistoryArbitrary mrrHistories() {
        return new MrrHistoryArbitrary(HistorySpec.defaults(), "ACC-1");
    }

    /**
     * Returns an arbitrary of books of accounts: lists of 1 to 8 {@link io.csmetrics.MrrHistory}
     * over the same months, distinct ids, realistic movements; see {@link HistoryArbitrary}.
     *
     * @return the arbitrary
     */
    public static MrrHistoriesArbitrary accountHistories() {
        return new MrrHistoriesArbitrary(HistorySpec.defaults(), 1, 8);
    }

    /**
     * Returns an arbitrary of acquisition {@link io.csmetrics.cohort.Cohort}s of 1 to 8 members
     * acquired in the first month; see {@link CohortArbitrary}.
     *
     * @return the arbitrary
     */
    public static CohortArbitrary cohorts() {
        return new CohortArbitrary(HistorySpec.defaults(), 1, 8);
    }

    /**
     * Returns an arbitrary of single {@link io.csmetrics.satisfaction.NpsResponse}s, every score
     * equally likely unless a mix is chosen.
     *
     * @return the arbitrary
     */
    public static NpsResponseArbitrary npsResponses() {
        return new NpsResponseArbitrary();
    }

    /**
     * Returns an arbitrary of NPS answer sets from distinct respondents, 0 to 50 answers unless
     * configured, with a chosen promoter/passive/detractor mix or exact counts.
     *
     * @return the arbitrary
     */
    public static NpsAnswerSetArbitrary npsAnswerSets() {
        return new NpsAnswerSetArbitrary();
    }

    /**
     * Returns an arbitrary of {@link io.csmetrics.usage.UsageEvent}s; its
     * {@link UsageEventArbitrary#streams(int, int)} gives time-ordered event streams.
     *
     * @return the arbitrary
     */
    public static UsageEventArbitrary usageEvents() {
        return new UsageEventArbitrary();
    }

    /**
     * Returns an arbitrary of health-model inputs, {@link io.csmetrics.health.AccountSignals}.
     *
     * @return the arbitrary
     */
    public static AccountSignalsArbitrary accountSignals() {
        return new AccountSignalsArbitrary();
    }

    /**
     * Returns an arbitrary of revenue {@link io.csmetrics.roi.Deal}s for ROI attribution; its
     * {@link DealArbitrary#batches(int, int)} gives lists with distinct ids.
     *
     * @return the arbitrary
     */
    public static DealArbitrary deals() {
        return new DealArbitrary();
    }

    /**
     * Returns an arbitrary of {@link io.csmetrics.onboarding.OnboardingRecord}s.
     *
     * @return the arbitrary
     */
    public static OnboardingRecordArbitrary onboardingRecords() {
        return new OnboardingRecordArbitrary();
    }

    /**
     * Returns an arbitrary of {@link io.csmetrics.outcome.CustomerGoal}s with observations.
     *
     * @return the arbitrary
     */
    public static CustomerGoalArbitrary customerGoals() {
        return new CustomerGoalArbitrary();
    }

    /**
     * Returns an arbitrary of CS {@link io.csmetrics.activity.Activity} records; its
     * {@link ActivityArbitrary#logs(int, int)} gives day-ordered activity logs.
     *
     * @return the arbitrary
     * @since 0.2.0
     */
    public static ActivityArbitrary activities() {
        return new ActivityArbitrary();
    }

    /**
     * Returns an arbitrary of {@link io.csmetrics.activity.SupportCase}s, every one valid (no response or
     * resolution before opening); its {@link SupportCaseArbitrary#batches(int, int)} gives lists with
     * distinct case ids.
     *
     * @return the arbitrary
     * @since 0.2.0
     */
    public static SupportCaseArbitrary supportCases() {
        return new SupportCaseArbitrary();
    }
}
