package io.csmetrics.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Issue 14: the health result records refuse NaN, infinities and out-of-range parts. */
class ResultRecordsRejectNanTest {

    @Test
    void measureScoreRejectsNanAndOutOfRangeScores() {
        assertThat(new MeasureScore("logins", "", OptionalDouble.of(3), 60, 0.5, 30, false).score()).isEqualTo(60);
        assertThatThrownBy(() -> new MeasureScore("logins", "", OptionalDouble.empty(), Double.NaN, 0.5, 30, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score of logins").hasMessageContaining("NaN");
        assertThatThrownBy(() -> new MeasureScore("logins", "", OptionalDouble.empty(), 100.5, 0.5, 30, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100.5");
        assertThatThrownBy(() -> new MeasureScore("logins", "", OptionalDouble.of(Double.NaN), 50, 0.5, 25, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signal of logins");
        assertThatThrownBy(() -> new MeasureScore("logins", "", OptionalDouble.empty(), 50, Double.POSITIVE_INFINITY, 25,
                false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight (Infinity)");
        assertThatThrownBy(() -> new MeasureScore("logins", "", OptionalDouble.empty(), 50, 0.5, Double.NaN, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contribution (NaN)");
    }

    @Test
    void modelEvaluationAndItsBinsRejectNan() {
        ModelEvaluation.CalibrationBin bin = new ModelEvaluation.CalibrationBin(1, 3, 0.4, 2.0 / 3);
        assertThat(new ModelEvaluation(0.5, 0.38, 3, 2, List.of(bin)).calibration()).containsExactly(bin);
        assertThatThrownBy(() -> new ModelEvaluation(Double.NaN, 0.38, 3, 2, List.of(bin)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("auc (NaN)");
        assertThatThrownBy(() -> new ModelEvaluation(0.5, 1.5, 3, 2, List.of(bin)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("brier (1.5)");
        assertThatThrownBy(() -> new ModelEvaluation(0.5, 0.38, 3, 4, List.of(bin)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("renewed (4)");
        assertThatThrownBy(() -> new ModelEvaluation.CalibrationBin(1, 3, Double.NaN, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meanPredicted (NaN)");
        assertThatThrownBy(() -> new ModelEvaluation.CalibrationBin(1, 3, 0.5, Double.NEGATIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("observedRenewal (-Infinity)");
        assertThatThrownBy(() -> new ModelEvaluation.CalibrationBin(11, 3, 0.5, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decile must be in 1..10: 11");
        assertThatThrownBy(() -> new ModelEvaluation.CalibrationBin(1, -1, 0.5, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accounts must not be negative: -1");
    }
}
