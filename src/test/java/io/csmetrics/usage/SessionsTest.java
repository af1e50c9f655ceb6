package io.csmetrics.usage;

import static io.csmetrics.usage.UsageEvents.MARCH_2024;
import static io.csmetrics.usage.UsageEvents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SessionsTest {

    private static final LocalDate MARCH_5 = LocalDate.of(2024, 3, 5);

    /** The class Javadoc example: 09:00, 09:20, 09:45 and 11:00 on 5 March. */
    private static List<UsageEvent> javadocEvents() {
        return List.of(UsageEvent.of("acme", "u1", at(5, 9, 0)), UsageEvent.of("acme", "u1", at(5, 9, 20)),
                UsageEvent.of("acme", "u1", at(5, 9, 45)), UsageEvent.of("acme", "u1", at(5, 11, 0)));
    }

    private static Sessions sessions(List<UsageEvent> events) {
        return events.stream().collect(Sessions.collector(MARCH_2024, ZoneOffset.UTC, Sessions.DEFAULT_TIMEOUT));
    }

    @Test
    void javadocExample() {
        Sessions s = sessions(javadocEvents());
        SessionSummary total = s.summary();
        assertThat(total.sessions()).isEqualTo(2);
        assertThat(total.events()).isEqualTo(4);
        assertThat(total.totalDuration()).isEqualTo(Duration.ofMinutes(45));
        assertThat(total.meanDuration()).contains(Duration.ofMinutes(45).dividedBy(2));
        assertThat(total.eventsPerSession()).isEqualTo(Ratio.of(4, 2));
        assertThat(s.logins(UsagePeriod.ofDay(MARCH_5))).containsExactly(Map.entry("acme", 2L));
        assertThat(s.logins(UsagePeriod.ofDay(MARCH_5.plusDays(1)))).containsExactly(Map.entry("acme", 0L));
        assertThat(s.timeout()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void gapEqualToTheTimeoutKeepsTheSession() {
        Sessions s = sessions(List.of(UsageEvent.of("a", "u", at(5, 9, 0)), UsageEvent.of("a", "u", at(5, 9, 30)),
                UsageEvent.of("a", "u", at(5, 10, 0).plusSeconds(1))));
        assertThat(s.summary().sessions()).isEqualTo(2);
    }

    @Test
    void outOfOrderEventsBridgeSessions() {
        Sessions s = Sessions.create(MARCH_2024, ZoneOffset.UTC);
        s.accept(UsageEvent.of("a", "u", at(5, 9, 0)));
        s.accept(UsageEvent.of("a", "u", at(5, 9, 50)));
        assertThat(s.summary().sessions()).isEqualTo(2);
        s.accept(UsageEvent.of("a", "u", at(5, 9, 25)));
        assertThat(s.summary()).isEqualTo(new SessionSummary(1, 3, Duration.ofMinutes(50)));
    }

    @Test
    void customTimeoutAndLoginsPerPeriod() {
        Sessions s = javadocEvents().stream()
                .collect(Sessions.collector(MARCH_2024, ZoneOffset.UTC, Duration.ofMinutes(20)));
        assertThat(s.summary().sessions()).isEqualTo(3);
        SortedMap<String, SortedMap<UsagePeriod, Long>> weekly = s.loginsByAccount(Granularity.ISO_WEEK);
        assertThat(weekly.get("acme")).containsExactly(Map.entry(UsagePeriod.ofIsoWeek(MARCH_5), 3L));
        assertThat(s.loginsByAccount(Granularity.MONTH).get("acme")).containsExactly(Map.entry(MARCH_2024, 3L));
        assertThat(s.summaryByAccount().get("acme").sessions()).isEqualTo(3);
    }

    @Test
    void sessionsAreCountedInTheDayOfTheirStart() {
        Sessions s = sessions(List.of(UsageEvent.of("a", "u", at(5, 23, 50)), UsageEvent.of("a", "u", at(6, 0, 10))));
        assertThat(s.loginsByAccount(Granularity.DAY).get("a")).containsExactly(Map.entry(UsagePeriod.ofDay(MARCH_5), 1L));
    }

    @Test
    void emptyAccumulator() {
        SessionSummary s = Sessions.create(MARCH_2024, ZoneOffset.UTC).summary();
        assertThat(s.sessions()).isZero();
        assertThat(s.meanDuration()).isEmpty();
        assertThat(s.eventsPerSession().isDefined()).isFalse();
    }

    @Test
    void rejectsBadInput() {
        Sessions s = sessions(javadocEvents());
        assertThatThrownBy(() -> s.accept(UsageEvent.of("a", "u", at(1, 0, 0).minusSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-02-29")
                .hasMessageContaining("outside the period");
        assertThat(s.summary().events()).isEqualTo(4);
        assertThatThrownBy(() -> s.logins(UsagePeriod.ofIsoWeek(LocalDate.of(2024, 3, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not within");
        assertThatThrownBy(() -> s.logins(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> s.loginsByAccount(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> s.accept(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Sessions.create(MARCH_2024, ZoneOffset.UTC, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout").hasMessageContaining("PT0S");
        assertThatThrownBy(() -> Sessions.create(MARCH_2024, ZoneOffset.UTC, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("timeout");
        assertThatThrownBy(() -> s.combine(Sessions.create(MARCH_2024, ZoneOffset.UTC, Duration.ofMinutes(5))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout PT5M");
        assertThatThrownBy(() -> s.combine(Sessions.create(UsagePeriod.ofDay(MARCH_5), ZoneOffset.UTC)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot combine");
        assertThatThrownBy(() -> s.combine(null)).isInstanceOf(NullPointerException.class);
        assertThat(s.summary().sessions()).isEqualTo(2);
    }

    @Provide
    Arbitrary<List<UsageEvent>> events() {
        return Arbitraries.oneOf(UsageEvents.marchEvents(), UsageEvents.denseEvents());
    }

    /** Oracle: sort each user's events and split where the gap exceeds the timeout. */
    private static SortedMap<String, SessionSummary> bySortingEachUser(List<UsageEvent> events, Duration timeout) {
        Map<String, List<Instant>> perUser = new TreeMap<>();
        for (UsageEvent e : events) {
            perUser.computeIfAbsent(e.accountId() + "\u0000" + e.userId(), k -> new ArrayList<>()).add(e.timestamp());
        }
        SortedMap<String, long[]> counts = new TreeMap<>();
        SortedMap<String, Duration> durations = new TreeMap<>();
        for (Map.Entry<String, List<Instant>> u : perUser.entrySet()) {
            String account = u.getKey().substring(0, u.getKey().indexOf('\u0000'));
            List<Instant> ts = u.getValue();
            Collections.sort(ts);
            long[] c = counts.computeIfAbsent(account, k -> new long[2]);
            Instant start = ts.get(0);
            for (int i = 0; i < ts.size(); i++) {
                if (i > 0 && Duration.between(ts.get(i - 1), ts.get(i)).compareTo(timeout) > 0) {
                    durations.merge(account, Duration.between(start, ts.get(i - 1)), Duration::plus);
                    c[0]++;
                    start = ts.get(i);
                }
                c[1]++;
            }
            durations.merge(account, Duration.between(start, ts.get(ts.size() - 1)), Duration::plus);
            c[0]++;
        }
        SortedMap<String, SessionSummary> result = new TreeMap<>();
        counts.forEach((a, c) -> result.put(a, new SessionSummary(c[0], c[1], durations.get(a))));
        return result;
    }

    @Property
    void matchesSortThenSplitWhateverTheOrder(@ForAll("events") List<UsageEvent> events) {
        List<UsageEvent> shuffled = new ArrayList<>(events);
        Collections.shuffle(shuffled, new Random(events.size()));
        assertThat(sessions(shuffled).summaryByAccount())
                .isEqualTo(bySortingEachUser(events, Sessions.DEFAULT_TIMEOUT));
    }

    @Property(tries = 50)
    void allPathsAgree(@ForAll("events") List<UsageEvent> events) {
        AccumulatorChecks.assertAllPathsAgree(events, () -> Sessions.create(MARCH_2024, ZoneOffset.UTC),
                s -> List.of(s.summaryByAccount(), s.loginsByAccount(Granularity.DAY)));
    }
}
