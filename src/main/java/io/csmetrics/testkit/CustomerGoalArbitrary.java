package io.csmetrics.testkit;

import io.csmetrics.outcome.CustomerGoal;
import io.csmetrics.outcome.GoalDirection;
import io.csmetrics.outcome.GoalObservation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates {@link CustomerGoal}s: account {@code "ACC-1"} to {@code "ACC-999"}, metric
 * {@code "weekly active users"} (increase) or {@code "support hours per ticket"} (decrease), a
 * baseline of 0.0 to 1000.0 and a target 0.1 to 500.0 above it (increase) or below it (decrease),
 * a start in 2024, a deadline 1 to 365 days later and 0 to 6 observations on distinct days from
 * the start, at values between baseline and target ± 50 %.
 *
 * <p>{@link #direction(GoalDirection)} fixes the direction. A failing property shrinks to the
 * smallest baseline and gap, the shortest goal and no observations.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class CustomerGoalArbitrary extends ArbitraryDecorator<CustomerGoal> {

    private final List<GoalDirection> directions;

    CustomerGoalArbitrary() {
        this(List.of(GoalDirection.INCREASE, GoalDirection.DECREASE));
    }

    private CustomerGoalArbitrary(List<GoalDirection> directions) {
        this.directions = directions;
    }

    /**
     * Returns an arbitrary of goals in one direction only.
     *
     * @param direction the direction, not null
     * @return the reconfigured arbitrary
     * @throws NullPointerException if {@code direction} is null
     */
    public CustomerGoalArbitrary direction(GoalDirection direction) {
        return new CustomerGoalArbitrary(List.of(Objects.requireNonNull(direction, "direction must not be null")));
    }

    private record Shape(GoalDirection direction, BigDecimal baseline, BigDecimal gap) { }

    /**
     * Returns the underlying arbitrary.
     *
     * @return the arbitrary of goals
     */
    @Override
    protected Arbitrary<CustomerGoal> arbitrary() {
        Arbitrary<Shape> shapes = Combinators.combine(Arbitraries.of(directions),
                Arbitraries.integers().between(0, 10_000).map(i -> BigDecimal.valueOf(i, 1)),
                Arbitraries.integers().between(1, 5_000).map(i -> BigDecimal.valueOf(i, 1))).as(Shape::new);
        Arbitrary<Integer> lengths = Arbitraries.integers().between(1, 365);
        Arbitrary<List<int[]>> observations = Combinators.combine(Arbitraries.integers().between(0, 365),
                Arbitraries.integers().between(0, 200)).as((day, percent) -> new int[] {day, percent})
                .list().ofMaxSize(6);
        return Combinators.combine(Days.ids("ACC-", 999), shapes, Days.between(LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31)), lengths, observations).as((id, shape, start, length, obs) -> {
                    boolean up = shape.direction() == GoalDirection.INCREASE;
                    BigDecimal target = up ? shape.baseline().add(shape.gap()) : shape.baseline().subtract(shape.gap());
                    String metric = up ? "weekly active users" : "support hours per ticket";
                    // Values run from 50 % before the baseline to 50 % past the target; days fold into the goal.
                    TreeMap<LocalDate, BigDecimal> byDay = new TreeMap<>();
                    for (int[] o : obs) {
                        BigDecimal share = BigDecimal.valueOf(o[1] - 50L, 2);
                        BigDecimal value = shape.baseline().add(target.subtract(shape.baseline()).multiply(share));
                        byDay.putIfAbsent(start.plusDays(o[0] % (length + 1)), value);
                    }
                    List<GoalObservation> list = new ArrayList<>();
                    byDay.forEach((d, v) -> list.add(GoalObservation.of(d, v)));
                    return CustomerGoal.of(id, metric, shape.baseline(), target, start, start.plusDays(length), list);
                });
    }
}
