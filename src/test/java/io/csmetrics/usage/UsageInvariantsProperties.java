package io.csmetrics.usage;

import static io.csmetrics.usage.UsageEvents.MARCH;
import static io.csmetrics.usage.UsageEvents.MARCH_2024;
import static io.csmetrics.usage.UsageEvents.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Ratio;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the usage family over arbitrary event streams: every rate within [0, 1], more events
 * never lower a count, a longer session timeout never yields more sessions, the series of a
 * granularity partitions the range, and every value type survives serialisation. Path agreement of the
 * three accumulators lives in their own tests.
 */
class UsageInvariantsProperties {

    private static final int SEATS = 4;

    @Provide
    Arbitrary<List<UsageEvent>> events() {
        return UsageEvents.marchEvents();
    }

    private static ActiveUsers active(List<UsageEvent> events) {
        return events.stream().collect(ActiveUsers.collector(MARCH_2024, ZoneOffset.UTC));
    }

    private static boolean withinUnit(Ratio r) {
        return !r.isDefined() || (r.compareTo(Ratio.ZERO) >= 0 && r.compareTo(Ratio.ONE) <= 0);
    }

    @Property
    void stickinessRetentionAndAdoptionAreRates(@ForAll("events") List<UsageEvent> events,
            @ForAll @IntRange(min = 1, max = 24) int cohortDay) {
        ActiveUsers a = active(events);
        assertThat(withinUnit(a.stickiness(MARCH_2024))).isTrue();
        for (String account : a.accounts()) {
            assertThat(withinUnit(a.stickiness(account, MARCH_2024))).isTrue();
        }
        UsagePeriod cohort = UsagePeriod.ofDay(LocalDate.of(2024, 3, cohortDay));
        UsagePeriod window = UsagePeriod.between(cohort.endExclusive(), MARCH_2024.endExclusive());
        assertThat(withinUnit(a.retention(cohort, window).rate())).isTrue();
        FeatureAdoption f = events.stream().collect(FeatureAdoption.collector(MARCH_2024, ZoneOffset.UTC));
        for (String feature : f.features()) {
            assertThat(withinUnit(f.accountAdoption(feature).rate())).isTrue();
            assertThat(withinUnit(f.userAdoption(feature).rate())).isTrue();
        }
    }

    @Property
    void seatUtilisationCountsTheAccountsActiveUsersOverItsSeats(@ForAll("events") List<UsageEvent> events) {
        ActiveUsers a = active(events);
        Map<String, SeatUtilisation> u = a.seatUtilisation(Map.of("a", SEATS, "b", SEATS, "c", SEATS), MARCH_2024);
        assertThat(u).containsOnlyKeys("a", "b", "c");
        u.forEach((account, s) -> {
            assertThat(s.activeUsers()).isEqualTo(a.activeUsers(account, MARCH_2024));
            assertThat(s.ratio()).isEqualTo(Ratio.of(s.activeUsers(), SEATS));
            assertThat(s.isOverLicensed()).isEqualTo(s.activeUsers() > SEATS);
        });
    }

    @Property
    void moreEventsNeverLowerAnyCount(@ForAll("events") List<UsageEvent> events,
            @ForAll("events") List<UsageEvent> more) {
        List<UsageEvent> all = new ArrayList<>(events);
        all.addAll(more);
        ActiveUsers before = active(events);
        ActiveUsers after = active(all);
        assertThat(after.mau(MARCH)).isGreaterThanOrEqualTo(before.mau(MARCH));
        for (UsagePeriod day : Granularity.DAY.periodsWithin(MARCH_2024)) {
            assertThat(after.activeUsers(day)).isGreaterThanOrEqualTo(before.activeUsers(day));
        }
        FeatureAdoption fBefore = events.stream().collect(FeatureAdoption.collector(MARCH_2024, ZoneOffset.UTC));
        FeatureAdoption fAfter = all.stream().collect(FeatureAdoption.collector(MARCH_2024, ZoneOffset.UTC));
        for (String feature : fBefore.features()) {
            assertThat(fAfter.accountAdoption(feature).adopters())
                    .isGreaterThanOrEqualTo(fBefore.accountAdoption(feature).adopters());
            assertThat(fAfter.userAdoption(feature).adopters())
                    .isGreaterThanOrEqualTo(fBefore.userAdoption(feature).adopters());
        }
    }

