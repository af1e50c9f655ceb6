package io.csmetrics.usage;

import static io.csmetrics.usage.UsageEvents.MARCH;
import static io.csmetrics.usage.UsageEvents.MARCH_2024;
import static io.csmetrics.usage.UsageEvents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Ratio;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ActiveUsersTest {

    private static final LocalDate MARCH_4 = LocalDate.of(2024, 3, 4);
    private static final LocalDate MARCH_5 = LocalDate.of(2024, 3, 5);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** The class Javadoc example. */
    private static List<UsageEvent> javadocEvents() {
        return List.of(UsageEvent.of("acme", "u1", at(4, 10, 0)), UsageEvent.of("acme", "u1", at(5, 10, 0)),
                UsageEvent.of("acme", "u1", at(5, 11, 0)), UsageEvent.of("acme", "u2", at(5, 23, 59)));
    }

    private static ActiveUsers march(List<UsageEvent> events) {
        return events.stream().collect(ActiveUsers.collector(MARCH_2024, ZoneOffset.UTC));
    }

    @Test
    void javadocExample() {
        ActiveUsers a = march(javadocEvents());
        assertThat(a.dau(MARCH_5)).isEqualTo(2);
        assertThat(a.dau(MARCH_4)).isEqualTo(1);
        assertThat(a.dau(LocalDate.of(2024, 3, 6))).isZero();
        assertThat(a.wau(MARCH_5)).isEqualTo(2);
        assertThat(a.mau(MARCH)).isEqualTo(2);
        assertThat(a.stickiness(MARCH_2024)).isEqualTo(Ratio.of(3, 31 * 2));
        assertThat(a.stickiness("acme", UsagePeriod.ofIsoWeek(MARCH_5))).isEqualTo(Ratio.of(3, 7 * 2));
        assertThat(a.accounts()).containsExactly("acme");
        assertThat(a.activeUsers("acme", UsagePeriod.ofDay(MARCH_4))).isEqualTo(1);
        assertThat(a.activeUsers("other", MARCH_2024)).isZero();
        assertThat(a.range()).isEqualTo(MARCH_2024);
        assertThat(a.zone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void timeZoneDecidesTheDay() {
        // 23:59 UTC on 5 March is 08:59 on 6 March in Tokyo (UTC+9).
        ActiveUsers tokyo = javadocEvents().stream().collect(ActiveUsers.collector(MARCH_2024, TOKYO));
        assertThat(tokyo.dau(MARCH_5)).isEqualTo(1);
        assertThat(tokyo.dau(LocalDate.of(2024, 3, 6))).isEqualTo(1);
    }

    @Test
    void seriesHoldsWholePeriodsOnly() {
        ActiveUsers a = march(javadocEvents());
        assertThat(a.series(Granularity.DAY)).hasSize(31).containsEntry(UsagePeriod.ofDay(MARCH_5), 2L);
        assertThat(a.series(Granularity.ISO_WEEK)).hasSize(4).containsEntry(UsagePeriod.ofIsoWeek(MARCH_5), 2L);
        assertThat(a.series(Granularity.MONTH)).containsExactly(Map.entry(MARCH_2024, 2L));
    }

    @Test
    void perAccountCountsAndUsersAreScopedByAccount() {
        ActiveUsers a = march(List.of(UsageEvent.of("a", "u1", at(5, 1, 0)), UsageEvent.of("b", "u1", at(5, 2, 0)),
                UsageEvent.of("b", "u2", at(6, 2, 0))));
        assertThat(a.dau(MARCH_5)).isEqualTo(2);
        assertThat(a.activeUsersByAccount(MARCH_2024)).containsExactly(Map.entry("a", 1L), Map.entry("b", 2L));
        assertThat(a.activeUsersByAccount(UsagePeriod.ofDay(LocalDate.of(2024, 3, 6))))
                .containsExactly(Map.entry("a", 0L), Map.entry("b", 1L));
    }

    @Test
    void seatUtilisation() {
        ActiveUsers a = march(javadocEvents());
        SortedMap<String, SeatUtilisation> u = a.seatUtilisation(Map.of("acme", 4, "idle", 3, "empty", 0), MARCH_2024);
        assertThat(u.get("acme").ratio()).isEqualTo(Ratio.of(2, 4));
        assertThat(u.get("idle").ratio()).isEqualTo(Ratio.of(0, 3));
        assertThat(u.get("empty").ratio().isDefined()).isFalse();
        assertThat(u).containsOnlyKeys("acme", "idle", "empty");
        assertThatThrownBy(() -> a.seatUtilisation(Map.of("acme", -1), MARCH_2024))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("licensedSeats")
                .hasMessageContaining("-1").hasMessageContaining("acme");
    }

    @Test
    void retentionOfFirstTimeUsers() {
        // u1 first seen in W10 and back in W11; u2 first seen in W10, not back; u3 first seen in W11.
        ActiveUsers a = march(List.of(UsageEvent.of("x", "u1", at(4, 9, 0)), UsageEvent.of("x", "u1", at(12, 9, 0)),
                UsageEvent.of("x", "u2", at(6, 9, 0)), UsageEvent.of("x", "u3", at(13, 9, 0))));
        UsagePeriod w10 = UsagePeriod.ofIsoWeek(MARCH_4);
        UsagePeriod w11 = UsagePeriod.ofIsoWeek(MARCH_4.plusWeeks(1));
        UserRetention r = a.retention(w10, w11);
        assertThat(r.newUsers()).isEqualTo(2);
        assertThat(r.returned()).isEqualTo(1);
        assertThat(r.rate()).isEqualTo(Ratio.of(1, 2));
        assertThat(a.retention(w11, UsagePeriod.ofIsoWeek(MARCH_4.plusWeeks(2))).rate().isDefined()).isTrue();
        assertThat(a.retention(UsagePeriod.ofIsoWeek(MARCH_4.plusWeeks(2)), UsagePeriod.ofIsoWeek(MARCH_4.plusWeeks(3)))
                .rate().isDefined()).isFalse();
        assertThatThrownBy(() -> a.retention(w11, w10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window (2024-W10) must start on or after the end of cohort (2024-W11)");
    }

    @Test
    void emptyAccumulator() {
        ActiveUsers a = ActiveUsers.create(MARCH_2024, ZoneOffset.UTC);
        assertThat(a.mau(MARCH)).isZero();
        assertThat(a.stickiness(MARCH_2024).isDefined()).isFalse();
        assertThat(a.stickiness("none", MARCH_2024).isDefined()).isFalse();
        assertThat(a.accounts()).isEmpty();
    }

    @Test
    void rejectsEventsAndQuestionsOutsideThePeriod() {
        ActiveUsers a = march(javadocEvents());
        UsageEvent april = UsageEvent.of("acme", "u9", at(31, 23, 0).plusSeconds(3600));
        assertThatThrownBy(() -> a.accept(april)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-04-01").hasMessageContaining("outside the period 2024-03");
        assertThat(a.mau(MARCH)).isEqualTo(2);
        assertThatThrownBy(() -> a.mau(YearMonth.of(2024, 4))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("period 2024-04").hasMessageContaining("not within");
        // The week of 1 March starts in February: WAU over part of it would be wrong.
        assertThatThrownBy(() -> a.wau(LocalDate.of(2024, 3, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-W09");
        assertThatThrownBy(() -> a.dau(LocalDate.of(2024, 2, 29))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.accept(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("event");
        assertThatThrownBy(() -> a.activeUsers(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("period");
        assertThatThrownBy(() -> a.activeUsers(null, MARCH_2024)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("accountId");
        assertThatThrownBy(() -> a.series(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> a.seatUtilisation(null, MARCH_2024)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("licensedSeats");
        assertThatThrownBy(() -> ActiveUsers.create(null, ZoneOffset.UTC)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("range");
        assertThatThrownBy(() -> ActiveUsers.collector(MARCH_2024, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("zone");
        assertThatThrownBy(() -> a.combine(ActiveUsers.create(MARCH_2024, TOKYO)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot combine");
        assertThatThrownBy(() -> a.combine(null)).isInstanceOf(NullPointerException.class);
    }

    @Provide
    Arbitrary<List<UsageEvent>> events() {
        return UsageEvents.marchEvents();
    }

    @Property
    void dauAtMostWauAtMostMauForNestedWindows(@ForAll("events") List<UsageEvent> events,
            @ForAll @IntRange(min = 4, max = 31) int dayOfMonth) {
        ActiveUsers a = march(events);
        LocalDate day = LocalDate.of(2024, 3, dayOfMonth);
        assertThat(a.dau(day)).isLessThanOrEqualTo(a.wau(day));
        assertThat(a.wau(day)).isLessThanOrEqualTo(a.mau(MARCH));
        for (String account : a.accounts()) {
            assertThat(a.activeUsers(account, UsagePeriod.ofDay(day)))
                    .isLessThanOrEqualTo(a.activeUsers(account, UsagePeriod.ofIsoWeek(day)));
            assertThat(a.activeUsers(account, UsagePeriod.ofIsoWeek(day)))
                    .isLessThanOrEqualTo(a.activeUsers(account, MARCH_2024));
        }
    }

    @Property
    void countsAreExactDistinctUsersAndRatesAreBounded(@ForAll("events") List<UsageEvent> events) {
        ActiveUsers a = march(events);
        Set<String> users = new HashSet<>();
        events.forEach(e -> users.add(e.accountId() + "/" + e.userId()));
        assertThat(a.mau(MARCH)).isEqualTo(users.size());
        Ratio stickiness = a.stickiness(MARCH_2024);
        if (stickiness.isDefined()) {
            assertThat(stickiness.compareTo(Ratio.ZERO)).isGreaterThanOrEqualTo(0);
            assertThat(stickiness.compareTo(Ratio.ONE)).isLessThanOrEqualTo(0);
        }
        UserRetention r = a.retention(UsagePeriod.ofIsoWeek(MARCH_4), UsagePeriod.ofIsoWeek(MARCH_4.plusWeeks(2)));
        assertThat(r.returned()).isBetween(0L, r.newUsers());
    }

    @Property(tries = 50)
    void allPathsAgree(@ForAll("events") List<UsageEvent> events) {
        AccumulatorChecks.assertAllPathsAgree(events, () -> ActiveUsers.create(MARCH_2024, ZoneOffset.UTC),
                a -> List.of(a.series(Granularity.DAY), a.series(Granularity.ISO_WEEK), a.activeUsersByAccount(MARCH_2024),
                        a.stickiness(MARCH_2024)));
    }
}
