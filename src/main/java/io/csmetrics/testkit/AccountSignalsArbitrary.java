package io.csmetrics.testkit;

import io.csmetrics.health.AccountSignals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates health-model inputs, {@link AccountSignals}: an account {@code "ACC-1"} to
 * {@code "ACC-999"} with one finite value per configured signal, at two decimals.
 *
 * <p>Default signals (the names the bundled sample uses): {@code seat_use} 0–100,
 * {@code logins_trend} −1–1, {@code nps} 0–10, {@code tickets} 0–20; no segment; none missing.
 * {@link #signal(String, double, double)} adds or replaces one, {@link #withMissing(double)} leaves
 * signals out at random (a health model must then apply its missing-signal policy), and
 * {@link #segments(String...)} draws a segment. A failing property shrinks each value towards zero
 * (or the bound nearest zero).
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class AccountSignalsArbitrary extends ArbitraryDecorator<AccountSignals> {

    private final Map<String, double[]> ranges;
    private final double missing;
    private final List<String> segments;

    AccountSignalsArbitrary() {
        this(defaults(), 0, List.of(""));
    }

    private AccountSignalsArbitrary(Map<String, double[]> ranges, double missing, List<String> segments) {
        this.ranges = ranges;
        this.missing = missing;
        this.segments = segments;
    }

    private static Map<String, double[]> defaults() {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("seat_use", new double[] {0, 100});
        m.put("logins_trend", new double[] {-1, 1});
        m.put("nps", new double[] {0, 10});
        m.put("tickets", new double[] {0, 20});
        return m;
    }

    /**
     * Returns an arbitrary with the signal {@code name} drawn in {@code [min, max]}, added after
     * the others or replacing a signal of that name.
     *
     * @param name the measure name, not blank
     * @param min the smallest value, finite
     * @param max the largest value, finite, not below {@code min}
     * @return the reconfigured arbitrary
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank, a bound is not finite, or {@code min > max}
     */
    public AccountSignalsArbitrary signal(String name, double min, double max) {
        Objects.requireNonNull(name, "name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank: '" + name + "'");
        }
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
            throw new IllegalArgumentException("range of signal '" + name + "' (valid: finite, min <= max): [" + min
                    + ", " + max + "]");
        }
        Map<String, double[]> copy = new LinkedHashMap<>(ranges);
        copy.put(name, new double[] {min, max});
        return new AccountSignalsArbitrary(copy, missing, segments);
    }

    /**
     * Returns an arbitrary with only the named signals, in that order, each keeping its range.
     *
     * @param names the signals to keep, each already configured
     * @return the reconfigured arbitrary
     * @throws NullPointerException if the array or a name is null
     * @throws IllegalArgumentException if a name is not configured
     */
    public AccountSignalsArbitrary only(String... names) {
        Objects.requireNonNull(names, "names must not be null");
        Map<String, double[]> copy = new LinkedHashMap<>();
        for (String n : names) {
            double[] r = ranges.get(Objects.requireNonNull(n, "names must not contain null"));
            if (r == null) {
                throw new IllegalArgumentException("signal '" + n + "' is not configured (configured: "
                        + ranges.keySet() + ")");
            }
            copy.put(n, r);
        }
        return new AccountSignalsArbitrary(copy, missing, segments);
    }

    /**
     * Returns an arbitrary that leaves each signal out with the given probability.
     *
     * @param probability the chance that a signal is missing, 0 to 1
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException if {@code probability} is outside 0..1
     */
    public AccountSignalsArbitrary withMissing(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability (valid values 0 - 1): " + probability);
        }
        return new AccountSignalsArbitrary(ranges, probability, segments);
    }

    /**
     * Returns an arbitrary whose accounts are in one of the given segments.
     *
     * @param names the segments, at least one, not null ({@code ""} for none); the first is the shrink target
     * @return the reconfigured arbitrary
     * @throws NullPointerException if the array or a name is null
     * @throws IllegalArgumentException if no segment is given
     */
    public AccountSignalsArbitrary segments(String... names) {
        Objects.requireNonNull(names, "names must not be null");
        if (names.length == 0) {
            throw new IllegalArgumentException("segments must not be empty");
        }
        for (String n : names) {
            Objects.requireNonNull(n, "names must not contain null");
        }
        return new AccountSignalsArbitrary(ranges, missing, List.of(names));
    }

    /**
     * Returns the underlying arbitrary.
     *
     * @return the arbitrary of signals
     */
    @Override
    protected Arbitrary<AccountSignals> arbitrary() {
        List<String> names = new ArrayList<>(ranges.keySet());
        List<Arbitrary<Double>> values = new ArrayList<>();
        for (String n : names) {
            double[] r = ranges.get(n);
            Arbitrary<Double> v = Arbitraries.doubles().between(r[0], r[1]).ofScale(2);
            values.add(missing > 0 ? v.injectNull(missing) : v);
        }
        Arbitrary<Map<String, Double>> signals = values.isEmpty() ? Arbitraries.just(Map.of())
                : Combinators.combine(values).as(drawn -> {
            Map<String, Double> m = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                if (drawn.get(i) != null) {
                    m.put(names.get(i), drawn.get(i));
                }
            }
            return m;
        });
        Arbitrary<String> ids = Days.ids("ACC-", 999);
        return Combinators.combine(ids, Arbitraries.of(segments), signals).as(AccountSignals::new);
    }
}
