package io.csmetrics.testkit;

import io.csmetrics.Arr;
import io.csmetrics.BillingPeriod;
import io.csmetrics.Money;
import io.csmetrics.Mrr;
import io.csmetrics.MrrHistory;
import io.csmetrics.MrrSnapshot;
import io.csmetrics.Ratio;
import io.csmetrics.activity.Activity;
import io.csmetrics.activity.SupportCase;
import io.csmetrics.cohort.Cohort;
import io.csmetrics.health.AccountSignals;
import io.csmetrics.onboarding.OnboardingRecord;
import io.csmetrics.outcome.CustomerGoal;
import io.csmetrics.roi.Deal;
import io.csmetrics.satisfaction.NpsResponse;
import io.csmetrics.usage.UsageEvent;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.SampleReportingFormat;
import net.jqwik.api.domains.DomainContextBase;

/**
 * A jqwik domain of csmetrics' types, for opt-in use with {@code @Domain(CsMetricsDomain.class)}
 * on a property or container.
 *
 * <p>Inside the domain, {@code @ForAll} parameters of every type {@link CsMetricsArbitraryProvider}
 * covers get the same defaults, and two more parameter types resolve: {@code List<MrrHistory>} is
 * a book of accounts with distinct ids ({@link CsArbitraries#accountHistories()}) and
 * {@code List<NpsResponse>} is an answer set from distinct respondents
 * ({@link CsArbitraries#npsAnswerSets()}). As with any jqwik domain, a property that also needs
 * plain types ({@code int}, {@code String}) adds {@code @Domain(DomainContext.Global.class)}.
 *
 * <p>Example:
 * <pre>{@code
 * @Property
 * @Domain(CsMetricsDomain.class)
 * void nrrIsNeverNegative(@ForAll List<MrrHistory> book) { ... }
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public class CsMetricsDomain extends DomainContextBase {

    /**
     * Creates the domain; called by jqwik.
     */
    public CsMetricsDomain() {
        // The arbitraries are created per request by the provider methods.
    }

    /**
     * Returns the reporting formats of the domain: {@link MrrHistoryReportingFormat}, so shrunk
     * histories and cohorts show their monthly values.
     *
     * @return the formats
     */
    @Override
    public Collection<SampleReportingFormat> getReportingFormats() {
        List<SampleReportingFormat> formats = new ArrayList<>(super.getReportingFormats());
        formats.add(new MrrHistoryReportingFormat());
        return formats;
    }

    /**
     * Provides money, as {@link CsArbitraries#money()}.
     *
     * @return the arbitrary
     */
    @Provide
    public Arbitrary<Money> money() {
        return CsArbitraries.money();
    }

    /**
     * Provides MRR, as {@link CsArbitraries#mrr()}.
     *
     * @return the arbitrary
     */
    @Provide
    public Arbitrary<Mrr> mrr() {
        return CsArbitraries.mrr();
    }

    /**
     * Provides ARR, as {@link CsArbitraries#arr()}.
     *
     * @return the arbitrary
     */
    @Provide
    public Arbitrary<Arr> arr() {
        return CsArbitraries.arr();
    }

    /**
     * Provides defined ratios, as {@link CsArbitraries#ratios()}.
     *
     * @return the arbitrary
     */
    @Provide
    public Arbitrary<Ratio> ratios() {
        return CsArbitraries.ratios();
    }

    /**
     * Provides billing periods, as {@link CsArbitraries#billingPeriods()}.
     *
     * @return the arbitrary
     */
    @Provide
    public Arbitrary<BillingPeriod> billingPeriods() {
        return CsArbitraries.billingPeriods();
    }

    /**
     * Provides MRR snapshots, as {@link CsArbitraries#mrrSnapshots()}.
     *
     * @return the arbitrary
     */
    @Provide
    public Arbitrary<MrrSnapshot> mrrSnapshots() {
        return CsArbitraries.mrrSnapshots();
    }

    /**
     * Provides one account's MRR history, as {@link CsArbitraries#mrrHistories()}.
     *
     * @return the arbitrary
     */
    @Provide
    public Arbitrary<MrrHistory> mrrHistory() {
        return CsArbitraries.mrrHistories();
    }

    /**
     * Provides a book of accounts with distinct ids, as {@link CsArbitraries#accountHistories()}.
     *
     * @return the arbitrary
     */
    @Provide
    public Arbitrary<List<MrrHistory>> accountHistories() {
        return CsArbitraries.accountHistories();
    }

    /**
     * Provides acquisition cohorts, as {@link CsArbitraries#cohorts()}.
     *
     * @return the arbitrary
     */
    @Provide
    public Arbitrary<Cohort<YearMonth>> cohorts() {
        return CsArbitraries.cohorts();
    }

    /**
     * Provides single NPS answers, as {@link CsArbitraries#npsResponses()}.
     *
     * @return the arbitrary
     */
    @Provide
    public Arbitrary<NpsResponse> npsResponse() {
        return CsArbitraries.npsResponses();
    }

    /**
     * Provides NPS answer sets from distinct respondents, as {@link CsArbitraries#npsAnswerSets()}.
     *
     * @return the arbitrary
     */
    @Provide
    public Arbitrary<List<NpsResponse>> npsAnswerSets() {
        return CsArbitraries.npsAnswerSets();
    }

    /**
     * Provides usage events, as {@link CsArbitraries#usageEvents()}.
     *
     * @return the arbitrary
     */
    @Provide
    public Arbitrary<UsageEvent> usageEvents() {
        return CsArbitraries.usageEvents();
    }

    /**
     * Provides health-model inputs, as {@link CsArbitraries#accountSignals()}.
     *
     * @return the arbitrary
     */
    @Provide
    public Arbitrary<AccountSignals> accountSignals() {
        return CsArbitraries.accountSignals();
    }

    /**
     * Provides revenue deals, as {@link CsArbitraries#deals()}.
     *
     * @return the arbitrary
     */
    @Provide
    public Arbitrary<Deal> deals() {
        return CsArbitraries.deals();
    }

    /**
     * Provides onboarding records, as {@link CsArbitraries#onboardingRecords()}.
     *
     * @return the arbitrary
     */
    @Provide
    public Arbitrary<OnboardingRecord> onboardingRecords() {
        return CsArbitraries.onboardingRecords();
    }

    /**
     * Provides customer goals, as {@link CsArbitraries#customerGoals()}.
     *
     * @return the arbitrary
     */
    @Provide
    public Arbitrary<CustomerGoal> customerGoals() {
        return CsArbitraries.customerGoals();
    }

    /**
     * Provides CS activities, as {@link CsArbitraries#activities()}.
     *
     * @return the arbitrary
     * @since 0.2.0
     */
    @Provide
    public Arbitrary<Activity> activities() {
        return CsArbitraries.activities();
    }

    /**
     * Provides support cases, as {@link CsArbitraries#supportCases()}.
     *
     * @return the arbitrary
     * @since 0.2.0
     */
    @Provide
    public Arbitrary<SupportCase> supportCases() {
        return CsArbitraries.supportCases();
    }
}
