package io.csmetrics.activity;

import io.csmetrics.Money;
import io.csmetrics.UndefinedMetricException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Links the CS team's work to revenue: the renewal rate and NRR of one group of accounts (for
 * example those whose support cases were all solved within 24 hours, or those touched at least
 * N times) against the rest, with the counts and a confidence interval on the difference of the
 * renewal rates (Newcombe's hybrid score interval, see {@link ProportionDifference}).
 *
 * <p><b>Association, not causation.</b> Accounts are not assigned to the groups at random: a team
 * may answer its healthiest customers fastest, or a churning customer may stop opening cases. A
 * difference shows that renewals and the team's work go together, not that the work caused them.
 * For a causal estimate use a counterfactual with a control group ({@code roi.CounterfactualUplift}).
 * {@link #CAVEAT} says so on every result.
 *
 * <p>Example: 12 of 15 accounts with every case within 24 h renewed against 6 of 10 with a breach:
 * 80 % vs 60 %, a difference of 20 points, 95 % interval −0.1423 to 0.5152, so the data do not
 * exclude no difference.
 *
 * @param group the group asked about
 * @param rest the comparison group
 * @param excluded results of accounts in neither group (for example accounts without a decided
 *     support case)
 * @param renewalDifference the group's renewal rate minus the rest's, with its interval; empty if
 *     either group is empty
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record ActivityVsResults(GroupResult group, GroupResult rest, long excluded,
        Optional<ProportionDifference> renewalDifference) {

    /** The label every comparison carries. */
    public static final String CAVEAT = "association, not causation: accounts were not assigned to the groups at "
            + "random; use a counterfactual (roi.CounterfactualUplift) for the effect of the work";

    /**
     * Validates the comparison.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code excluded} is negative
     */
    public ActivityVsResults {
        Objects.requireNonNull(group, "group must not be null");
        Objects.requireNonNull(rest, "rest must not be null");
        Objects.requireNonNull(renewalDifference, "renewalDifference must not be null");
        if (excluded < 0) {
            throw new IllegalArgumentException("excluded must not be negative: " + excluded);
        }
    }

    /**
     * Compares two disjoint sets of accounts.
     *
     * @param results every account's result, not empty, one currency, one result per account
     * @param groupAccounts the accounts of the group, not null
     * @param groupLabel the group's label, not null
     * @param restAccounts the accounts of the comparison group, disjoint from the group, not null
     * @param restLabel its label, not null
     * @param confidenceLevel the interval's level, in (0, 1)
     * @return the comparison; results of accounts in neither set count as {@code excluded}
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if {@code results} is empty or repeats an account, the sets
     *     overlap, or the level is not in (0, 1)
     * @throws io.csmetrics.CurrencyMismatchException if the results mix currencies
     */
    public static ActivityVsResults compare(Collection<AccountResult> results, Set<String> groupAccounts,
            String groupLabel, Set<String> restAccounts, String restLabel, double confidenceLevel) {
        Objects.requireNonNull(results, "results must not be null");
        Objects.requireNonNull(groupAccounts, "groupAccounts must not be null");
        Objects.requireNonNull(restAccounts, "restAccounts must not be null");
        Objects.requireNonNull(groupLabel, "groupLabel must not be null");
        Objects.requireNonNull(restLabel, "restLabel must not be null");
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidenceLevel must be within (0, 1): " + confidenceLevel);
        }
        if (results.isEmpty()) {
            throw new IllegalArgumentException("results must not be empty");
        }
        if (results.stream().anyMatch(Objects::isNull)) {
            throw new NullPointerException("results must not contain null");
        }
        for (String a : groupAccounts) {
            if (restAccounts.contains(a)) {
                throw new IllegalArgumentException("account " + a + " is in both '" + groupLabel + "' and '"
                        + restLabel + "'");
            }
        }
        Money zero = Money.zero(results.iterator().next().startArr().currency());
        Money[] arr = {zero, zero, zero, zero};
        long[] counts = new long[4];
        long excluded = 0;
        Set<String> seen = new HashSet<>();
        for (AccountResult r : results) {
            Objects.requireNonNull(r, "results must not contain null");
            if (!seen.add(r.accountId())) {
                throw new IllegalArgumentException("account " + r.accountId() + " appears more than once in results");
            }
            if (!r.startArr().isSameCurrency(zero)) {
                throw new io.csmetrics.CurrencyMismatchException(zero.currency(), r.startArr().currency());
            }
            int g;
            if (groupAccounts.contains(r.accountId())) {
                g = 0;
            } else if (restAccounts.contains(r.accountId())) {
                g = 1;
            } else {
                excluded++;
                continue;
            }
            counts[2 * g]++;
            if (r.renewed()) {
                counts[2 * g + 1]++;
            }
            arr[2 * g] = arr[2 * g].plus(r.startArr());
            arr[2 * g + 1] = arr[2 * g + 1].plus(r.endArr());
        }
        GroupResult group = new GroupResult(groupLabel, counts[0], counts[1], arr[0], arr[1]);
        GroupResult rest = new GroupResult(restLabel, counts[2], counts[3], arr[2], arr[3]);
        Optional<ProportionDifference> diff;
        try {
            diff = Optional.of(ProportionDifference.newcombe(counts[1], counts[0], counts[3], counts[2],
                    confidenceLevel));
        } catch (UndefinedMetricException e) {
            diff = Optional.empty();
        }
        return new ActivityVsResults(group, rest, excluded, diff);
    }

    /**
     * Compares the accounts whose support cases were all solved within the SLA with the accounts
     * with at least one breach; accounts with no decided case are excluded.
     *
     * @param results every account's result, not empty, one currency
     * @param support the support cases' state, not null
     * @param confidenceLevel the interval's level, in (0, 1)
     * @return the comparison
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as for {@link #compare}
     */
    public static ActivityVsResults bySlaAttainment(Collection<AccountResult> results, SupportStats support,
            double confidenceLevel) {
        Objects.requireNonNull(support, "support must not be null");
        String sla = hours(support);
        return compare(results, support.accountsAllWithinSla(), "all cases within " + sla,
                support.accountsWithBreach(), "a case over " + sla, confidenceLevel);
    }

    /**
     * Compares accounts touched at least {@code minTouches} times in the activity period with the
     * rest of the results' accounts.
     *
     * @param results every account's result, not empty, one currency
     * @param activity the CS activity, not null
     * @param minTouches the touches that make an account "active", positive
     * @param confidenceLevel the interval's level, in (0, 1)
     * @return the comparison; nothing is excluded
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code minTouches} is not positive, or as for
     *     {@link #compare}
     */
    public static ActivityVsResults byActivityLevel(Collection<AccountResult> results, ActivityStats activity,
            long minTouches, double confidenceLevel) {
        Objects.requireNonNull(results, "results must not be null");
        Objects.requireNonNull(activity, "activity must not be null");
        if (minTouches <= 0) {
            throw new IllegalArgumentException("minTouches must be positive: " + minTouches);
        }
        Set<String> active = new HashSet<>();
        Set<String> rest = new HashSet<>();
        for (AccountResult r : results) {
            Objects.requireNonNull(r, "results must not contain null");
            (activity.touches(r.accountId()) >= minTouches ? active : rest).add(r.accountId());
        }
        return compare(results, active, minTouches + "+ touches", rest, "fewer touches", confidenceLevel);
    }

    private static String hours(SupportStats s) {
        long h = s.sla().toHours();
        return s.sla().equals(java.time.Duration.ofHours(h)) ? h + " h" : s.sla().toString();
    }

    /**
     * Returns the caveat: this is an association.
     *
     * @return {@link #CAVEAT}
     */
    public String interpretation() {
        return CAVEAT;
    }

    @Override
    public String toString() {
        return "ActivityVsResults{" + group + "; " + rest + "; excluded " + excluded + "; "
                + renewalDifference.map(Object::toString).orElse("difference undefined (an empty group)") + "; "
                + CAVEAT + "}";
    }
}
