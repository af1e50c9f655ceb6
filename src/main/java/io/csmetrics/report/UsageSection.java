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
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

/** Use stage: DAU/WAU/MAU and stickiness, logins and sessions, seat utilisation, key-feature adoption. */
final class UsageSection implements ModelSection {

    @Override
    public String title() {
        return "Use: product usage";
    }

    @Override
    public Report.Section build(ReportData data) {
        Report.SectionBuilder b = new Report.SectionBuilder(id(), title());
        if (data.sample().isEmpty()) {
            b.note("Usage events and licensed seats are not in the CSV (" + MrrCsv.HEADER
                    + "); run without --csv to see this stage for the sample company.");
            return b.build();
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
        b.figure("month", "usage month", Value.period(month), SampleUsage.ZONE + " time");
        b.figure("events", "events", Value.count(events[0]));
        b.figure("active_accounts", "active accounts", Value.count(active.accounts().size()),
                "of " + usage.licensedSeats().size() + " paying accounts");
        SortedMap<UsagePeriod, Long> daily = active.series(Granularity.DAY);
        long dauSum = daily.values().stream().mapToLong(Long::longValue).sum();
        LocalDate lastDay = month.endExclusive().minusDays(1);
        List<UsagePeriod> weeks = Granularity.ISO_WEEK.periodsWithin(month);
        UsagePeriod lastWeek = weeks.get(weeks.size() - 1);
        b.figure("dau_average", "DAU, average", Value.number(Ratio.of(dauSum, daily.size())
                .toBigDecimal(MathContext.DECIMAL64), 1, "users"));
        b.figure("dau_last_day", "DAU on " + lastDay, Value.count(active.dau(lastDay)));
        b.figure("wau_last_week", "WAU " + lastWeek, Value.count(active.activeUsers(lastWeek)));
        b.figure("mau", "MAU", Value.count(active.mau(usage.month())));
        b.figure("stickiness", "stickiness, average DAU / MAU", OnboardingSection.rate(active.stickiness(month)));
        SessionSummary s = sessions.summary();
        b.figure("sessions", "sessions", Value.count(s.sessions()), "30-minute inactivity gap");
        b.figure("events_per_session", "events per session", Value.number(s.eventsPerSession()
                .toBigDecimal(MathContext.DECIMAL64), 2, ""));
        b.figure("mean_session_length", "mean session length", s.meanDuration()
                .<Value>map(d -> Value.number(java.math.BigDecimal.valueOf(d.toMillis(), 3).divide(
                        java.math.BigDecimal.valueOf(60), MathContext.DECIMAL64), 1, "min"))
                .orElse(new Value.Undefined("no sessions")));
        b.figure("logins_per_active_account", "logins per active account", Value.number(
                Ratio.of(s.sessions(), active.accounts().size()).toBigDecimal(MathContext.DECIMAL64), 1, ""));
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
        b.figure("seat_utilisation", "seat utilisation", OnboardingSection.rate(Ratio.of(used, licensed)),
                used + " of " + licensed + " seats");
        b.figure("accounts_below_half_seats", "accounts using under 50 % of their seats", Value.count(under),
                "of " + seats.size());
        List<List<Value>> rows = new ArrayList<>();
        for (String feature : SampleUsage.KEY_FEATURES) {
            Adoption accounts = adoption.accountAdoption(feature, usage.licensedSeats().keySet());
            Adoption users = adoption.userAdoption(feature);
            rows.add(List.of(Value.text(feature), OnboardingSection.rate(accounts.rate()),
                    OnboardingSection.rate(users.rate())));
        }
        b.add(new Block.Table("key_features", "key-feature adoption", List.of("feature", "accounts", "active users"),
                rows));
        String key = SampleUsage.KEY_FEATURES.get(0);
        SortedSet<String> red = adoption.accountsNotUsing(key, usage.licensedSeats().keySet());
        b.figure("red_flag_" + key, "paying accounts that did not use " + key + " this month", Value.count(red.size()),
                "e.g. " + String.join(", ", red.stream().limit(5).toList()));
        return b.build();
    }
}
