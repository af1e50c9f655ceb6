package io.csmetrics.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.UndefinedMetricException;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ModelEvaluationTest {

    @Test
    void javadocExample() {
        ModelEvaluation e = ModelEvaluation.of(new double[] {90, 80, 30}, new boolean[] {true, false, true});
        assertThat(e.auc()).isEqualTo(0.5);
        assertThat(e.brier()).isCloseTo(0.38, within(1e-12));
        assertThat(e.accounts()).isEqualTo(3);
        assertThat(e.renewed()).isEqualTo(2);
    }

    @Test
    void tiesCountOneHalf() {
        // Mann–Whitney U with ties: a tied renewed/churned pair counts 1/2. Pairs: (50,50) = 1/2, (70,50) = 1.
        ModelEvaluation e = ModelEvaluation.of(new double[] {50, 70, 50}, new boolean[] {true, true, false});
        assertThat(e.auc()).isCloseTo(0.75, within(1e-12));
    }

    @Property
    void aucEqualsTheBruteForcePairCount(@ForAll @IntRange(min = 2, max = 60) int n, @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] s = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            s[i] = random.nextInt(6) * 20;
            y[i] = i == 0 || (i != 1 && random.nextBoolean());
        }
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (y[i] && !y[j]) {
                    pairs++;
                    wins += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
                }
            }
        }
        assertThat(ModelEvaluation.of(s, y).auc()).isCloseTo(wins / pairs, within(1e-12));
    }

    @Test
    void calibrationDecilesHaveEqualSizes() {
        int n = 100;
        double[] s = new double[n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            s[i] = i;
            y[i] = i % 3 != 0;
        }
        ModelEvaluation e = ModelEvaluation.of(s, y);
        assertThat(e.calibration()).hasSize(10);
        assertThat(e.calibration().get(0).accounts()).isEqualTo(10);
        assertThat(e.calibration().get(0).meanPredicted()).isCloseTo(0.045, within(1e-12));
        assertThat(e.calibration().get(0).observedRenewal()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> ModelEvaluation.of(new double[] {1, 2}, new boolean[] {true, true}))
                .isInstanceOf(UndefinedMetricException.class).hasMessageContaining("both renewed and churned");
        assertThatThrownBy(() -> ModelEvaluation.of(new double[] {1, 200}, new boolean[] {true, false}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scores[1]");
        assertThatThrownBy(() -> ModelEvaluation.of(new double[] {1}, new boolean[] {true, false}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("renewed has 2");
    }
}
