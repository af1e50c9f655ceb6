package io.csmetrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Ratio;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AdvocacyCountsTest {

    private static final AdvocacyKind TALK = AdvocacyKind.of("Conference Talk");
    private static final YearMonth JAN = YearMonth.of(2024, 1);
    private static final YearMonth MAR = YearMonth.of(2024, 3);
    private static final YearMonth APR = YearMonth.of(2024, 4);
    private static final YearMonth JUN = YearMonth.of(2024, 6);

    private static List<AdvocacyEvent> events(AdvocacyKind kind, YearMonth month, int count) {
        List<AdvocacyEvent> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(AdvocacyEvent.of(kind, "ACC-" + i, month.atDay(1 + i % 28)));
        }
        return list;
    }

    @Test
    void quarterOverQuarterGrowth() {
        // Class Javadoc example: 4 reviews in Q1 2024, 6 in Q2 → +50 %.
        List<AdvocacyEvent> all = new ArrayList<>(events(AdvocacyKind.REVIEW, JAN, 3));
        all.addAll(events(AdvocacyKind.REVIEW, MAR, 1));
        all.addAll(events(AdvocacyKind.REVIEW, JUN, 6));
        all.addAll(events(AdvocacyKind.REFERRAL, APR, 2));
        AdvocacyCounts c = all.stream().collect(AdvocacyAccumulator.collector());
        assertThat(c.count(AdvocacyKind.REVIEW, JAN, MAR)).isEqualTo(4);
        assertThat(c.count(AdvocacyKind.REVIEW, APR, JUN)).isEqualTo(6);
        assertThat(c.count(AdvocacyKind.REVIEW, JAN)).isEqualTo(3);
        assertThat(c.growth(AdvocacyKind.REVIEW, APR, JUN)).isEqualTo(Ratio.of(2, 4));
        assertThat(c.total(APR, JUN)).isEqualTo(8);
        assertThat(c.totalGrowth(APR, JUN)).isEqualTo(Ratio.of(4, 4));
        assertThat(c.kinds()).containsExactly(AdvocacyKind.REFERRAL, AdvocacyKind.REVIEW);
    }

    @Test
    void growthFromZeroIsUndefined() {
        AdvocacyCounts c = events(AdvocacyKind.REFERRAL, APR, 2).stream().collect(AdvocacyAccumulator.collector());
        Ratio g = c.growth(AdvocacyKind.REFERRAL, APR, JUN);
        assertThat(g.isDefined()).isFalse();
        assertThat(g.numerator()).isEqualByComparingTo("2");
        assertThat(c.count(AdvocacyKind.CASE_STUDY, JAN, JUN)).isZero();
    }

    @Test
    void userDefinedKindsAreNormalised() {
        assertThat(TALK.name()).isEqualTo("conference-talk");
        assertThat(AdvocacyKind.of(" Case_Study ")).isEqualTo(AdvocacyKind.CASE_STUDY);
        assertThat(AdvocacyKind.standard()).containsExactly(AdvocacyKind.CASE_STUDY, AdvocacyKind.REVIEW,
                AdvocacyKind.SOCIAL_MENTION, AdvocacyKind.REFERRAL);
        assertThat(AdvocacyKind.SOCIAL_MENTION).hasToString("social-mention");
    }

    @Test
    void allPathsAgree() {
        SplittableRandom random = new SplittableRandom(5);
        List<AdvocacyKind> kinds = List.of(AdvocacyKind.CASE_STUDY, AdvocacyKind.REVIEW, TALK);
        List<AdvocacyEvent> all = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            all.add(AdvocacyEvent.of(kinds.get(random.nextInt(3)), "A" + i, LocalDate.of(2024, 1, 1)
                    .plusDays(random.nextInt(700))));
        }
        AdvocacyCounts c = AccumulatorChecks.assertAllPathsAgree(all, AdvocacyAccumulator::create,
                AdvocacyAccumulator::result);
        assertThat(c.total(JAN, YearMonth.of(2026, 12))).isEqualTo(300);
    }

    @Test
    void badInputIsRejected() {
        AdvocacyCounts empty = AdvocacyAccumulator.create().result();
        assertThatThrownBy(() -> empty.count(AdvocacyKind.REVIEW, JUN, APR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("to (2024-04) must not be before from (2024-06)");
        assertThatThrownBy(() -> empty.growth(null, APR, JUN)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("kind must not be null");
        assertThatThrownBy(() -> AdvocacyKind.of(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name must not be blank");
        assertThatThrownBy(() -> AdvocacyEvent.of(TALK, "", LocalDate.of(2024, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accountId must not be blank");
        assertThatThrownBy(() -> AdvocacyEvent.of(TALK, "A", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("date must not be null");
        assertThatThrownBy(() -> new AdvocacyCounts(Map.of(JAN, Map.of(TALK, 0L))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive: 0");
        assertThatThrownBy(() -> AdvocacyAccumulator.create().accept(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("event must not be null");
    }
}
