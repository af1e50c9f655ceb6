package io.csmetrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.ModelFitException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14: the hostile inputs HostileInputTest found in this package get named errors or finite results. */
class HostileInputRegressionTest {

    private static final BgNbd BG = BgNbd.of(0.5, 0.5, 0.5, 0.5);
    private static final ParetoNbd PARETO = ParetoNbd.of(0.5, 0.5, 0.5, 0.5);

    @Test
    void nullListsAndElementsAreNamed() {
        assertThatThrownBy(() -> new ClvFit<>(BG, null, List.of(), List.of(), 0, 1, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("parameterNames must not be null");
        assertThatThrownBy(() -> new ClvFit<>(BG, List.of(), Arrays.asList((Double) null), List.of(), 0, 1, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("estimates[0] must not be null");
        ClvFit<BgNbd> fit = new ClvFit<>(BG, List.of("r"), List.of(0.5), List.of(0.1), 0, 1, 1);
        assertThatThrownBy(() -> fit.estimate(null)).isInstanceOf(NullPointerException.class).hasMessage("name must not be null");
        assertThatThrownBy(() -> CoxModel.Subject.of(1, true, (double[]) null))
                .isInstanceOf(NullPointerException.class).hasMessage("covariates must not be null");
        assertThatThrownBy(() -> CoxModel.fit(Arrays.asList((String) null), List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("names[0] must not be null");
        assertThatThrownBy(() -> new CalibrationHoldout(Arrays.asList((CalibrationHoldout.Row) null), 1))
                .isInstanceOf(NullPointerException.class).hasMessage("rows[0] must not be null");
        assertThatThrownBy(() -> BG.probabilityAlive((CustomerRfm) null))
                .isInstanceOf(NullPointerException.class).hasMessage("customer must not be null");
    }

    @Test
    void resultRecordsRefuseNonFiniteNumbers() {
        assertThatThrownBy(() -> new CoxModel.Fit(List.of(), List.of(), List.of(), Double.NaN, 0, 1, 1,
                CoxModel.Ties.EFRON, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("logLikelihood");
        assertThatThrownBy(() -> new LogRank.Result(List.of(), List.of(), List.of(), List.of(), Double.POSITIVE_INFINITY,
                1, 0.5, 0, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chiSquare");
        assertThatThrownBy(() -> new CalibrationHoldout.Row(1, false, 1, Double.NaN, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("actual");
    }

    @Test
    void coxFitAccessorsNameTheIndexRange() {
        CoxModel.Fit fit = new CoxModel.Fit(List.of("x"), List.of(0.5), List.of(0.2), -1, -2, 3, 2, CoxModel.Ties.EFRON, 4);
        assertThatThrownBy(() -> fit.hazardRatio(1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("i (1) must be in [0, 1)");
        assertThatThrownBy(() -> fit.hazardRatioInterval(-1, 0.95)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("i (-1)");
    }

    @Test
    void bgNbdLogLikelihoodStaysFiniteFarBeyondTheLastPurchase() {
        assertThat(BG.logLikelihood(1, 0.5, 1e300)).isFinite();
        // and is the limit of the moderate-T values: only the dropped-out term remains as T grows
        assertThat(BG.logLikelihood(1, 0.5, 1e300)).isCloseTo(BG.logLikelihood(1, 0.5, 1e12),
                org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void probabilityOfPurchasesBoundsN() {
        assertThatThrownBy(() -> BG.probabilityOfPurchases(Integer.MAX_VALUE, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("n must be at most 10000: 2147483647");
        assertThatThrownBy(() -> PARETO.probabilityOfPurchases(RepeatPurchaseModel.MAX_PURCHASES + 1, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("n must be at most");
    }

    @Test
    void aSingleDistinctHistoryIsRefusedQuickly() {
        assertThatThrownBy(() -> ParetoNbd.fit(new int[] {1, 1}, new double[] {0.5, 0.5}, new double[] {0.5, 0.5}))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("same history");
    }
}
