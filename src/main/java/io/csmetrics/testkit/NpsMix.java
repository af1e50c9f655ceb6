package io.csmetrics.testkit;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Weights of the three NPS categories and the scores they draw. */
record NpsMix(int promoters, int passives, int detractors) {

    NpsMix {
        if (promoters < 0 || passives < 0 || detractors < 0 || promoters + passives + detractors == 0) {
            throw new IllegalArgumentException("mix weights (valid: none negative, not all zero): promoters "
                    + promoters + ", passives " + passives + ", detractors " + detractors);
        }
    }

    static Arbitrary<Integer> promoterScores() {
        return Arbitraries.integers().between(9, 10);
    }

    static Arbitrary<Integer> passiveScores() {
        return Arbitraries.integers().between(7, 8);
    }

    static Arbitrary<Integer> detractorScores() {
        return Arbitraries.integers().between(0, 6);
    }

    @SuppressWarnings("unchecked")
    Arbitrary<Integer> scores() {
        List<Tuple.Tuple2<Integer, Arbitrary<Integer>>> parts = new ArrayList<>();
        if (detractors > 0) {
            parts.add(Tuple.of(detractors, detractorScores()));
        }
        if (passives > 0) {
            parts.add(Tuple.of(passives, passiveScores()));
        }
        if (promoters > 0) {
            parts.add(Tuple.of(promoters, promoterScores()));
        }
        return Arbitraries.frequencyOf(parts);
    }
}
