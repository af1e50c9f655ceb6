package io.csmetrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NpsAccumulatorTest {

    static List<NpsResponse> responses(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<NpsResponse> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(NpsResponse.of("u-" + i, random.nextInt(11)));
        }
        return list;
    }

    @Test
    void allPathsAgree() {
        NpsResult r = AccumulatorChecks.assertAllPathsAgree(responses(500, 7), NpsAccumulator::create,
                NpsAccumulator::result);
        assertThat(r.responses()).isEqualTo(500);
    }

    @Test
    void countsEachCategory() {
        NpsAccumulator acc = NpsAccumulator.of(10, 9, 8, 3);
        assertThat(acc.result()).isEqualTo(NpsResult.of(2, 1, 1));
        assertThat(acc.responses()).isEqualTo(4);
        acc.add(NpsCategory.PASSIVE);
        acc.accept(NpsResponse.of("u", 0));
        assertThat(acc.result()).isEqualTo(NpsResult.of(2, 2, 2));
        assertThat(acc).hasToString("NpsAccumulator{promoters=2, passives=2, detractors=2}");
        assertThat(NpsAccumulator.create().result().isDefined()).isFalse();
    }

    @Test
    void collectorGivesTheResult() {
        assertThat(responses(50, 3).stream().collect(NpsAccumulator.collector()))
                .isEqualTo(NpsResult.ofScores(responses(50, 3).stream().mapToInt(NpsResponse::score).toArray()));
    }

    @Test
    void badInputChangesNothing() {
        NpsAccumulator acc = NpsAccumulator.of(9);
        assertThatThrownBy(() -> acc.acceptScore(11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valid values 0 - 10").hasMessageContaining("11");
        assertThatThrownBy(() -> acc.accept(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("response must not be null");
        assertThatThrownBy(() -> acc.add(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("category must not be null");
        assertThatThrownBy(() -> acc.combine(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("other must not be null");
        assertThatThrownBy(() -> NpsAccumulator.of(9, 10, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThat(acc.result()).isEqualTo(NpsResult.of(1, 0, 0));
    }
}
