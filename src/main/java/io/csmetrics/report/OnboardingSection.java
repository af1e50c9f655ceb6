package io.csmetrics.report;

import io.csmetrics.Ratio;
import io.csmetrics.onboarding.DaysDistribution;
import io.csmetrics.onboarding.OnboardingDefinition;
import io.csmetrics.onboarding.OnboardingRecord;
import io.csmetrics.onboarding.OnboardingStats;
import io.csmetrics.onboarding.OnboardingSummary;
import java.io.PrintStream;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;

/** Set-up stage: completion, time to onboard and share within 7 days, seminar attendance, time to value. */
final class OnboardingSection implements ReportSection {

    @Override
    public String title() {
        return "Set up: onboarding";
    }

    @Override
    public void write(ReportData data, PrintStream out) {
        if (data.sample().isEmpty()) {
            out.println("onboarding milestones are not in the CSV (" + MrrCsv.HEADER
                    + "); run without --csv to see this stage for the sample company");
            return;
        }
        SampleCompany company = data.sample().get();
        OnboardingDefinition definition = SampleOnboarding.DEFINITION;
        LocalDate asOf = SampleOnboarding.asOf(company);
        List<OnboardingRecord> records = SampleOnboarding.generate(company);
        OnboardingSummary all = records.parallelStream().collect(OnboardingStats.collector(definition, asOf));
        out.printf("required milestones: %s; value milestone: %s; target: %d days; as of %s%n",
                String.join(", ", definition.requiredMilestones()), definition.valueMilestone(),
                definition.targetDays(), asOf);
        out.printf("accounts signed up %s to %s: %d%n", SampleCompany.FIRST_MONTH.plusMonths(1),
                YearMonth.from(asOf), all.accounts());
        out.printf("completion rate: %s%n", rate(all.completionRate()));
        out.printf("time to onboard: %s%n", distribution(all.timeToOnboard()));
        out.printf("onboarded within %d days: %s (censored accounts count once their %d days have passed)%n",
                definition.targetDays(), rate(all.shareOnboardedWithinTarget()), definition.targetDays());
        out.printf("seminar attendance: %s%n", rate(all.seminarAttendanceRate()));
        out.printf("time to value (%s): %s%n", definition.valueMilestone(), distribution(all.timeToValue()));
        SortedMap<YearMonth, OnboardingSummary> cohorts = records.stream()
                .collect(OnboardingStats.byContractMonth(definition, asOf));
        out.println("last cohorts (contract month: accounts, completion, within target, median days):");
        cohorts.tailMap(YearMonth.from(asOf).minusMonths(3)).forEach((month, s) -> out.printf(
                "  %s: %4d, %s, %s, %s%n", month, s.accounts(), rate(s.completionRate()),
                rate(s.shareOnboardedWithinTarget()), days(s.timeToOnboard())));
    }

    static String rate(Ratio r) {
        return r.isDefined() ? r + " = " + r.toPercent(1, RoundingMode.HALF_EVEN) + " %" : r + " (undefined)";
    }

    private static String days(DaysDistribution d) {
        return d.median().isPresent() ? d.median().getAsLong() + " d" : "undefined";
    }

    private static String distribution(DaysDistribution d) {
        if (d.count() == 0) {
            return "no account has reached it (" + d.censored() + " censored)";
        }
        return String.format("%d reached, %d censored (not yet); over those reached: mean %s d, median %d d, "
                + "p90 %d d, max %d d (nearest-rank percentiles)", d.count(), d.censored(),
                d.mean().toBigDecimal(new MathContext(3)).toPlainString(), d.median().getAsLong(),
                d.p90().getAsLong(), d.max().getAsLong());
    }
}