    @Property
    void aLongerTimeoutNeverYieldsMoreSessionsAndKeepsEveryEvent(@ForAll("events") List<UsageEvent> events,
            @ForAll @IntRange(min = 1, max = 120) int minutes, @ForAll @IntRange(max = 600) int longerBy) {
        SessionSummary shorter = events.stream()
                .collect(Sessions.collector(MARCH_2024, ZoneOffset.UTC, Duration.ofMinutes(minutes))).summary();
        SessionSummary longer = events.stream()
                .collect(Sessions.collector(MARCH_2024, ZoneOffset.UTC, Duration.ofMinutes(minutes + longerBy)))
                .summary();
        assertThat(longer.sessions()).isLessThanOrEqualTo(shorter.sessions());
        assertThat(longer.events()).isEqualTo(shorter.events()).isEqualTo(events.size());
        assertThat(shorter.sessions()).isLessThanOrEqualTo(shorter.events());
        assertThat(longer.totalDuration()).isGreaterThanOrEqualTo(shorter.totalDuration());
    }

    @Property
    void eachGranularitysPeriodsPartitionTheRange(@ForAll Granularity granularity,
            @ForAll @IntRange(min = 1, max = 31) int fromDay, @ForAll @IntRange(min = 1, max = 40) int length) {
        LocalDate from = LocalDate.of(2024, 3, fromDay);
        UsagePeriod range = UsagePeriod.between(from, from.plusDays(length));
        List<UsagePeriod> periods = granularity.periodsWithin(range);
        long covered = periods.stream().mapToLong(UsagePeriod::days).sum();
        assertThat(covered).isLessThanOrEqualTo(range.days());
        for (int i = 0; i < periods.size(); i++) {
            assertThat(range.encloses(periods.get(i))).isTrue();
            assertThat(periods.get(i)).isEqualTo(granularity.periodOf(periods.get(i).start()));
            if (i > 0) {
                assertThat(periods.get(i - 1).endExclusive()).isEqualTo(periods.get(i).start());
            }
        }
    }

    @Property
    void eventsPeriodsAndSummariesSurviveSerialisation(@ForAll("events") List<UsageEvent> events) {
        for (UsageEvent e : events) {
            UsageEvent copy = AccumulatorChecks.roundTrip(e);
            assertThat(copy).isEqualTo(e).hasSameHashCodeAs(e).hasToString(e.toString());
            assertThat(copy.feature()).isEqualTo(e.feature());
        }
        assertThat(AccumulatorChecks.roundTrip(MARCH_2024)).isEqualTo(MARCH_2024);
        ActiveUsers a = active(events);
        ActiveUsers shipped = AccumulatorChecks.roundTrip(a);
        assertThat(shipped.series(Granularity.DAY)).isEqualTo(a.series(Granularity.DAY));
        assertThat(shipped.stickiness(MARCH_2024)).isEqualTo(a.stickiness(MARCH_2024));
        Sessions s = events.stream().collect(Sessions.collector(MARCH_2024, ZoneOffset.UTC, Sessions.DEFAULT_TIMEOUT));
        assertThat(AccumulatorChecks.roundTrip(s).summaryByAccount()).isEqualTo(s.summaryByAccount());
        FeatureAdoption f = events.stream().collect(FeatureAdoption.collector(MARCH_2024, ZoneOffset.UTC));
        assertThat(AccumulatorChecks.roundTrip(f).accountAdoptionByFeature()).isEqualTo(f.accountAdoptionByFeature());
    }

    @Example
    void retentionCountsOnlyUsersFirstSeenInTheCohortAndThoseActiveInTheWindow() {
        // Cohort W10 (4-10 March): a first seen Monday 4th and back Tuesday 12th; b (Wednesday 6th) and
        // c (Sunday 10th, the cohort's last day) never back. d is first seen on Monday 11th, the window's
        // first day: new in the window, not in the cohort. So 3 new users, 1 returned.
        ActiveUsers a = active(List.of(UsageEvent.of("x", "a", at(4, 9, 0)), UsageEvent.of("x", "a", at(12, 9, 0)),
                UsageEvent.of("x", "b", at(6, 9, 0)), UsageEvent.of("x", "c", at(10, 23, 59)),
                UsageEvent.of("x", "d", at(11, 0, 0)), UsageEvent.of("x", "d", at(14, 9, 0))));
        UserRetention r = a.retention(UsagePeriod.ofIsoWeek(LocalDate.of(2024, 3, 4)),
                UsagePeriod.ofIsoWeek(LocalDate.of(2024, 3, 11)));
        assertThat(r.newUsers()).isEqualTo(3);
        assertThat(r.returned()).isEqualTo(1);
        assertThat(r.rate()).isEqualTo(Ratio.of(1, 3));
    }

    @Example
    void usingExactlyEverySeatIsNotOverLicensed() {
        assertThat(new SeatUtilisation("acme", 20, 20).isOverLicensed()).isFalse();
        assertThat(new SeatUtilisation("acme", 20, 20).ratio().isEquivalent(Ratio.ONE)).isTrue();
        assertThat(new SeatUtilisation("acme", 21, 20).isOverLicensed()).isTrue();
    }
}
