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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Makes {@code @ForAll} parameters of csmetrics types just work, with the defaults of
 * {@link CsArbitraries}: {@link Money}, {@link Mrr}, {@link Arr}, {@link Ratio},
 * {@link BillingPeriod}, {@link MrrSnapshot}, {@link MrrHistory}, {@code Cohort<YearMonth>}
 * (or a raw/wildcard {@code Cohort}), {@link NpsResponse}, {@link UsageEvent},
 * {@link AccountSignals}, {@link Deal}, {@link OnboardingRecord}, {@link CustomerGoal}, {@link Activity}
 * and {@link SupportCase}.
 *
 * <p>jqwik finds it through {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}
 * when csmetrics is on the class path (the usual test set-up); users do not instantiate it. On the
 * module path it is not registered, because the {@code io.csmetrics} module must not declare a
 * service of its optional jqwik dependency (the module would then fail to resolve without jqwik):
 * there, annotate the property or class with {@code @Domain(CsMetricsDomain.class)}, which
 * provides the same types. To configure a type, use a {@code @Provide} method with a
 * {@link CsArbitraries} factory instead.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class CsMetricsArbitraryProvider implements ArbitraryProvider {

    private static final Map<Class<?>, Supplier<Arbitrary<?>>> DEFAULTS = defaults();

    /**
     * Creates the provider; called by jqwik's service loading.
     */
    public CsMetricsArbitraryProvider() {
        // Stateless: the table of defaults is shared.
    }

    private static Map<Class<?>, Supplier<Arbitrary<?>>> defaults() {
        Map<Class<?>, Supplier<Arbitrary<?>>> m = new LinkedHashMap<>();
        m.put(Money.class, CsArbitraries::money);
        m.put(Mrr.class, CsArbitraries::mrr);
        m.put(Arr.class, CsArbitraries::arr);
        m.put(Ratio.class, CsArbitraries::ratios);
        m.put(BillingPeriod.class, CsArbitraries::billingPeriods);
        m.put(MrrSnapshot.class, CsArbitraries::mrrSnapshots);
        m.put(MrrHistory.class, CsArbitraries::mrrHistories);
        m.put(Cohort.class, CsArbitraries::cohorts);
        m.put(NpsResponse.class, CsArbitraries::npsResponses);
        m.put(UsageEvent.class, CsArbitraries::usageEvents);
        m.put(AccountSignals.class, CsArbitraries::accountSignals);
        m.put(Deal.class, CsArbitraries::deals);
        m.put(OnboardingRecord.class, CsArbitraries::onboardingRecords);
        m.put(CustomerGoal.class, CsArbitraries::customerGoals);
        m.put(Activity.class, CsArbitraries::activities);
        m.put(SupportCase.class, CsArbitraries::supportCases);
        return m;
    }

    /**
     * Tells whether the parameter's type is one this provider generates.
     *
     * @param targetType the parameter's type
     * @return true for the types listed in the class description; for {@code Cohort} only when
     *     its key type is {@code YearMonth}, a wildcard or absent
     */
    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        java.util.Objects.requireNonNull(targetType, "targetType must not be null");
        if (!DEFAULTS.containsKey(targetType.getRawType())) {
            return false;
        }
        if (targetType.isOfType(Cohort.class) && targetType.isGeneric()) {
            TypeUsage key = targetType.getTypeArgument(0);
            return key.isWildcard() || key.isTypeVariable() || key.isOfType(YearMonth.class);
        }
        return true;
    }

    /**
     * Returns the default arbitrary of the parameter's type.
     *
     * @param targetType the parameter's type, one {@link #canProvideFor(TypeUsage)} accepts
     * @param subtypeProvider unused: the types have no configurable parts
     * @return a set of the one default arbitrary
     */
    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        java.util.Objects.requireNonNull(targetType, "targetType must not be null");
        return Set.of(DEFAULTS.get(targetType.getRawType()).get());
    }
}
