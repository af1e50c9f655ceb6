package io.csmetrics.activity;

import io.csmetrics.health.HealthScore;
import io.csmetrics.health.Trend;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One account's three-viewpoint scorecard: the total, and per viewpoint its points, lines and trend,
 * explained like a {@link HealthScore} (which it wraps: every line traces to its signal).
 *
 * <p>{@code total = Σ points} over the viewpoints {@code = Σ contribution} over the lines (to
 * within 1e-9); see {@link ScorecardModel} for how the points are weighted.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class AccountScorecard {

    private final String csm;
    private final String team;
    private final HealthScore current;
    private final Optional<HealthScore> previous;
    private final List<ViewpointScore> viewpoints;
    private final double tolerance;

    AccountScorecard(String csm, String team, HealthScore current, Optional<HealthScore> previous,
            List<ViewpointScore> viewpoints, double tolerance) {
        this.csm = csm;
        this.team = team;
        this.current = current;
        this.previous = previous;
        this.viewpoints = List.copyOf(viewpoints);
        this.tolerance = tolerance;
    }

    /**
     * Returns the account.
     *
     * @return the account's identifier
     */
    public String accountId() {
        return current.accountId();
    }

    /**
     * Returns the owning CSM.
     *
     * @return the CSM
     */
    public String csm() {
        return csm;
    }

    /**
     * Returns the owning team.
     *
     * @return the team
     */
    public String team() {
        return team;
    }

    /**
     * Returns the total, 0..100.
     *
     * @return the underlying score's value
     */
    public double total() {
        return current.value();
    }

    /**
     * Returns the trend of the total from the previous scorecard.
     *
     * @return the trend; empty without a previous scorecard
     */
    public Optional<Trend> trend() {
        return previous.map(p -> current.trendFrom(p, tolerance));
    }

    /**
     * Returns the viewpoints, in the model's order.
     *
     * @return an unmodifiable list
     */
    public List<ViewpointScore> viewpoints() {
        return viewpoints;
    }

    /**
     * Returns one viewpoint.
     *
     * @param viewpoint the viewpoint, not null
     * @return its score
     * @throws NullPointerException if {@code viewpoint} is null
     * @throws IllegalArgumentException if the model has no such viewpoint
     */
    public ViewpointScore viewpoint(Viewpoint viewpoint) {
        Objects.requireNonNull(viewpoint, "viewpoint must not be null");
        return viewpoints.stream().filter(v -> v.viewpoint() == viewpoint).findFirst().orElseThrow(
                () -> new IllegalArgumentException("the scorecard has no viewpoint " + viewpoint + ": " + viewpoints));
    }

    /**
     * Returns the underlying explained score.
     *
     * @return the current score
     */
    public HealthScore score() {
        return current;
    }

    /**
     * Returns the previous score the trends are measured from.
     *
     * @return the previous score, empty if none was given
     */
    public Optional<HealthScore> previous() {
        return previous;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "AccountScorecard{account=%s, csm=%s, team=%s, total=%.2f, %s}",
                accountId(), csm, team, total(), viewpoints);
    }
}
