package io.csmetrics.report;

import io.csmetrics.Ratio;
import io.csmetrics.usage.ActiveUsers;
import io.csmetrics.usage.Adoption;
import io.csmetrics.usage.FeatureAdoption;
import io.csmetrics.usage.Granularity;
import io.csmetrics.usage.SeatUtilisation;
import io.csmetrics.usage.SessionSummary;
import io.csmetrics.usage.Sessions;
import io.csmetrics.usage.UsagePeriod;
import java.io.PrintStream;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

/** Use stage: DAU/WAU/MAU and stickiness, logins and sessions, seat utilisation, key-feature adoption. */
final class UsageSection implements ReportSection {

    @Override
    public String title() {
        return "Use: product usage";
    }

    @Override
    public void write(ReportData data, PrintStream out) {
        if (data.sample().isEmpty()) {
            out.println("usage events and licensed seats are not in the CSV (" + MrrCsv.HEADER
                    + "); run without --csv to see this stage for the sample company");
            return;
        }
        SampleUsage usage = new SampleUsage(data.sample().get());
        UsagePeriod month = usage.period();
        ActiveUsers active = ActiveUsers.create(month, SampleUsage.ZONE);
        FeatureAdoption adoption = FeatureAdoption.create(month, SampleUsage.ZONE);
        Sessions sessions = Sessions.create(month, SampleUsage.ZONE);
        long[] events = {0};
        usage.forEachEvent(e -> {
            active.accept(e);
            adoption.accept(e);
            sessions.accept(e);
            events[0]++;
        });
        out.printf("month %s (%s time): %d events from %d of %d paying accounts%n", month, SampleUsage.ZONE, events[0],
                active.accounts().size(), usage.licensedSeats().size());
        SortedMap<UsagePeriod, Long> daily = active.series(Granularity.DAY);
        long dauSum = daily.values().stream().mapToLong(Long::longValue).sum();
        LocalDate lastDay = month.endExclusive().minusDays(1);
        List<UsagePeriod> weeks = Granularity.ISO_WEEK.periodsWithin(month);
        UsagePeriod lastWeek = weeks.get(weeks.size() - 1);
        out.printf("DAU: average %s, on %s %d; WAU %s: %d; MAU: %d%n",
                Ratio.of(dauSum, daily.size()).toBigDecimal(new MathContext(1 + digits(dauSum / daily.size()))), lastDay, active.dau(lastDay), lastWeek, active.activeUsers(lastWeek), active.mau(usage.month()));
        out.printf("stickiness (average DAU / MAU): %s%n", OnboardingSection.rate(active.stickiness(month)));
        SessionSummary s = sessions.summary();
        out.printf("sessions (30-minute inactivity gap): %d, %s events per session, mean length %s; logins per "
                + "active account: %s%n", s.sessions(), s.eventsPerSession().toBigDecimal(new MathContext(3)),
                s.meanDuration().map(d -> String.format("%d min %02d s", d.toMinutes(), d.toSecondsPart()))
                        .orElse("undefined"),
                Ratio.of(s.sessions(), active.accounts().size()).toBigDecimal(new MathContext(3)));
        SortedMap<String, SeatUtilisation> seats = active.seatUtilisation(usage.licensedSeats(), month);
        long used = 0;
        long licensed = 0;
        long under = 0;
        for (SeatUtilisation u : seats.values()) {
            used += u.activeUsers();
            licensed += u.licensedSeats();
            if (u.ratio().isDefined() && u.ratio().compareTo(Ratio.of(1, 2)) < 0) {
                under++;
            }
        }
        out.printf("seat utilisation: %s overall; %d of %d accounts below 50 %%%n",
                OnboardingSection.rate(Ratio.of(used, licensed)), under, seats.size());
        for (String feature : SampleUsage.KEY_FEATURES) {
            Adoption accounts = adoption.accountAdoption(feature, usage.licensedSeats().keySet());
            Adoption users = adoption.userAdoption(feature);
            out.printf("key feature %-14s accounts %s, active users %s%n", feature + ":",
                    OnboardingSection.rate(accounts.rate()), OnboardingSection.rate(users.rate()));
        }
        String key = SampleUsage.KEY_FEATURES.get(0);
        SortedSet<String> red = adoption.accountsNotUsing(key, usage.licensedSeats().keySet());
        out.printf("red flag: %d paying accounts did not use %s this month, e.g. %s%n", red.size(), key,
                String.join(", ", red.stream().limit(5).toList()));
    }

    private static int digits(long n) {
        return Long.toString(Math.max(1, n)).length();
    }
}
