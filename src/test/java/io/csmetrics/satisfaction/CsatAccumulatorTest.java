package io.csmetrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Ratio;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CsatAccumulatorTest {

    private static final CsatScale ONE_TO_SEVEN = CsatScale.topBoxes(1, 7, 2);

    @Test
    void shareOfSatisfiedAnswers() {
        CsatResult r = Stream.of(5, 4, 4, 3, 1).collect(CsatAccumulator.collector());
        assertThat(r.share()).isEqualTo(Ratio.of(3, 5));
        assertThat(r.mean()).isEqualTo(Ratio.of(17, 5));
        assertThat(r).hasToString("CsatResult{csat=60.0%, n=5, satisfied=3 (>=4 on 1..5)}");
    }

    @Test
    void configurableScaleAndCounts() {
        CsatAccumulator acc = CsatAccumulator.create(ONE_TO_SEVEN);
        IntStream.of(7, 6, 5, 7, 2).forEach(acc::acceptScore);
        assertThat(acc.count(7)).isEqualTo(2);
        assertThat(acc.result().share()).isEqualTo(Ratio.of(3, 5));
        assertThat(acc.scale()).isEqualTo(ONE_TO_SEVEN);
    }

    @Test
    void noAnswersIsUndefined() {
        CsatResult r = CsatAccumulator.create().result();
        assertThat(r.isDefined()).isFalse();
        assertThat(r.share().isDefined()).isFalse();
        assertThat(r.mean().isDefined()).isFalse();
        assertThat(r).hasToString("CsatResult{csat=undefined, n=0, satisfied=0 (>=4 on 1..5)}");
    }

    @Property(tries = 50)
    void allPathsAgree(@ForAll @Size(max = 200) List<@IntRange(min = 1, max = 7) Integer> scores) {
        CsatResult r = AccumulatorChecks.assertAllPathsAgree(scores, () -> CsatAccumulator.create(ONE_TO_SEVEN),
                CsatAccumulator::result);
        assertThat(r.satisfied()).isEqualTo(scores.stream().filter(s -> s >= 6).count());
        assertThat(r.scoreSum()).isEqualTo(scores.stream().mapToLong(Integer::longValue).sum());
    }

    @Test
    void badInputChangesNothing() {
        CsatAccumulator acc = CsatAccumulator.create();
        acc.acceptScore(5);
        assertThatThrownBy(() -> acc.acceptScore(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valid values 1 - 5").hasMessageContaining("0");
        assertThatThrownBy(() -> acc.accept(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("score must not be null");
        assertThatThrownBy(() -> acc.combine(CsatAccumulator.create(ONE_TO_SEVEN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different scales");
        assertThatThrownBy(() -> CsatAccumulator.create(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("scale must not be null");
        assertThat(acc.result().responses()).isEqualTo(1);
        assertThatThrownBy(() -> new CsatResult(CsatScale.fivePoint(), 2, 3, 8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("satisfied (3) must be in 0..2");
        assertThatThrownBy(() -> new CsatResult(CsatScale.fivePoint(), 2, 1, 11))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scoreSum (11)");
        assertThatThrownBy(() -> new CsatResult(CsatScale.fivePoint(), -1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("responses must not be negative");
    }
}
