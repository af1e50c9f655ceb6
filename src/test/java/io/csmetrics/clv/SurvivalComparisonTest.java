package io.csmetrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.ModelFitException;
import io.csmetrics.cohort.Lifetime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link LogRank} and {@link CoxModel} against R's {@code survival} package on its {@code aml} data. */
class SurvivalComparisonTest {

    /**
     * R {@code survival::aml} (Miller 1981, Survival Analysis, p. 49; 23 patients, weeks to relapse,
     * {@code +} censored). Maintained: 9, 13, 13+, 18, 23, 28+, 31, 34, 45+, 48, 161+.
     * Nonmaintained: 5, 5, 8, 8, 12, 16+, 23, 27, 30, 33, 43, 45. R's copy records the relapse at 30
     * weeks as an event (status 1), so the Nonmaintained group has 11 events; some retypings, and
     * {@code KaplanMeierTest}, have 30+ from Miller's table. R's published results below are for R's copy.
     */
    static final List<Lifetime> MAINTAINED = List.of(Lifetime.churnedAt(9), Lifetime.churnedAt(13),
            Lifetime.censoredAt(13), Lifetime.churnedAt(18), Lifetime.churnedAt(23), Lifetime.censoredAt(28),
            Lifetime.churnedAt(31), Lifetime.churnedAt(34), Lifetime.censoredAt(45), Lifetime.churnedAt(48),
            Lifetime.censoredAt(161));
    static final List<Lifetime> NONMAINTAINED = List.of(Lifetime.churnedAt(5), Lifetime.churnedAt(5),
            Lifetime.churnedAt(8), Lifetime.churnedAt(8), Lifetime.churnedAt(12), Lifetime.censoredAt(16),
            Lifetime.churnedAt(23), Lifetime.churnedAt(27), Lifetime.churnedAt(30), Lifetime.churnedAt(33),
            Lifetime.churnedAt(43), Lifetime.churnedAt(45));

    static Map<String, List<Lifetime>> aml() {
        Map<String, List<Lifetime>> groups = new LinkedHashMap<>();
        groups.put("Maintained", MAINTAINED);
        groups.put("Nonmaintained", NONMAINTAINED);
        return groups;
    }

    static List<CoxModel.Subject> amlSubjects() {
        List<CoxModel.Subject> list = new ArrayList<>();
        MAINTAINED.forEach(l -> list.add(CoxModel.Subject.of(l.time(), l.churned(), 0)));
        NONMAINTAINED.forEach(l -> list.add(CoxModel.Subject.of(l.time(), l.churned(), 1)));
        return list;
    }

    @Test
    void logRankReproducesRSurvdiffOnAml() {
        // R 4.x: survdiff(Surv(time, status) ~ x, data = aml):
        // Maintained N 11 O 7 E 10.69; Nonmaintained N 12 O 11 E 7.31; Chisq = 3.4 on 1 df, p = 0.07
        // (more digits: 3.39638, p = 0.0653).
        LogRank.Result r = LogRank.test(aml());
        assertThat(r.observed()).containsExactly(7.0, 11.0);
        assertThat(r.expected().get(0)).isCloseTo(10.69, within(0.005));
        assertThat(r.expected().get(1)).isCloseTo(7.31, within(0.005));
        assertThat(r.expected().get(0) + r.expected().get(1)).isCloseTo(18.0, within(1e-12));
        assertThat(r.chiSquare()).isCloseTo(3.39638, within(1e-5));
        assertThat(r.degreesOfFreedom()).isEqualTo(1);
        assertThat(r.pValue()).isCloseTo(0.0653, within(5e-5));
        assertThat(r.atRisk()).containsExactly(11L, 12L);
        assertThat(r.toString()).startsWith("LogRank{Chisq=3.396 on 1 df");
    }

    @Test
    void weightedTestReducesToLogRankAndIsAnInvariantOfGroupOrder() {
        LogRank.Result unweighted = LogRank.test(aml(), 0, 0);
        assertThat(unweighted.chiSquare()).isEqualTo(LogRank.test(aml()).chiSquare());
        Map<String, List<Lifetime>> swapped = new LinkedHashMap<>();
        swapped.put("Nonmaintained", NONMAINTAINED);
        swapped.put("Maintained", MAINTAINED);
        assertThat(LogRank.test(swapped, 1, 0).chiSquare()).isCloseTo(LogRank.test(aml(), 1, 0).chiSquare(), within(1e-12));
    }

    @Test
    void petoWeightsByHandOnATinyExample() {
        // A: deaths at 1 and 3; B: death at 2, censored at 4. Pooled S before 1, 2, 3: 1, 3/4, 3/4·2/3 = 1/2.
        // With ρ = 1: O_A = 1 + 0.5 = 1.5; E_A = 1·2/4 + 0.75·1/3 + 0.5·1/2 = 1.0; V_AA = Σ w² d(n−d)/(n−1)·p(1−p)
        // = 1·(3/3)·(1/2)(1/2) + 0.5625·(2/2)·(1/3)(2/3) + 0.25·(1/1)·(1/2)(1/2) = 0.25 + 0.125 + 0.0625.
        Map<String, List<Lifetime>> groups = new LinkedHashMap<>();
        groups.put("A", List.of(Lifetime.churnedAt(1), Lifetime.churnedAt(3)));
        groups.put("B", List.of(Lifetime.churnedAt(2), Lifetime.censoredAt(4)));
        LogRank.Result r = LogRank.test(groups, 1, 0);
        assertThat(r.observed().get(0)).isCloseTo(1.5, within(1e-12));
        assertThat(r.expected().get(0)).isCloseTo(1.0, within(1e-12));
        assertThat(r.chiSquare()).isCloseTo(0.25 / 0.4375, within(1e-12));
    }

