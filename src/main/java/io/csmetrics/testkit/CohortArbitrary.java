package io.csmetrics.testkit;

import io.csmetrics.cohort.Cohort;
import io.csmetrics.revenue.MovementType;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates an acquisition {@link Cohort}: accounts {@code "ACC-1"}, ... that all start paying in
 * the first month (the cohort's key), observed as of the histories' last month, with the later
 * movements described in {@link HistoryArbitrary} (a {@link MovementType#NEW} movement is never
 * drawn: every member is acquired in the key month).
 *
 * <p>Default: 1 to 8 members over 1 to 24 months. A failing property shrinks to the fewest
 * members and months.
 *
 * <p>Example: {@code CsArbitraries.cohorts().accounts(10, 100).months(12, 12)}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class CohortArbitrary extends HistoryArbitrary<Cohort<YearMonth>, CohortArbitrary> {

    private final int minAccounts;
    private final int maxAccounts;

    CohortArbitrary(HistorySpec spec, int minAccounts, int maxAccounts) {
        super(withoutNew(spec));
        this.minAccounts = minAccounts;
        this.maxAccounts = maxAccounts;
    }

    private static HistorySpec withoutNew(HistorySpec spec) {
        Set<MovementType> kept = EnumSet.noneOf(MovementType.class);
        kept.addAll(spec.movements);
        kept.remove(MovementType.NEW);
        return spec.withMovements(kept.toArray(new MovementType[0]));
    }

    @Override
    CohortArbitrary with(HistorySpec newSpec) {
        return new CohortArbitrary(newSpec, minAccounts, maxAccounts);
    }

    /**
     * Returns an arbitrary of cohorts of {@code min} to {@code max} members, inclusive.
     *
     * @param min the fewest members, at least 1
     * @param max the most members, not below {@code min}, at most 10,000
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException if the range is not {@code 1 <= min <= max <= 10000}
     */
    public CohortArbitrary accounts(int min, int max) {
        MrrHistoriesArbitrary.checkAccounts(min, max, 1);
        return new CohortArbitrary(spec, min, max);
    }

    /**
     * Returns the underlying arbitrary.
     *
     * @return the arbitrary of cohorts
     */
    @Override
    protected Arbitrary<Cohort<YearMonth>> arbitrary() {
        HistorySpec s = spec;
        return Combinators.combine(s.lengths(), s.accounts().list().ofMinSize(minAccounts).ofMaxSize(maxAccounts))
                .as((length, accounts) -> Cohort.of(s.firstMonth, HistorySpec.histories(s, length, accounts),
                        s.firstMonth.plusMonths(length - 1L)));
    }
}
