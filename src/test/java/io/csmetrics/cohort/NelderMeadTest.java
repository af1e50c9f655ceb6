package io.csmetrics.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class NelderMeadTest {

    /** Rosenbrock's banana, minimum 0 at (1, 1): the classic hard valley for a simplex. */
    static double rosenbrock(double[] p) {
        return 100 * Math.pow(p[1] - p[0] * p[0], 2) + Math.pow(1 - p[0], 2);
    }

    @Test
    void findsRosenbrocksMinimum() {
        NelderMead.Result r = NelderMead.minimize(NelderMeadTest::rosenbrock, new double[] {-1.2, 1},
                new double[] {0.1, 0.1}, 1e-15, 1e-30, 10_000);
        assertThat(r.converged()).isTrue();
        assertThat(r.point()[0]).isCloseTo(1, within(1e-6));
        assertThat(r.point()[1]).isCloseTo(1, within(1e-6));
        assertThat(r.value()).isCloseTo(0, within(1e-12)).isEqualTo(rosenbrock(r.point()));
        assertThat(r.evaluations()).isBetween(3, 10_000);
    }

    @Test
    void oneAndThreeDimensions() {
        NelderMead.Result one = NelderMead.minimize(p -> (p[0] - 3) * (p[0] - 3) + 2, new double[] {0},
                new double[] {1}, 1e-15, 1e-15, 1000);
        assertThat(one.point()[0]).isCloseTo(3, within(1e-6));
        assertThat(one.value()).isCloseTo(2, within(1e-12));
        NelderMead.Result three = NelderMead.minimize(
                p -> Math.pow(p[0] - 1, 2) + 2 * Math.pow(p[1] + 2, 2) + 3 * Math.pow(p[2] - 0.5, 2),
                new double[] {0, 0, 0}, new double[] {0.5, 0.5, 0.5}, 1e-15, 1e-20, 10_000);
        assertThat(three.converged()).isTrue();
        assertThat(three.point()).containsExactly(new double[] {1, -2, 0.5}, within(1e-6));
    }

    @Test
    void nanCountsAsInfinityAndKeepsTheSimplexInTheDomain() {
        // ln-barrier: undefined (NaN) for x <= 0; the minimum of x - ln x is at x = 1.
        NelderMead.Result r = NelderMead.minimize(p -> p[0] - Math.log(p[0]) + p[1] * p[1], new double[] {0.2, 1},
                new double[] {1, 1}, 1e-15, 1e-15, 10_000);
        assertThat(r.converged()).isTrue();
        assertThat(r.point()[0]).isCloseTo(1, within(1e-6));
        assertThat(r.value()).isCloseTo(1, within(1e-12));
    }

    @Test
    void reportsWhenTheLimitComesFirst() {
        NelderMead.Result r = NelderMead.minimize(NelderMeadTest::rosenbrock, new double[] {-1.2, 1},
                new double[] {0.1, 0.1}, 0, 0, 20);
        assertThat(r.converged()).isFalse();
        assertThat(r.evaluations()).isBetween(20, 25);
        assertThat(r.value()).isEqualTo(rosenbrock(r.point())).isLessThan(rosenbrock(new double[] {-1.2, 1}));
    }

    @Test
    void badArguments() {
        assertThatThrownBy(() -> NelderMead.minimize(p -> 0, new double[0], new double[0], 1e-9, 1e-9, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same, positive length");
        assertThatThrownBy(() -> NelderMead.minimize(p -> 0, new double[2], new double[1], 1e-9, 1e-9, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start (2) and steps (1)");
        assertThatThrownBy(() -> NelderMead.minimize(p -> 0, new double[2], new double[] {1, 0}, 1e-9, 1e-9, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("steps[1] must be finite and non-zero: 0.0");
    }

    /** 300 tries: more than the 6 × 6 × 6 combined edge cases of the three ranges, so all are tried. */
    @Property(tries = 300)
    void findsTheCentreOfAnyConvexQuadratic(@ForAll @DoubleRange(min = -50, max = 50) double cx,
            @ForAll @DoubleRange(min = -50, max = 50) double cy, @ForAll @DoubleRange(min = 0.1, max = 10) double scale) {
        NelderMead.Result r = NelderMead.minimize(
                p -> scale * Math.pow(p[0] - cx, 2) + Math.pow(p[1] - cy, 2) + 0.5 * (p[0] - cx) * (p[1] - cy),
                new double[] {0, 0}, new double[] {1, 1}, 1e-15, 1e-20, 20_000);
        assertThat(r.converged()).isTrue();
        assertThat(r.point()[0]).isCloseTo(cx, within(1e-5));
        assertThat(r.point()[1]).isCloseTo(cy, within(1e-5));
    }
}