    @Test
    void threeGroupsHaveTwoDegreesOfFreedom() {
        Map<String, List<Lifetime>> groups = aml();
        groups.put("Other", List.of(Lifetime.churnedAt(7), Lifetime.churnedAt(20), Lifetime.censoredAt(40)));
        LogRank.Result r = LogRank.test(groups);
        assertThat(r.degreesOfFreedom()).isEqualTo(2);
        assertThat(r.observed().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(r.expected().stream().mapToDouble(Double::doubleValue).sum(), within(1e-9));
        assertThat(r.pValue()).isBetween(0.0, 1.0);
    }

    @Test
    void coxReproducesRCoxphOnAml() {
        // R 4.x: coxph(Surv(time, status) ~ x, data = aml) (Efron): xNonmaintained coef 0.9155,
        // exp(coef) 2.4981, se(coef) 0.5119, z 1.788, p 0.0737.
        CoxModel.Fit fit = CoxModel.fit(List.of("Nonmaintained"), amlSubjects());
        assertThat(fit.coefficients().get(0)).isCloseTo(0.9155, within(0.00005));
        assertThat(fit.standardErrors().get(0)).isCloseTo(0.5119, within(0.00005));
        assertThat(fit.hazardRatio(0)).isCloseTo(2.498, within(0.0005));
        assertThat(fit.z(0)).isCloseTo(1.788, within(0.0005));
        assertThat(fit.pValue(0)).isCloseTo(0.0737, within(0.00005));
        double[] ci = fit.hazardRatioInterval(0, 0.95);
        assertThat(ci[0]).isCloseTo(Math.exp(0.9155 - 1.959964 * 0.5119), within(0.001));
        assertThat(ci[1]).isCloseTo(Math.exp(0.9155 + 1.959964 * 0.5119), within(0.01));
        assertThat(fit.events()).isEqualTo(18);
        assertThat(fit.likelihoodRatio()).isPositive();
        assertThat(fit.toString()).contains("Nonmaintained: coef=0.9155");
    }

    @Test
    void efronAndBreslowAgreeWithoutTiesAndScoreTestMatchesLogRank() {
        List<CoxModel.Subject> distinct = List.of(CoxModel.Subject.of(1, true, 0), CoxModel.Subject.of(2, true, 1),
                CoxModel.Subject.of(3, false, 0), CoxModel.Subject.of(4, true, 1), CoxModel.Subject.of(5, true, 0),
                CoxModel.Subject.of(6, true, 1), CoxModel.Subject.of(7, false, 1));
        CoxModel.Fit efron = CoxModel.fit(List.of("g"), distinct, CoxModel.Ties.EFRON);
        CoxModel.Fit breslow = CoxModel.fit(List.of("g"), distinct, CoxModel.Ties.BRESLOW);
        assertThat(efron.coefficients().get(0)).isCloseTo(breslow.coefficients().get(0), within(1e-12));
        // Breslow with ties: a different, smaller-in-magnitude estimate on aml.
        CoxModel.Fit amlBreslow = CoxModel.fit(List.of("Nonmaintained"), amlSubjects(), CoxModel.Ties.BRESLOW);
        assertThat(Math.abs(amlBreslow.coefficients().get(0))).isLessThan(0.9155);
    }

    @Test
    void badInputAndUnidentifiableModels() {
        assertThatThrownBy(() -> LogRank.test(Map.of("A", MAINTAINED))).hasMessage("groups must hold at least 2 groups: 1");
        Map<String, List<Lifetime>> empty = new LinkedHashMap<>(aml());
        empty.put("C", List.of());
        assertThatThrownBy(() -> LogRank.test(empty)).hasMessage("group C must not be empty");
        Map<String, List<Lifetime>> censored = new LinkedHashMap<>();
        censored.put("A", List.of(Lifetime.censoredAt(1)));
        censored.put("B", List.of(Lifetime.censoredAt(2)));
        assertThatThrownBy(() -> LogRank.test(censored)).hasMessageContaining("no event occurred");
        assertThatThrownBy(() -> LogRank.test(aml(), -1, 0)).hasMessageContaining("rho (-1.0)");
        assertThatThrownBy(() -> CoxModel.fit(List.of("a"), List.of())).hasMessage("subjects must not be empty");
        assertThatThrownBy(() -> CoxModel.fit(List.of("a", "b"), amlSubjects())).hasMessageContaining("has 1 covariates");
        assertThatThrownBy(() -> CoxModel.Subject.of(-1, true, 1)).hasMessage("time must be finite and >= 0: -1.0");
        // Perfect separation: every event has g = 1, every censored subject g = 0.
        List<CoxModel.Subject> separated = List.of(CoxModel.Subject.of(1, true, 1), CoxModel.Subject.of(2, true, 1),
                CoxModel.Subject.of(3, false, 0), CoxModel.Subject.of(4, false, 0));
        assertThatThrownBy(() -> CoxModel.fit(List.of("g"), separated)).isInstanceOf(ModelFitException.class)
                .hasMessageContaining("monotone likelihood");
        List<CoxModel.Subject> constant = List.of(CoxModel.Subject.of(1, true, 2), CoxModel.Subject.of(2, false, 2));
        assertThatThrownBy(() -> CoxModel.fit(List.of("g"), constant)).isInstanceOf(ModelFitException.class)
                .hasMessageContaining("constant");
    }
}
