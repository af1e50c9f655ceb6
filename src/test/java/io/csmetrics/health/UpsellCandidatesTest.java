package io.csmetrics.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class UpsellCandidatesTest {

    private static final HealthScoreModel MODEL = HealthScoreModel.builder().measure(Measure.linear("s", 0, 100), 1)
            .build();
    private static final Ratio EIGHTY_PERCENT = Ratio.of(80, 100);

    private static UpsellCandidates.Entry entry(String id, double score, String mrr, long used, long entitled) {
        return new UpsellCandidates.Entry(MODEL.score(AccountSignals.of(id, Map.of("s", score))), Money.of(mrr, "USD"),
                used, entitled);
    }

    /** The class Javadoc's example. */
    @Test
    void healthyAccountsNearTheirLimitClosestFirst() {
        List<UpsellCandidates.Entry> entries = List.of(entry("A", 90, "500", 9, 10), entry("B", 80, "300", 10, 10),
                entry("C", 60, "900", 10, 10), entry("D", 95, "900", 2, 10), entry("E", 99, "900", 5, 0));
        List<UpsellCandidates.Entry> out = UpsellCandidates.select(entries, 75, EIGHTY_PERCENT);
        assertThat(out).extracting(e -> e.score().accountId()).containsExactly("B", "A");
        assertThat(out.get(0).utilisation()).isEqualTo(Ratio.of(10, 10));
    }

    @Test
    void tiesByHealthThenMrrThenId() {
        List<UpsellCandidates.Entry> entries = List.of(entry("Z", 80, "100", 9, 10), entry("Y", 80, "200", 9, 10),
                entry("X", 90, "100", 18, 20), entry("W", 80, "200", 9, 10));
        assertThat(UpsellCandidates.select(entries, 0, Ratio.ZERO)).extracting(e -> e.score().accountId())
                .containsExactly("X", "W", "Y", "Z");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> UpsellCandidates.select(List.of(), 101, EIGHTY_PERCENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("minScore must be in 0..100: 101.0");
        assertThatThrownBy(() -> UpsellCandidates.select(List.of(), Double.NaN, EIGHTY_PERCENT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UpsellCandidates.select(List.of(), 50, Ratio.of(1, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minUtilisation must be defined");
        assertThatThrownBy(() -> UpsellCandidates.select(null, 50, EIGHTY_PERCENT)).isInstanceOf(NullPointerException.class)
                .hasMessage("entries must not be null");
        List<UpsellCandidates.Entry> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> UpsellCandidates.select(withNull, 50, EIGHTY_PERCENT))
                .isInstanceOf(NullPointerException.class).hasMessage("entries must not contain null");
        assertThatThrownBy(() -> entry("A", 50, "-1", 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mrr of A must not be negative: USD -1");
        assertThatThrownBy(() -> entry("A", 50, "1", -1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("used (-1) and entitled (1) of A must not be negative");
    }

    /** Every candidate meets both thresholds, every non-candidate misses one, and raising a threshold never adds one. */
    @Property(tries = 200)
    void candidatesAreExactlyTheAccountsMeetingBothThresholds(
            @ForAll @Size(max = 20) List<@IntRange(max = 100) Integer> scores, @ForAll @IntRange(max = 100) int minScore,
            @ForAll @IntRange(max = 120) int minPercent) {
        List<UpsellCandidates.Entry> entries = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            entries.add(entry("a" + i, scores.get(i), String.valueOf(i * 10), (i * 7L) % 13, i % 11));
        }
        List<UpsellCandidates.Entry> out = UpsellCandidates.select(entries, minScore, Ratio.of(minPercent, 100));
        for (UpsellCandidates.Entry e : entries) {
            boolean meets = e.score().value() >= minScore && e.entitled() > 0
                    && e.used() * 100 >= (long) minPercent * e.entitled();
            assertThat(out.contains(e)).as(e.toString()).isEqualTo(meets);
        }
        assertThat(UpsellCandidates.select(entries, Math.min(100, minScore + 5), Ratio.of(minPercent + 5, 100)))
                .isSubsetOf(out);
    }
}
