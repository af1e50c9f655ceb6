package io.csmetrics.activity;

import io.csmetrics.health.Trend;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A CSM's or a team's scorecard: the mean of its accounts' scorecards, per viewpoint and in total,
 * with the trend of the total where every account has a previous scorecard.
 *
 * <p>{@code points(v) = (1/n) Σ points(v)} over the n accounts and {@code total = (1/n) Σ total}; as
 * the mean is linear, the viewpoints' points still sum to the total (to within 1e-9).
 *
 * <p>Example: two accounts of alice with totals 60 and 80 (CS actions 20 and 30 points) give alice
 * a total of 70 with CS actions 25 points.
 *
 * @param owner the CSM or team, not null
 * @param accounts how many accounts it owns, positive
 * @param total the mean total, 0..100
 * @param points the mean points per viewpoint, copied
 * @param trend the trend of the mean total, empty unless every account has a previous scorecard
 * @param trends the trend of each viewpoint's mean points, empty unless every account has a previous
 *     scorecard; copied
 * @implSpec This record is immutable and thread-safe.
 * @since 0.1.0
 */
public record TeamScorecard(String owner, long accounts, double total, Map<Viewpoint, Double> points,
        Optional<Trend> trend, Map<Viewpoint, Trend> trends) {

    /**
     * Validates the scorecard.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code accounts} is not positive
     */
    public TeamScorecard {
        Objects.requireNonNull(owner, "owner must not be null");
        if (accounts <= 0) {
            throw new IllegalArgumentException("accounts must be positive: " + accounts);
        }
        points = Collections.unmodifiableMap(new EnumMap<>(Objects.requireNonNull(points, "points must not be null")));
        Objects.requireNonNull(trend, "trend must not be null");
        Objects.requireNonNull(trends, "trends must not be null");
        trends = trends.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(trends));
    }

    /**
     * Rolls account scorecards up per CSM.
     *
     * @param scorecards the accounts' scorecards, not null
     * @return one scorecard per CSM, sorted by CSM, unmodifiable
     * @throws NullPointerException if the collection or an element is null
     */
    public static Map<String, TeamScorecard> byCsm(Collection<AccountScorecard> scorecards) {
        return rollup(scorecards, AccountScorecard::csm);
    }

    /**
     * Rolls account scorecards up per team.
     *
     * @param scorecards the accounts' scorecards, not null
     * @return one scorecard per team, sorted by team, unmodifiable
     * @throws NullPointerException if the collection or an element is null
     */
    public static Map<String, TeamScorecard> byTeam(Collection<AccountScorecard> scorecards) {
        return rollup(scorecards, AccountScorecard::team);
    }

    private static Map<String, TeamScorecard> rollup(Collection<AccountScorecard> scorecards,
            Function<AccountScorecard, String> owner) {
        Objects.requireNonNull(scorecards, "scorecards must not be null");
        TreeMap<String, List<AccountScorecard>> groups = new TreeMap<>();
        for (AccountScorecard s : scorecards) {
            Objects.requireNonNull(s, "scorecards must not contain null");
            groups.computeIfAbsent(owner.apply(s), k -> new ArrayList<>()).add(s);
        }
        TreeMap<String, TeamScorecard> out = new TreeMap<>();
        groups.forEach((k, list) -> out.put(k, of(k, list)));
        return Collections.unmodifiableMap(out);
    }

    private static TeamScorecard of(String owner, List<AccountScorecard> list) {
        // Sorted by account so the floating-point sums do not depend on input order.
        List<AccountScorecard> sorted = new ArrayList<>(list);
        sorted.sort((a, b) -> a.accountId().compareTo(b.accountId()));
        int n = sorted.size();
        double total = 0;
        double previous = 0;
        boolean allPrevious = true;
        EnumMap<Viewpoint, Double> points = new EnumMap<>(Viewpoint.class);
        EnumMap<Viewpoint, Double> previousPoints = new EnumMap<>(Viewpoint.class);
        for (AccountScorecard s : sorted) {
            total += s.total();
            if (s.previous().isPresent()) {
                previous += s.previous().get().value();
            } else {
                allPrevious = false;
            }
            for (ViewpointScore v : s.viewpoints()) {
                points.merge(v.viewpoint(), v.points(), Double::sum);
                if (v.trend().isPresent()) {
                    previousPoints.merge(v.viewpoint(), v.points() - v.trend().get().delta(), Double::sum);
                }
            }
        }
        points.replaceAll((v, p) -> p / n);
        double tolerance = sorted.get(0).trend().map(Trend::tolerance).orElse(0.0);
        Optional<Trend> trend = allPrevious ? Optional.of(Trend.between(previous / n, total / n, tolerance))
                : Optional.empty();
        EnumMap<Viewpoint, Trend> trends = new EnumMap<>(Viewpoint.class);
        if (allPrevious) {
            previousPoints.forEach((v, p) -> trends.put(v, Trend.between(p / n, points.get(v), tolerance)));
        }
        return new TeamScorecard(owner, n, total / n, points, trend, trends);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TeamScorecard{owner=%s, accounts=%d, total=%.2f, points=%s%s}", owner,
                accounts, total, points, trend.map(t -> ", trend=" + t.direction()).orElse(""));
    }
}
