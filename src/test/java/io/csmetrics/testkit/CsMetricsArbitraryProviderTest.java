package io.csmetrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.Arr;
import io.csmetrics.BillingPeriod;
import io.csmetrics.Money;
import io.csmetrics.Mrr;
import io.csmetrics.MrrHistory;
import io.csmetrics.MrrSnapshot;
import io.csmetrics.Ratio;
import io.csmetrics.cohort.Cohort;
import io.csmetrics.health.AccountSignals;
import io.csmetrics.onboarding.OnboardingRecord;
import io.csmetrics.outcome.CustomerGoal;
import io.csmetrics.activity.Activity;
import io.csmetrics.activity.SupportCase;
import io.csmetrics.roi.Deal;
import io.csmetrics.satisfaction.NpsResponse;
import io.csmetrics.usage.UsageEvent;
import java.time.YearMonth;
import java.util.List;
import java.util.ServiceLoader;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

class CsMetricsArbitraryProviderTest {

    private final CsMetricsArbitraryProvider provider = new CsMetricsArbitraryProvider();

    @Example
    void isRegisteredAsAService() {
        assertThat(ServiceLoader.load(ArbitraryProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(CsMetricsArbitraryProvider.class);
    }

    @Example
    void providesOnlyYearMonthCohorts() {
        assertThat(provider.canProvideFor(TypeUsage.of(Cohort.class, TypeUsage.of(YearMonth.class)))).isTrue();
        assertThat(provider.canProvideFor(TypeUsage.of(Cohort.class))).isTrue();
        assertThat(provider.canProvideFor(TypeUsage.of(Cohort.class, TypeUsage.of(String.class)))).isFalse();
        assertThat(provider.canProvideFor(TypeUsage.of(String.class))).isFalse();
    }

    @Property(tries = 50)
    void everyTypeResolvesWithForAll(@ForAll Money money, @ForAll Mrr mrr, @ForAll Arr arr, @ForAll Ratio ratio,
            @ForAll BillingPeriod period, @ForAll MrrSnapshot snapshot, @ForAll MrrHistory history,
            @ForAll Cohort<YearMonth> cohort, @ForAll NpsResponse answer, @ForAll UsageEvent event,
            @ForAll AccountSignals signals, @ForAll Deal deal, @ForAll OnboardingRecord onboarding,
            @ForAll CustomerGoal goal, @ForAll Activity activity, @ForAll SupportCase supportCase) {
        assertThat(money.isNegative()).isFalse();
        assertThat(ratio.isDefined()).isTrue();
        assertThat(history.length()).isBetween(1, 24);
        assertThat(cohort.size()).isBetween(1, 8);
        assertThat(answer.score()).isBetween(0, 10);
        assertThat(List.of(mrr, arr, period, snapshot, event, signals, deal, onboarding, goal, activity, supportCase))
                .doesNotContainNull();
    }

    @Property(tries = 50)
    @Domain(CsMetricsDomain.class)
    @Domain(DomainContext.Global.class)
    void theDomainAddsBooksAndAnswerSetsWithDistinctIds(@ForAll List<MrrHistory> book,
            @ForAll List<NpsResponse> answers, @ForAll Money money, @ForAll int plain) {
        assertThat(book).extracting(MrrHistory::accountId).doesNotHaveDuplicates();
        assertThat(book).hasSizeBetween(1, 8);
        assertThat(answers).extracting(NpsResponse::respondentId).doesNotHaveDuplicates();
        assertThat(money.currency().getCurrencyCode()).isEqualTo("USD");
    }
}
