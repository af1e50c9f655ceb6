package io.csmetrics.activity;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import io.csmetrics.outcome.CustomerGoal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the {@link ScorecardModel#standard() standard scorecard}'s signals from the existing
 * families: CS actions from {@link ActivityStats}, business results from start and end MRR (or ARR),
 * the customer's outcome from {@link CustomerGoal}. Customer actions come from the usage family's
 * accumulators (active users / seats, key features used / key features) and are passed in.
 *
 * @since 0.1.0
 */
public final class ScorecardSignals {

    private ScorecardSignals() {
    }

    /**
     * Returns the customer-action signals.
     *
     * @param activeUserShare active users / licensed seats, 0..1 (for example from
     *     {@code usage.ActiveUsers#seatUtilisation})
     * @param keyFeatureShare key features used / key features, 0..1 (from {@code usage.FeatureAdoption})
     * @return {@value ScorecardModel#ACTIVE_USER_SHARE} and {@value ScorecardModel#KEY_FEATURE_SHARE}
     * @throws IllegalArgumentException if a share is outside 0..1
     */
    public static Map<String, Double> customerActions(double activeUserShare, double keyFeatureShare) {
        checkShare(activeUserShare, "activeUserShare");
        checkShare(keyFeatureShare, "keyFeatureShare");
        return Map.of(ScorecardModel.ACTIVE_USER_SHARE, activeUserShare, ScorecardModel.KEY_FEATURE_SHARE,
                keyFeatureShare);
    }

    /**
     * Returns the CS-action signals of one account: its touches in the period, the days since its
     * last touch, and whether a QBR was held in the last {@code qbrWindowDays} days.
     *
     * <p>An account with no touch up to {@code asOf} gets, as days since the last touch, the days from
     * the period's first day to {@code asOf} plus one: a lower bound (it was not touched in the whole
     * period), never a missing signal that would drop out of the score.
     *
     * @param activity the period's activity, not null
     * @param accountId the account, not null
     * @param asOf the day the scorecard is taken, inside the period, not null
     * @param qbrWindowDays the QBR window, positive, inside the period
     * @return {@value ScorecardModel#TOUCHES}, {@value ScorecardModel#DAYS_SINCE_TOUCH} and
     *     {@value ScorecardModel#QBR_HELD}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code asOf} or the window lie outside the period
     */
    public static Map<String, Double> csActions(ActivityStats activity, String accountId, LocalDate asOf,
            int qbrWindowDays) {
        Objects.requireNonNull(activity, "activity must not be null");
        Objects.requireNonNull(accountId, "accountId must not be null");
        long days = activity.daysSinceLastTouch(accountId, asOf)
                .orElse(ChronoUnit.DAYS.between(activity.from(), asOf) + 1);
        Ratio qbr = activity.qbrCoverage(Set.of(accountId), asOf, qbrWindowDays);
        Map<String, Double> out = new LinkedHashMap<>();
        out.put(ScorecardModel.TOUCHES, (double) activity.touches(accountId));
        out.put(ScorecardModel.DAYS_SINCE_TOUCH, (double) days);
        out.put(ScorecardModel.QBR_HELD, qbr.numerator().signum() > 0 ? 1.0 : 0.0);
        return out;
    }

    /**
     * Returns the business-result signal: the account's NRR, end / start.
     *
     * @param start its MRR (or ARR) at the start, positive
     * @param end its MRR (or ARR) at the end, not negative, same currency
     * @return {@value ScorecardModel#NRR}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code start} is not positive or {@code end} negative (an
     *     account without start revenue has no NRR)
     * @throws io.csmetrics.CurrencyMismatchException if the currencies differ
     */
    public static Map<String, Double> businessResults(Money start, Money end) {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(end, "end must not be null");
        if (!start.isPositive() || end.isNegative()) {
            throw new IllegalArgumentException("NRR needs a positive start and a non-negative end: start " + start
                    + ", end " + end);
        }
        return Map.of(ScorecardModel.NRR, Ratio.of(end, start).toDouble());
    }

    /**
     * Returns the customer-outcome signal: the goal's attainment on a day.
     *
     * @param goal the customer's goal, not null
     * @param asOf the day, not null
     * @return {@value ScorecardModel#GOAL_ATTAINMENT}, or an empty map if the goal has no
     *     observation by then (the signal is then missing and drops out of the score)
     * @throws NullPointerException if an argument is null
     */
    public static Map<String, Double> customerOutcome(CustomerGoal goal, LocalDate asOf) {
        Objects.requireNonNull(goal, "goal must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        return goal.attainmentAt(asOf).map(r -> Map.of(ScorecardModel.GOAL_ATTAINMENT, r.toDouble()))
                .orElse(Map.of());
    }

    private static void checkShare(double v, String name) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be within 0..1: " + v);
        }
    }
}
