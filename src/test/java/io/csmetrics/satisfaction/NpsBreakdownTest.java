package io.csmetrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NpsBreakdownTest {

    private static final LocalDate JAN_10 = LocalDate.of(2024, 1, 10);

    private static List<NpsResponse> dated(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<NpsResponse> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(NpsResponse.of("u-" + i, random.nextInt(11), "ACC-" + random.nextInt(12),
                    JAN_10.plusDays(random.nextInt(300))));
        }
        return list;
    }

    @Test
    void allPathsAgreeByMonthAndByAccount() {
        List<NpsResponse> records = dated(400, 11);
        Map<YearMonth, NpsResult> byMonth = AccumulatorChecks.assertAllPathsAgree(records, NpsBreakdown::byMonth,
                NpsBreakdown::results);
        Map<String, NpsResult> byAccount = AccumulatorChecks.assertAllPathsAgree(records, NpsBreakdown::byAccount,
                NpsBreakdown::results);
        assertThat(byMonth.values().stream().reduce(NpsResult.empty(), NpsResult::plus))
                .isEqualTo(records.stream().collect(NpsAccumulator.collector()));
        assertThat(byAccount).hasSizeLessThanOrEqualTo(12);
    }

    @Test
    void eachGroupHasItsOwnCounts() {
        NpsBreakdown<String> b = NpsBreakdown.by(r -> r.score() >= 5 ? "high" : "low");
        for (int s : new int[] {10, 9, 7, 6, 0, 2}) {
            b.accept(NpsResponse.of("u" + s, s));
        }
        assertThat(b.result("high")).isEqualTo(NpsResult.of(2, 1, 1));
        assertThat(b.result("low")).isEqualTo(NpsResult.of(0, 0, 2));
        assertThat(b.result("absent")).isEqualTo(NpsResult.empty());
        assertThat(b.overall()).isEqualTo(NpsResult.of(2, 1, 3));
        assertThat(b.groups()).isEqualTo(2);
    }

    @Test
    void trendComparesEachPeriodWithThePrevious() {
        NpsBreakdown<YearMonth> b = NpsBreakdown.byMonth();
        b.accept(NpsResponse.of("a", 10, "A", LocalDate.of(2024, 3, 1)));
        b.accept(NpsResponse.of("b", 3, "A", LocalDate.of(2024, 1, 5)));
        b.accept(NpsResponse.of("c", 9, "A", LocalDate.of(2024, 2, 5)));
        List<NpsTrendPoint<YearMonth>> trend = b.trend(Comparator.naturalOrder(), NpsIntervalMethod.ADJUSTED_WALD);
        assertThat(trend).extracting(NpsTrendPoint::period).containsExactly(YearMonth.of(2024, 1),
                YearMonth.of(2024, 2), YearMonth.of(2024, 3));
        assertThat(trend.get(0).change()).isEmpty();
        assertThat(trend.get(1).change()).contains(NpsComparison.of(NpsResult.of(0, 0, 1), NpsResult.of(1, 0, 0)));
        assertThat(trend.get(2).change().orElseThrow().first()).isEqualTo(NpsResult.of(1, 0, 0));
    }

    @Test
    void badInputChangesNothing() {
        NpsBreakdown<YearMonth> byMonth = NpsBreakdown.byMonth();
        assertThatThrownBy(() -> byMonth.accept(NpsResponse.of("u", 5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no date");
        assertThatThrownBy(() -> NpsBreakdown.byAccount().accept(NpsResponse.of("u", 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no account");
        NpsBreakdown<String> nullKey = NpsBreakdown.by(r -> null);
        assertThatThrownBy(() -> nullKey.accept(NpsResponse.of("u", 5))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key function returned null");
        assertThat(byMonth.groups()).isZero();
        assertThat(nullKey.groups()).isZero();
        assertThatThrownBy(() -> NpsBreakdown.by(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("key must not be null");
        assertThatThrownBy(() -> byMonth.accept(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("response must not be null");
        assertThatThrownBy(() -> byMonth.trend(null, NpsIntervalMethod.WALD)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("order must not be null");
        assertThatThrownBy(() -> byMonth.result(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("group must not be null");
    }
}
