package io.csmetrics.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Ratio;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ActivityStatsTest {

    private static final YearMonth MARCH = YearMonth.of(2024, 3);
    private static final LocalDate MARCH_31 = LocalDate.of(2024, 3, 31);

    static Activity act(String account, ActivityKind kind, int day, String csm) {
        return Activity.of(account, kind, MARCH.atDay(day), csm, csm.equals("bob") ? "apac" : "emea",
                Duration.ofMinutes(30), "");
    }

    /** The class Javadoc example. */
    private static List<Activity> javadocActivities() {
        return List.of(act("A", ActivityKind.MEETING, 5, "alice"), act("B", ActivityKind.QBR, 20, "alice"),
                act("A", ActivityKind.EMAIL, 28, "bob"), act("C", ActivityKind.SUPPORT_CASE, 29, "bob"));
    }

    @Test
    void javadocExample() {
        ActivityStats s = javadocActivities().stream().collect(ActivityStats.collector(MARCH.atDay(1), MARCH_31));
        assertThat(s.touchesByAccount()).isEqualTo(Map.of("A", 2L, "B", 1L));
        assertThat(s.touchesByCsm()).isEqualTo(Map.of("alice", 2L, "bob", 1L));
        assertThat(s.touchesByTeam()).isEqualTo(Map.of("emea", 2L, "apac", 1L));
        assertThat(s.activitiesByKind()).containsEntry(ActivityKind.SUPPORT_CASE, 1L).hasSize(4);
        assertThat(s.secondsByCsm()).containsEntry("bob", 3600L);
        assertThat(s.daysSinceLastTouch("A", MARCH_31)).isEqualTo(OptionalLong.of(3));
        assertThat(s.daysSinceLastTouch("A", MARCH.atDay(10))).isEqualTo(OptionalLong.of(5));
        // C only has support-case work: not a touch, so no last touch (not 0).
        assertThat(s.daysSinceLastTouch("C", MARCH_31)).isEmpty();
        assertThat(s.qbrCoverage(List.of("A", "B", "C"), MARCH_31, 30)).isEqualTo(Ratio.of(1, 3));
        assertThat(s.touchCoverage(List.of("A", "B", "C", "A"), MARCH_31, 30)).isEqualTo(Ratio.of(2, 3));
        // Window of 3 days to 03-31 is 03-29..03-31: A's touch on 03-28 is outside.
        assertThat(s.touchCoverage(List.of("A"), MARCH_31, 3)).isEqualTo(Ratio.of(0, 1));
        assertThat(s.touchCoverage(List.of("A"), MARCH_31, 4)).isEqualTo(Ratio.of(1, 1));
        assertThat(s.touchCoverage(List.of(), MARCH_31, 30).isDefined()).isFalse();
    }

    @Test
    void touchesPerMonth() {
        ActivityStats s = ActivityStats.create(LocalDate.of(2024, 2, 1), MARCH_31);
        s.accept(Activity.of("A", ActivityKind.TOUCH, LocalDate.of(2024, 2, 10), "alice", "emea", Duration.ZERO, ""));
        javadocActivities().forEach(s);
        assertThat(s.touchesByAccount(YearMonth.of(2024, 2))).isEqualTo(Map.of("A", 1L));
        assertThat(s.touchesByCsm(MARCH)).isEqualTo(Map.of("alice", 2L, "bob", 1L));
        assertThat(s.touches("A")).isEqualTo(3);
        assertThat(s.touches("Z")).isZero();
    }

    @Test
    void badInput() {
        ActivityStats s = ActivityStats.create(MARCH);
        assertThatThrownBy(() -> s.accept(Activity.of("A", ActivityKind.QBR, LocalDate.of(2024, 4, 1), "alice", "emea",
                Duration.ZERO, ""))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-04-01 is outside the period 2024-03-01..2024-03-31");
        assertThat(s.touchesByAccount()).isEmpty();
        assertThatThrownBy(() -> s.accept(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> s.qbrCoverage(List.of("A"), MARCH_31, 40)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before the period's first day 2024-03-01");
        assertThatThrownBy(() -> s.qbrCoverage(List.of("A"), MARCH_31, 0)).hasMessageContaining("days must be positive: 0");
        assertThatThrownBy(() -> s.daysSinceLastTouch("A", LocalDate.of(2024, 4, 2)))
                .hasMessageContaining("asOf (2024-04-02) is outside the period");
        assertThatThrownBy(() -> s.touchCoverage(Collections.singletonList(null), MARCH_31, 5))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ActivityStats.create(MARCH_31, MARCH.atDay(1)))
                .hasMessage("to (2024-03-01) must not be before from (2024-03-31)");
        assertThatThrownBy(() -> s.combine(ActivityStats.create(YearMonth.of(2024, 4))))
                .hasMessageContaining("cannot combine period");
        assertThatThrownBy(() -> Activity.of(" ", ActivityKind.QBR, MARCH_31, "a", "t", Duration.ZERO, ""))
                .hasMessage("accountId must not be blank: ' '");
        assertThatThrownBy(() -> Activity.of("A", ActivityKind.QBR, MARCH_31, "a", "t", Duration.ofSeconds(-1), ""))
                .hasMessageContaining("duration must not be negative: PT-1S");
        assertThatThrownBy(() -> Activity.of("A", null, MARCH_31, "a", "t", Duration.ZERO, ""))
                .isInstanceOf(NullPointerException.class).hasMessage("kind must not be null");
    }

    @Test
    void kindsParseAndUnknownKindsAreRejected() {
        assertThat(ActivityKind.parse("qbr")).isEqualTo(ActivityKind.QBR);
        assertThat(ActivityKind.parse("Support case")).isEqualTo(ActivityKind.SUPPORT_CASE);
        assertThat(ActivityKind.parse("support-case")).isEqualTo(ActivityKind.SUPPORT_CASE);
        assertThatThrownBy(() -> ActivityKind.parse("lunch")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown activity kind 'lunch' (valid kinds: [TOUCH,");
        assertThat(CasePriority.parse(" high ")).isEqualTo(CasePriority.HIGH);
        assertThatThrownBy(() -> CasePriority.parse("p1")).hasMessageStartingWith("unknown case priority 'p1'");
    }

    @Provide
    Arbitrary<List<Activity>> activities() {
        Arbitrary<Activity> one = Combinators.combine(Arbitraries.of("A", "B", "C", "D", "E"),
                Arbitraries.of(ActivityKind.values()), Arbitraries.integers().between(1, 31),
                Arbitraries.of("alice", "bob", "carol"), Arbitraries.integers().between(0, 240))
                .as((a, k, d, c, m) -> Activity.of(a, k, MARCH.atDay(d), c, c.equals("bob") ? "apac" : "emea",
                        Duration.ofMinutes(m), ""));
        return one.list().ofMaxSize(60);
    }

    private static List<Object> result(ActivityStats s) {
        Set<String> all = Set.of("A", "B", "C", "D", "E", "F");
        return List.of(s.touchesByAccount(), s.touchesByCsm(), s.touchesByTeam(), s.touchesByCsm(MARCH),
                s.activitiesByKind(), s.secondsByCsm(), s.qbrCoverage(all, MARCH_31, 30),
                s.touchCoverage(all, MARCH.atDay(20), 14), s.daysSinceLastTouch("A", MARCH.atDay(15)));
    }

    @Property(tries = 100)
    void allPathsAgree(@ForAll("activities") List<Activity> activities) {
        AccumulatorChecks.assertAllPathsAgree(activities, () -> ActivityStats.create(MARCH), ActivityStatsTest::result);
    }

    @Property(tries = 100)
    void orderIndependentAndCoverageWithinBounds(@ForAll("activities") List<Activity> activities,
            @ForAll long seed) {
        ActivityStats s = ActivityStats.create(MARCH);
        activities.forEach(s);
        List<Activity> shuffled = new ArrayList<>(activities);
        Collections.shuffle(shuffled, new Random(seed));
        ActivityStats t = ActivityStats.create(MARCH);
        shuffled.forEach(t);
        assertThat(result(t)).isEqualTo(result(s));
        for (int days = 1; days <= 31; days += 5) {
            Ratio c = s.touchCoverage(Set.of("A", "B", "C", "F"), MARCH_31, days);
            assertThat(c.toDouble()).isBetween(0.0, 1.0);
            Ratio q = s.qbrCoverage(Set.of("A", "B", "C", "F"), MARCH_31, days);
            assertThat(q.compareTo(c)).as("a QBR is a touch").isLessThanOrEqualTo(0);
        }
        long touches = activities.stream().filter(a -> a.kind().isTouch()).count();
        assertThat(s.touchesByAccount().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(touches);
        assertThat(s.touchesByCsm().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(touches);
    }
}
