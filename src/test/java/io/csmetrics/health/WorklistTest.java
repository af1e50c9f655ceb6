package io.csmetrics.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorklistTest {

    private static final HealthScoreModel MODEL = HealthScoreModel.builder().measure(Measure.linear("s", 0, 100), 1)
            .build();

    private static Worklist.Entry entry(String id, double score, String mrr) {
        return new Worklist.Entry(MODEL.score(AccountSignals.of(id, Map.of("s", score))), Money.of(mrr, "USD"));
    }

    @Test
    void lowestHealthFirstThenHighestMrrAtRisk() {
        List<Worklist.Entry> ordered = Worklist.order(List.of(entry("A", 35, "500"), entry("B", 35, "2000"),
                entry("C", 20, "100"), entry("D", 90, "9000")));
        assertThat(ordered).extracting(e -> e.score().accountId()).containsExactly("C", "B", "A", "D");
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> entry("A", 1, "-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> Worklist.order(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("entries");
    }
}
