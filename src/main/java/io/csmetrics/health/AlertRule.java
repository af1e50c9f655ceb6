package io.csmetrics.health;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule that looks at one account's {@link AlertContext} and may raise an {@link Alert} with a
 * reason. The static factories give the standard rules: a key feature unused, a drop of at least
 * X points within a window, a band change, a low NPS answer, and an active manual override.
 *
 * <p>Example: {@code AlertRule.evaluate(List.of(AlertRule.keyFeatureUnused("reports"),
 * AlertRule.scoreDrop(15, Period.ofDays(30))), context)}.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface AlertRule {

    /**
     * Checks the rule.
     *
     * @param context the account's context, not null
     * @return an alert if the rule fires, else empty
     */
    Optional<Alert> check(AlertContext context);

    /**
     * Runs rules in order and collects the alerts raised.
     *
     * @param rules the rules, not null
     * @param context the account's context, not null
     * @return the alerts, in rule order, unmodifiable
     * @throws NullPointerException if an argument or rule is null
     */
    static List<Alert> evaluate(List<AlertRule> rules, AlertContext context) {
        Objects.requireNonNull(rules, "rules must not be null");
        Objects.requireNonNull(context, "context must not be null");
        List<Alert> alerts = new ArrayList<>();
        for (AlertRule r : rules) {
            Objects.requireNonNull(r, "rule must not be null").check(context).ifPresent(alerts::add);
        }
        return List.copyOf(alerts);
    }

    /**
     * Fires when a key feature's signal is 0 or missing (the seeds' alert when a key feature goes
     * unused).
     *
     * @param measure the measure name, not blank; a name the score lacks makes {@code check} throw
     *     {@code IllegalArgumentException}
     * @return the rule, named {@code key-feature-unused}
     * @throws NullPointerException if {@code measure} is null
     * @throws IllegalArgumentException if {@code measure} is blank
     */
    static AlertRule keyFeatureUnused(String measure) {
        Objects.requireNonNull(measure, "measure must not be null");
        if (measure.isBlank()) {
            throw new IllegalArgumentException("measure must not be blank");
        }
        return ctx -> {
            MeasureScore m = ctx.current().measure(measure);
            boolean unused = m.signal().isEmpty() || m.signal().getAsDouble() <= 0;
            return unused ? Optional.of(new Alert("key-feature-unused", "key feature '" + measure + "' unused"
                    + (m.missing() ? " (no data)" : ""))) : Optional.empty();
        };
    }

    /**
     * Fires when the current score is at least {@code points} below the highest score dated within
     * the window before {@code asOf} (dates {@code d} with {@code asOf − window <= d < asOf}).
     *
     * <p>Example: 80 on 06-01, 60 on 06-28 with {@code scoreDrop(15, 30 days)} fires "dropped 20.0
     * points since 2025-06-01 (80.0 → 60.0)".
     *
     * @param points the drop that fires, finite, more than 0
     * @param window how far back to look, positive, not null
     * @return the rule, named {@code score-drop}
     * @throws NullPointerException if {@code window} is null
     * @throws IllegalArgumentException if {@code points} is not positive and finite or the window
     *     is not positive
     */
    static AlertRule scoreDrop(double points, Period window) {
        if (!(points > 0) || Double.isInfinite(points)) {
            throw new IllegalArgumentException("points must be finite and more than 0: " + points);
        }
        Objects.requireNonNull(window, "window must not be null");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        return ctx -> {
            LocalDate from = ctx.asOf().minus(window);
            AlertContext.DatedScore peak = null;
            for (AlertContext.DatedScore d : ctx.previous()) {
                if (!d.date().isBefore(from) && (peak == null || d.score().value() > peak.score().value())) {
                    peak = d;
                }
            }
            if (peak == null) {
                return Optional.empty();
            }
            double drop = peak.score().value() - ctx.current().value();
            return drop >= points ? Optional.of(new Alert("score-drop", String.format(Locale.ROOT,
                    "dropped %.1f points since %s (%.1f → %.1f)", drop, peak.date(), peak.score().value(),
                    ctx.current().value()))) : Optional.empty();
        };
    }

    /**
     * Fires when the current band differs from the band of the most recent previous score.
     *
     * @return the rule, named {@code band-change}
     */
    static AlertRule bandChange() {
        return ctx -> {
            if (ctx.previous().isEmpty()) {
                return Optional.empty();
            }
            AlertContext.DatedScore last = ctx.previous().get(ctx.previous().size() - 1);
            Band before = last.score().band();
            Band now = ctx.current().band();
            return before.equals(now) ? Optional.empty() : Optional.of(new Alert("band-change",
                    "band changed from " + before.name() + " to " + now.name() + " since " + last.date()));
        };
    }

    /**
     * Fires when the latest NPS answer is at most {@code threshold} (6 marks a detractor: NPS
     * counts 0–6 as detractors).
     *
     * @param threshold the highest answer that fires, 0..10
     * @return the rule, named {@code low-nps}
     * @throws IllegalArgumentException if {@code threshold} is outside 0..10
     */
    static AlertRule lowNps(int threshold) {
        if (threshold < 0 || threshold > 10) {
            throw new IllegalArgumentException("threshold must be within 0..10: " + threshold);
        }
        return ctx -> ctx.latestNps().isPresent() && ctx.latestNps().getAsInt() <= threshold
                ? Optional.of(new Alert("low-nps", "latest NPS answer " + ctx.latestNps().getAsInt() + " (at most "
                        + threshold + ")"))
                : Optional.empty();
    }

    /**
     * Fires while a manual override is active, with the CSM's reason and the expiry date; an
     * expired override raises nothing.
     *
     * @return the rule, named {@code manual-override}
     */
    static AlertRule manualOverride() {
        return ctx -> ctx.activeOverride().map(o -> new Alert("manual-override", "set to " + o.band().name() + " until "
                + o.expiresOn() + ": " + o.reason()));
    }
}
