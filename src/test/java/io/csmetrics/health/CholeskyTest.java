package io.csmetrics.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CholeskyTest {

    /** The textbook example (e.g. Wikipedia, "Cholesky decomposition"): A = L·Lᵀ with integer L. */
    static final double[][] A = {{4, 12, -16}, {12, 37, -43}, {-16, -43, 98}};

    @Test
    void factorsTheTextbookMatrix() {
        Cholesky c = Cholesky.of(A, 1e-12, 1e-14);
        assertThat(c.lower()).isDeepEqualTo(new double[][] {{2, 0, 0}, {6, 1, 0}, {-8, 5, 3}});
        // A·x = b with x = (1, 2, 3): b = (4 + 24 − 48, 12 + 74 − 129, −16 − 86 + 294).
        assertThat(c.solve(new double[] {-20, -43, 192})).containsExactly(new double[] {1, 2, 3}, within(1e-12));
        // The factor is a copy.
        c.lower()[0][0] = 99;
        assertThat(c.lower()[0][0]).isEqualTo(2);
    }

    @Test
    void rejectsWhatIsNotSymmetricPositiveDefinite() {
        assertThatThrownBy(() -> Cholesky.of(new double[][] {{1, 2}, {2, 1}}, 1e-12, 1e-14))
                .isInstanceOf(Cholesky.NotPositiveDefiniteException.class)
                .hasMessageContaining("not positive definite: pivot 1 is -3.0");
        assertThatThrownBy(() -> Cholesky.of(new double[][] {{1, 2}, {2.1, 5}}, 1e-12, 1e-14))
                .isInstanceOf(Cholesky.NotPositiveDefiniteException.class)
                .hasMessageContaining("not symmetric: a[1][0] = 2.1, a[0][1] = 2.0");
        assertThatThrownBy(() -> Cholesky.of(new double[][] {{0, 0}, {0, 1}}, 1e-12, 1e-14))
                .isInstanceOf(Cholesky.NotPositiveDefiniteException.class).hasMessageContaining("pivot 0 is 0.0");
        assertThatThrownBy(() -> Cholesky.of(new double[][] {{Double.NaN}}, 1e-12, 1e-14))
                .isInstanceOf(Cholesky.NotPositiveDefiniteException.class);
        assertThatThrownBy(() -> Cholesky.of(new double[0][], 1e-12, 1e-14))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> Cholesky.of(new double[][] {{1, 0}, {0}}, 1e-12, 1e-14))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1 has 1 columns, not 2");
        assertThatThrownBy(() -> Cholesky.of(A, 1e-12, 1e-14).solve(new double[2]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b must have 3 elements: 2");
    }

    /** A = MᵀM + I is symmetric positive definite; solving A·x = A·x₀ gives back x₀. */
    @Property(tries = 200)
    void solvesRandomSpdSystems(@ForAll @IntRange(min = 1, max = 8) int n, @ForAll long seed) {
        Random random = new Random(seed);
        double[][] m = new double[n][n];
        for (double[] row : m) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    a[i][j] += m[k][i] * m[k][j];
                }
            }
            a[i][i] += 1;
        }
        double[] x0 = new double[n];
        for (int i = 0; i < n; i++) {
            x0[i] = random.nextGaussian();
        }
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i] += a[i][j] * x0[j];
            }
        }
        double[][] l = Cholesky.of(a, 1e-12, 1e-14).lower();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double llt = 0;
                for (int k = 0; k < n; k++) {
                    llt += l[i][k] * l[j][k];
                }
                assertThat(llt).isCloseTo(a[i][j], within(1e-9 * (1 + Math.abs(a[i][j]))));
                if (j > i) {
                    assertThat(l[i][j]).isZero();
                }
            }
        }
        assertThat(Cholesky.of(a, 1e-12, 1e-14).solve(b)).containsExactly(x0, within(1e-8));
    }
}
