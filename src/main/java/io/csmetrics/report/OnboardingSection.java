package io.csmetrics.report;

import io.csmetrics.Ratio;
import io.csmetrics.onboarding.DaysDistribution;
import io.csmetrics.onboarding.OnboardingDefinition;
import io.csmetrics.onboarding.OnboardingRecord;
import io.csmetrics.onboarding.OnboardingStats;
import io.csmetrics.onboarding.OnboardingSummary;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/** Set-up stage: completion, time to onboard and share within 7 days, seminar attendance, time to value. */
final class OnboardingSection implements ModelSection {

    @Override
    public String title() {
        return "Set up: onboarding";
    }

    @Override
    public Report.Section build(ReportData data) {
        Report.SectionBuilder b = new Report.SectionBuilder(id(), title());
        if (data.sample().isEmpty()) {
            b.note("Onboarding milestones are not in the CSV (" + MrrCsv.HEADER
                    + "); run without --csv to see this stage for the sample company.");
            return b.build();
        }
        SampleCompany company = data.sample().get();
        OnboardingDefinition definition = SampleOnboarding.DEFINITION;
        LocalDate asOf = SampleOnboarding.asOf(company);
        List<OnboardingRecord> records = SampleOnboarding.generate(company);
        OnboardingSummary all = records.parallelStream().collect(OnboardingStats.collector(definition, asOf));
        b.note("Required milestones: " + String.join(", ", definition.requiredMilestones()) + "; value milestone: "
                + definition.valueMilestone() + "; target: " + definition.targetDays() + " days.");
        b.figure("as_of", "onboarding as of", Value.period(asOf));
        b.figure("accounts", "accounts signed up " + SampleCompany.FIRST_MONTH.plusMonths(1) + " to "
                + YearMonth.from(asOf), Value.count(all.accounts()));
        b.figure("completion_rate", "completion rate", rate(all.completionRate()));
        distribution(b, "time_to_onboard", "time to onboard", all.timeToOnboard());
        b.figure("within_target", "onboarded within " + definition.targetDays() + " days",
                rate(all.shareOnboardedWithinTarget()), "censored accounts count once their " + definition.targetDays()
                        + " days have passed");
        b.figure("seminar_attendance", "seminar attendance", rate(all.seminarAttendanceRate()));
        distribution(b, "time_to_value", "time to value (" + definition.valueMilestone() + ")", all.timeToValue());
        SortedMap<YearMonth, OnboardingSummary> cohorts = records.stream()
                .collect(OnboardingStats.byContractMonth(definition, asOf));
        List<List<Value>> rows = new ArrayList<>();
        cohorts.tailMap(YearMonth.from(asOf).minusMonths(3)).forEach((month, s) -> rows.add(List.of(
                Value.period(month), Value.count(s.accounts()), rate(s.completionRate()),
                rate(s.shareOnboardedWithinTarget()), s.timeToOnboard().median().isPresent()
                        ? new Value.Number(java.math.BigDecimal.valueOf(s.timeToOnboard().median().getAsLong()), "d")
                        : new Value.Undefined("none onboarded"))));
        b.add(new Block.Table("last_cohorts", "last contract-month cohorts", List.of("contract month", "accounts",
                "completion", "within target", "median time to onboard"), rows));
        return b.build();
    }

    static Value rate(Ratio r) {
        return Value.percent(r, 1, "no accounts");
    }

    private static void distribution(Report.SectionBuilder b, String key, String label, DaysDistribution d) {
        b.figure(key + "_reached", label + ": accounts reached", Value.count(d.count()));
        b.figure(key + "_censored", label + ": not yet (censored)", Value.count(d.censored()));
        if (d.count() == 0) {
            return;
        }
        b.figure(key + "_mean", label + ": mean", Value.number(d.mean().toBigDecimal(MathContext.DECIMAL64), 2, "d"));
        b.figure(key + "_median", label + ": median", new Value.Number(java.math.BigDecimal.valueOf(
                d.median().getAsLong()), "d"), "nearest rank");
        b.figure(key + "_p90", label + ": p90", new Value.Number(java.math.BigDecimal.valueOf(d.p90().getAsLong()), "d"),
                "nearest rank");
        b.figure(key + "_max", label + ": max", new Value.Number(java.math.BigDecimal.valueOf(d.max().getAsLong()), "d"));
    }
}
