package io.csmetrics.outcome;

import io.csmetrics.Ratio;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A customer's own business goal — the outcome they bought the product for — and its measurements:
 * the metric, its baseline at the start, the target to reach by the deadline, and observations over
 * time.
 *
 * <p><b>Attainment.</b> {@code attainment = (actual − baseline) / (target − baseline)}: 0 at the
 * baseline, 1 at the target, above 1 past it, negative when the metric moved the wrong way. The
 * same formula is right for goals that go down (cost, handling time): baseline 10 h, target 6 h,
 * actual 7 h gives {@code (7 − 10)/(6 − 10) = 3/4}. Exact, as a {@link Ratio}.
 *
 * <p><b>Linear pacing.</b> The attainment expected at day {@code d} is
 * {@code clamp((d − start) / (deadline − start), 0, 1)} in days. A goal is on track when its latest
 * observed attainment is at least the pace expected at that observation's date (a stale
 * measurement is judged by when it was taken, not by today); see {@link #status(LocalDate)}.
 *
 * <p><b>Run rate.</b> The rate needed from the latest observed value ({@code current}, or the
 * baseline with no observation) to reach the target by the deadline is
 * {@code (target − current) / (deadline − asOf)} in metric units per day; negative for goals that go
 * down.
 *
 * <p>Example: cut support handling time from 10 h (baseline) to 6 h (target) between 2024-01-01
 * and 2024-12-31 (365 days); observed 8.5 h on 2024-04-01 (91 days in): attainment
 * {@code 1.5/4 = 0.375}, expected pace {@code 91/365 = 0.249}, so {@link GoalStatus#ON_TRACK};
 * required run rate from then {@code (6 − 8.5)/274 = −0.00912} h per day.
 *
 * <p>Equality compares every field; decimals by {@link BigDecimal#equals(Object)}, so it is
 * scale-sensitive ({@code 6} and {@code 6.0} differ) as in Joda-Money, while attainment and status
 * compare values.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class CustomerGoal implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String accountId;
    private final String metric;
    private final BigDecimal baseline;
    private final BigDecimal target;
    private final LocalDate start;
    private final LocalDate deadline;
    private final TreeMap<LocalDate, BigDecimal> observations;

    private CustomerGoal(String accountId, String metric, BigDecimal baseline, BigDecimal target, LocalDate start,
            LocalDate deadline, TreeMap<LocalDate, BigDecimal> observations) {
        this.accountId = accountId;
        this.metric = metric;
        this.baseline = baseline;
        this.target = target;
        this.start = start;
        this.deadline = deadline;
        this.observations = observations;
    }

    /**
     * Returns a goal without observations.
     *
     * @param accountId the customer's account, not blank
     * @param metric the name of the customer's metric, not blank, e.g. {@code "support hours per ticket"}
     * @param baseline the metric's value at the start, not null
     * @param target the value to reach, not null, different from {@code baseline}
     * @param start the first day of the goal, not null
     * @param deadline the day the target is due, after {@code start}
     * @return the goal
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an id is blank, {@code target} equals {@code baseline}
     *     (attainment would divide by zero), or {@code deadline} is not after {@code start}
     */
    public static CustomerGoal of(String accountId, String metric, BigDecimal baseline, BigDecimal target,
            LocalDate start, LocalDate deadline) {
        checkText(accountId, "accountId");
        checkText(metric, "metric");
        Objects.requireNonNull(baseline, "baseline must not be null");
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(deadline, "deadline must not be null");
        if (target.compareTo(baseline) == 0) {
            throw new IllegalArgumentException("target (" + target.toPlainString() + ") must differ from baseline ("
                    + baseline.toPlainString() + "): attainment (actual - baseline) / (target - baseline) is undefined");
        }
        if (!deadline.isAfter(start)) {
            throw new IllegalArgumentException("deadline (" + deadline + ") must be after start (" + start + ")");
        }
        return new CustomerGoal(accountId, metric, baseline, target, start, deadline, new TreeMap<>());
    }

    /**
     * Returns a goal with observations.
     *
     * @param accountId the customer's account, not blank
     * @param metric the metric's name, not blank
     * @param baseline the value at the start, not null
     * @param target the value to reach, different from {@code baseline}
     * @param start the first day, not null
     * @param deadline the due day, after {@code start}
     * @param observations the measurements, not null, at most one per day, none before {@code start}
     * @return the goal
     * @throws NullPointerException if an argument or observation is null
     * @throws IllegalArgumentException as for {@link #of(String, String, BigDecimal, BigDecimal,
     *     LocalDate, LocalDate)}, or if an observation is before the start or two share a day
     */
    public static CustomerGoal of(String accountId, String metric, BigDecimal baseline, BigDecimal target,
            LocalDate start, LocalDate deadline, Collection<GoalObservation> observations) {
        return of(accountId, metric, baseline, target, start, deadline).withObservations(observations);
    }

    private static void checkText(String s, String name) {
        Objects.requireNonNull(s, name + " must not be null");
        if (s.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank: '" + s + "'");
        }
    }

    /**
     * Returns a copy with one more observation.
     *
     * @param date the day, not before the start and not already observed
     * @param value the measured value, not null
     * @return the goal with the observation
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code date} is before the start or already has an observation
     */
    public CustomerGoal withObservation(LocalDate date, BigDecimal value) {
        return withObservations(List.of(GoalObservation.of(date, value)));
    }

    /**
     * Returns a copy with more observations.
     *
     * @param more the observations, not null, each on a new day not before the start
     * @return the goal with the observations; {@code this} if {@code more} is empty
     * @throws NullPointerException if {@code more} or an observation is null
     * @throws IllegalArgumentException if an observation is before the start or two share a day
     */
    public CustomerGoal withObservations(Collection<GoalObservation> more) {
        Objects.requireNonNull(more, "observations must not be null");
        if (more.isEmpty()) {
            return this;
        }
        TreeMap<LocalDate, BigDecimal> copy = new TreeMap<>(observations);
        for (GoalObservation o : more) {
            Objects.requireNonNull(o, "observation must not be null");
            if (o.date().isBefore(start)) {
                throw new IllegalArgumentException("observation date (" + o.date() + ") is before the goal's start ("
                        + start + ")");
            }
            if (copy.putIfAbsent(o.date(), o.value()) != null) {
                throw new IllegalArgumentException("two observations on " + o.date() + " for " + accountId + " " + metric);
            }
        }
        return new CustomerGoal(accountId, metric, baseline, target, start, deadline, copy);
    }

    /**
     * Returns the customer's account.
     *
     * @return the account id
     */
    public String accountId() {
        return accountId;
    }

    /**
     * Returns the name of the goal's metric.
     *
     * @return the metric name
     */
    public String metric() {
        return metric;
    }

    /**
     * Returns the metric's value at the start.
     *
     * @return the baseline
     */
    public BigDecimal baseline() {
        return baseline;
    }

    /**
     * Returns the value to reach.
     *
     * @return the target
     */
    public BigDecimal target() {
        return target;
    }

    /**
     * Returns the first day of the goal.
     *
     * @return the start
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the day the target is due.
     *
     * @return the deadline, after the start
     */
    public LocalDate deadline() {
        return deadline;
    }

    /**
     * Returns whether the goal raises or lowers its metric.
     *
     * @return {@link GoalDirection#INCREASE} if {@code target > baseline}, else {@link GoalDirection#DECREASE}
     */
    public GoalDirection direction() {
        return target.compareTo(baseline) > 0 ? GoalDirection.INCREASE : GoalDirection.DECREASE;
    }

    /**
     * Returns the observations in date order.
     *
     * @return an unmodifiable list
     */
    public List<GoalObservation> observations() {
        List<GoalObservation> list = new ArrayList<>(observations.size());
        observations.forEach((d, v) -> list.add(GoalObservation.of(d, v)));
        return Collections.unmodifiableList(list);
    }

    /**
     * Returns the latest observation on or before a date.
     *
     * @param asOf the date, not null
     * @return the observation, or empty if none was made by then
     * @throws NullPointerException if {@code asOf} is null
     */
    public Optional<GoalObservation> latestObservation(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf must not be null");
        Map.Entry<LocalDate, BigDecimal> e = observations.floorEntry(asOf);
        return e == null ? Optional.empty() : Optional.of(GoalObservation.of(e.getKey(), e.getValue()));
    }

    /**
     * Returns the attainment of a value, {@code (actual − baseline) / (target − baseline)}.
     *
     * @param actual a value of the metric, not null
     * @return the exact attainment: 0 at the baseline, 1 at the target; always defined
     * @throws NullPointerException if {@code actual} is null
     */
    public Ratio attainment(BigDecimal actual) {
        Objects.requireNonNull(actual, "actual must not be null");
        return Ratio.of(actual.subtract(baseline), target.subtract(baseline));
    }

    /**
     * Returns the attainment of the latest observation on or before a date.
     *
     * @param asOf the date, not null
     * @return the attainment, or empty if there is no observation by then
     * @throws NullPointerException if {@code asOf} is null
     */
    public Optional<Ratio> attainmentAt(LocalDate asOf) {
        return latestObservation(asOf).map(o -> attainment(o.value()));
    }

    /**
     * Returns the attainment expected at a date by linear pacing,
     * {@code clamp((date − start) / (deadline − start), 0, 1)} in days.
     *
     * @param date the date, not null
     * @return the exact expected attainment in 0..1, over the goal's length in days
     * @throws NullPointerException if {@code date} is null
     */
    public Ratio expectedAttainment(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        long total = ChronoUnit.DAYS.between(start, deadline);
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, date)));
        return Ratio.of(elapsed, total);
    }

    /**
     * Returns the status of the goal at a date: {@link GoalStatus#NO_DATA} without an observation
     * by then; {@link GoalStatus#ATTAINED} if the latest observation's attainment is at least 1;
     * else {@link GoalStatus#MISSED} if {@code asOf} is after the deadline; else
     * {@link GoalStatus#ON_TRACK} if the attainment is at least the
     * {@linkplain #expectedAttainment(LocalDate) expected pace} at the observation's date; else
     * {@link GoalStatus#BEHIND}.
     *
     * @param asOf the date, not null
     * @return the status
     * @throws NullPointerException if {@code asOf} is null
     */
    public GoalStatus status(LocalDate asOf) {
        Optional<GoalObservation> latest = latestObservation(asOf);
        if (latest.isEmpty()) {
            return GoalStatus.NO_DATA;
        }
        Ratio attained = attainment(latest.get().value());
        if (attained.compareTo(Ratio.ONE) >= 0) {
            return GoalStatus.ATTAINED;
        }
        if (asOf.isAfter(deadline)) {
            return GoalStatus.MISSED;
        }
        return attained.compareTo(expectedAttainment(latest.get().date())) >= 0 ? GoalStatus.ON_TRACK
                : GoalStatus.BEHIND;
    }

    /**
     * Returns the run rate needed to reach the target by the deadline,
     * {@code (target − current) / (deadline − asOf)} in metric units per day, where {@code current}
     * is the latest observed value on or before {@code asOf} (the baseline if none).
     *
     * @param asOf the date, not null
     * @return the exact rate per day (negative for goals that go down); undefined (zero denominator)
     *     on or after the deadline, when no time is left
     * @throws NullPointerException if {@code asOf} is null
     */
    public Ratio requiredRunRate(LocalDate asOf) {
        BigDecimal current = latestObservation(asOf).map(GoalObservation::value).orElse(baseline);
        long remaining = Math.max(0, ChronoUnit.DAYS.between(asOf, deadline));
        return Ratio.of(target.subtract(current), BigDecimal.valueOf(remaining));
    }

    /**
     * Returns the run rate achieved so far, {@code (latest − baseline) / (latest date − start)} in
     * metric units per day.
     *
     * @param asOf the date, not null
     * @return the exact rate per day, empty without an observation by {@code asOf}; undefined (zero
     *     denominator) if the latest observation is on the start day
     * @throws NullPointerException if {@code asOf} is null
     */
    public Optional<Ratio> currentRunRate(LocalDate asOf) {
        return latestObservation(asOf).map(o -> Ratio.of(o.value().subtract(baseline),
                BigDecimal.valueOf(ChronoUnit.DAYS.between(start, o.date()))));
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof CustomerGoal)) {
            return false;
        }
        CustomerGoal o = (CustomerGoal) obj;
        return accountId.equals(o.accountId) && metric.equals(o.metric) && baseline.equals(o.baseline)
                && target.equals(o.target) && start.equals(o.start) && deadline.equals(o.deadline)
                && observations.equals(o.observations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, metric, baseline, target, start, deadline, observations);
    }

    /**
     * Returns e.g. {@code CustomerGoal{ACC-1 "support hours per ticket" 10 -> 6 (DECREASE),
     * 2024-01-01..2024-12-31, 3 observations}}.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return "CustomerGoal{" + accountId + " \"" + metric + "\" " + baseline.toPlainString() + " -> "
                + target.toPlainString() + " (" + direction() + "), " + start + ".." + deadline + ", "
                + observations.size() + " observations}";
    }

    /**
     * Re-checks a deserialised CustomerGoal through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            Objects.requireNonNull(observations, "observations must not be null");
            List<GoalObservation> list = new java.util.ArrayList<>();
            observations.forEach((d, v) -> list.add(GoalObservation.of(d, v)));
            return of(accountId, metric, baseline, target, start, deadline, list);
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid CustomerGoal: " + e.getMessage())
                    .initCause(e);
        }
    }
}
