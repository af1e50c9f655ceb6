package io.csmetrics.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SupportStatsTest {

    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
    private static final Instant AS_OF = Instant.parse("2024-03-10T00:00:00Z");

    private static Instant h(double hours) {
        return T0.plusSeconds(Math.round(hours * 3600));
    }

    /** The class Javadoc example: 23 h within, 30 h breached, open 40 h breached, open 2 h undecided. */
    static List<SupportCase> javadocCases() {
        Instant asOf = AS_OF;
        return List.of(
                SupportCase.of("1", "A", CasePriority.NORMAL, h(0), h(1), h(23)),
                SupportCase.of("2", "B", CasePriority.HIGH, h(0), h(4), h(30)),
                SupportCase.of("3", "B", CasePriority.URGENT, asOf.minusSeconds(40 * 3600), asOf.minusSeconds(39 * 3600),
                        null),
                SupportCase.of("4", "C", CasePriority.LOW, asOf.minusSeconds(2 * 3600), null, null));
    }

    @Test
    void javadocExample() {
        SupportStats s = javadocCases().stream().collect(SupportStats.collector(AS_OF, SupportStats.DEFAULT_SLA));
        assertThat(s.cases()).isEqualTo(4);
        assertThat(s.withinSla()).isEqualTo(Ratio.of(1, 3));
        assertThat(s.backlog()).isEqualTo(2);
        assertThat(s.backlogByPriority()).isEqualTo(Map.of(CasePriority.URGENT, 1L, CasePriority.LOW, 1L));
        assertThat(s.accountsAllWithinSla()).containsExactly("A");
        assertThat(s.accountsWithBreach()).containsExactly("B");
        assertThat(s.withinSla("B")).isEqualTo(Ratio.of(0, 2));
        assertThat(s.withinSla("C").isDefined()).isFalse();
        assertThat(s.withinSla("Z").isDefined()).isFalse();
        assertThat(s.casesByAccount()).isEqualTo(Map.of("A", 1L, "B", 2L, "C", 1L));
        // First responses 1 h, 4 h, 1 h: nearest-rank median 1 h, p90 4 h, mean 2 h.
        DurationSummary fr = s.firstResponseTimes();
        assertThat(fr.count()).isEqualTo(3);
        assertThat(fr.meanSeconds()).isEqualTo(Ratio.of(6 * 3600, 3));
        assertThat(fr.median()).contains(Duration.ofHours(1));
        assertThat(fr.p90()).contains(Duration.ofHours(4));
        assertThat(fr.max()).contains(Duration.ofHours(4));
        DurationSummary res = s.resolutionTimes();
        assertThat(res.count()).isEqualTo(2);
        assertThat(res.median()).contains(Duration.ofHours(23));
        assertThat(res.max()).contains(Duration.ofHours(30));
    }

    @Test
    void exactlyTheSlaIsWithinAndNoCasesIsUndefined() {
        SupportStats s = SupportStats.create(AS_OF);
        s.accept(SupportCase.of("1", "A", CasePriority.NORMAL, h(0), null, h(24)));
        assertThat(s.withinSla()).isEqualTo(Ratio.of(1, 1));
        SupportStats empty = SupportStats.create(AS_OF);
        assertThat(empty.withinSla().isDefined()).isFalse();
        assertThat(empty.resolutionTimes().median()).isEmpty();
        assertThat(empty.resolutionTimes().meanSeconds().isDefined()).isFalse();
    }

    @Test
    void durationsFollowNearestRank() {
        // 1, 2, 3, 4 hours: median 2 h, p90 4 h, mean 2.5 h (DurationSummary Javadoc).
        DurationSummary d = DurationSummary.of(new long[] {4 * 3600, 3600, 3 * 3600, 2 * 3600}, 4);
        assertThat(d.median()).contains(Duration.ofHours(2));
        assertThat(d.p90()).contains(Duration.ofHours(4));
        assertThat(d.meanSeconds().toDouble()).isEqualTo(2.5 * 3600);
    }

    /** Durations whose sum leaves a long still have their exact mean (before, the getter threw "long overflow"). */
    @Test
    void theMeanStaysExactBeyondALong() {
        DurationSummary d = DurationSummary.of(new long[] {Long.MAX_VALUE, 2, Long.MAX_VALUE}, 3);
        assertThat(d.meanSeconds().numerator()).isEqualByComparingTo("18446744073709551616");
        assertThat(d.meanSeconds().denominator()).isEqualByComparingTo("3");
        assertThat(d.max()).contains(Duration.ofSeconds(Long.MAX_VALUE));
        assertThat(DurationSummary.of(new long[] {Long.MAX_VALUE, 0}, 2).meanSeconds())
                .isEqualTo(Ratio.of(Long.MAX_VALUE, 2));
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> SupportCase.of("9", "A", CasePriority.LOW, h(5), null, h(4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("case 9: resolved (2024-03-01T04:00:00Z) is before opened (2024-03-01T05:00:00Z)");
        assertThatThrownBy(() -> SupportCase.of("9", "A", CasePriority.LOW, h(5), h(4), null))
                .hasMessageContaining("firstResponse (2024-03-01T04:00:00Z) is before opened");
        assertThatThrownBy(() -> SupportCase.of("9", "A", CasePriority.LOW, h(1), h(5), h(4)))
                .hasMessageContaining("resolved (2024-03-01T04:00:00Z) is before firstResponse");
        assertThatThrownBy(() -> SupportCase.of("9", "A", null, h(1), null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("priority must not be null");
        SupportStats s = SupportStats.create(h(10));
        assertThatThrownBy(() -> s.accept(SupportCase.of("9", "A", CasePriority.LOW, h(1), null, h(12))))
                .hasMessage("case 9: resolved (2024-03-01T12:00:00Z) is after asOf (2024-03-01T10:00:00Z)");
        assertThatThrownBy(() -> s.accept(SupportCase.of("8", "A", CasePriority.LOW, h(11), null, null)))
                .hasMessageContaining("opened (2024-03-01T11:00:00Z) is after asOf");
        assertThat(s.cases()).isZero();
        assertThatThrownBy(() -> SupportStats.create(AS_OF, Duration.ZERO)).hasMessage("sla must be positive: PT0S");
        assertThatThrownBy(() -> s.combine(SupportStats.create(AS_OF))).hasMessageContaining("cannot combine");
    }

    @Provide
    Arbitrary<List<SupportCase>> cases() {
        Arbitrary<SupportCase> one = Combinators.combine(Arbitraries.of("A", "B", "C", "D"),
                Arbitraries.of(CasePriority.values()), Arbitraries.longs().between(0, 200 * 3600),
                Arbitraries.longs().between(0, 40 * 3600).injectNull(0.2),
                Arbitraries.longs().between(0, 60 * 3600).injectNull(0.3))
                .as((a, p, open, resp, res) -> {
                    Instant opened = T0.plusSeconds(open);
                    Instant r = resp == null ? null : min(opened.plusSeconds(resp), AS_OF);
                    Instant done = res == null ? null : min(max(opened.plusSeconds(res), r), AS_OF);
                    return SupportCase.of("c", a, p, opened, r, done);
                });
        return one.list().ofMaxSize(50);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static List<Object> result(SupportStats s) {
        return List.of(s.cases(), s.withinSla(), s.backlogByPriority(), s.firstResponseTimes(), s.resolutionTimes(),
                s.accountsAllWithinSla(), s.accountsWithBreach(), s.casesByAccount());
    }

    @Property(tries = 100)
    void allPathsAgree(@ForAll("cases") List<SupportCase> cases) {
        AccumulatorChecks.assertAllPathsAgree(cases, () -> SupportStats.create(AS_OF), SupportStatsTest::result);
    }

    @Property(tries = 100)
    void orderIndependentAndShareWithinBounds(@ForAll("cases") List<SupportCase> cases, @ForAll long seed) {
        SupportStats s = SupportStats.create(AS_OF);
        cases.forEach(s);
        List<SupportCase> shuffled = new ArrayList<>(cases);
        Collections.shuffle(shuffled, new Random(seed));
        SupportStats t = SupportStats.create(AS_OF);
        shuffled.forEach(t);
        assertThat(result(t)).isEqualTo(result(s));
        if (s.withinSla().isDefined()) {
            assertThat(s.withinSla().toDouble()).isBetween(0.0, 1.0);
        }
        assertThat(s.backlog()).isEqualTo(cases.stream().filter(c -> c.resolved().isEmpty()).count());
        assertThat(Collections.disjoint(s.accountsAllWithinSla(), s.accountsWithBreach())).isTrue();
        Optional<Duration> median = s.resolutionTimes().median();
        median.ifPresent(m -> assertThat(m).isLessThanOrEqualTo(s.resolutionTimes().max().orElseThrow()));
        assertThat(Set.copyOf(s.casesByAccount().keySet())).containsAll(s.accountsWithBreach());
    }
}
