package io.csmetrics.report;

import io.csmetrics.MrrHistory;
import io.csmetrics.activity.Activity;
import io.csmetrics.activity.ActivityKind;
import io.csmetrics.activity.CasePriority;
import io.csmetrics.activity.SupportCase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * CS activity and support cases of the sample company over its last twelve months, derived
 * deterministically from its accounts: every account paying at the start of the year has a CSM and a
 * team (as in {@link SampleDeals}); while it pays, it gets touches at a rate set by its segment
 * (mid-market ≈ 3 a month with a QBR a quarter, smb ≈ 1.5, self-serve ≈ 0.3) and support cases
 * (≈ 0.4 a month), resolved after a log-normal time with a median of about 12 hours. Each account
 * also gets drawn usage shares and a goal attainment, now and a quarter earlier, for the scorecard.
 *
 * <p>No effect of the CS work on renewal is simulated (as for the ROI counterfactual): any
 * difference the report shows between groups is chance or the mechanical link that churned accounts
 * stop getting touches.
 */
final class SampleCsActivity {

    /** The drawn customer signals of one account. */
    record Usage(double activeUserShare, double keyFeatureShare, double goalAttainment, double previousActiveUserShare,
            double previousKeyFeatureShare, double previousGoalAttainment) {
    }

    /** Everything the CS-team section needs. */
    record Data(YearMonth startMonth, YearMonth lastMonth, List<Activity> activities, List<SupportCase> cases,
            Map<String, String> csmOf, Map<String, String> teamOf, Map<String, String> segmentOf,
            Map<String, Usage> usage) {

        LocalDate from() {
            return startMonth.plusMonths(1).atDay(1);
        }

        LocalDate to() {
            return lastMonth.atEndOfMonth();
        }

        Instant asOf() {
            return to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    private SampleCsActivity() {
    }

    static Data generate(SampleCompany company) {
        YearMonth last = SampleCompany.FIRST_MONTH.plusMonths(SampleCompany.MONTHS - 1L);
        YearMonth start = last.minusMonths(12);
        SplittableRandom random = new SplittableRandom(company.seed() ^ 0x4353_4F50_5341L);
        List<Activity> activities = new ArrayList<>();
        List<SupportCase> cases = new ArrayList<>();
        Map<String, String> csmOf = new LinkedHashMap<>();
        Map<String, String> teamOf = new LinkedHashMap<>();
        Map<String, String> segmentOf = new LinkedHashMap<>();
        Map<String, Usage> usage = new LinkedHashMap<>();
        Instant asOf = last.atEndOfMonth().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        int caseNo = 0;
        for (int k = 0; k < company.accounts().size(); k++) {
            SampleCompany.Account a = company.accounts().get(k);
            MrrHistory h = company.histories().get(k);
            SplittableRandom r = random.split();
            if (h.mrrAt(start).isZero()) {
                continue;
            }
            String csm = SampleDeals.csm(a, r);
            String team = SampleDeals.team(a);
            csmOf.put(a.id(), csm);
            teamOf.put(a.id(), team);
            segmentOf.put(a.id(), a.segment());
            double rate = a.segment().equals("mid-market") ? 3 : a.segment().equals("smb") ? 1.5 : 0.3;
            for (YearMonth m = start.plusMonths(1); !m.isAfter(last); m = m.plusMonths(1)) {
                if (h.mrrAt(m).isZero()) {
                    continue;
                }
                int touches = poisson(rate, r);
                for (int t = 0; t < touches; t++) {
                    ActivityKind kind = kind(r);
                    activities.add(Activity.of(a.id(), kind, m.atDay(1 + r.nextInt(m.lengthOfMonth())), csm, team,
                            Duration.ofMinutes(kind == ActivityKind.EMAIL ? 10 : 30 + 15L * r.nextInt(5)), ""));
                }
                boolean quarterEnd = m.getMonthValue() % 3 == 0;
                if (quarterEnd && !a.segment().equals("self-serve") && r.nextDouble() < 0.8) {
                    activities.add(Activity.of(a.id(), ActivityKind.QBR, m.atDay(1 + r.nextInt(m.lengthOfMonth())),
                            csm, team, Duration.ofMinutes(60), "QBR held"));
                }
                int n = poisson(0.4, r);
                for (int c = 0; c < n; c++) {
                    Instant opened = m.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant()
                            .plusSeconds(r.nextLong(m.lengthOfMonth() * 86_400L));
                    Instant response = opened.plusSeconds(600 + r.nextLong(8 * 3600L));
                    Instant resolved = opened.plusSeconds((long) StrictMath.exp(StrictMath.log(12 * 3600.0) + gaussian(r)) + 900);
                    if (resolved.isBefore(response)) {
                        resolved = response;
                    }
                    cases.add(SupportCase.of("CASE-" + (++caseNo), a.id(), priority(r), opened,
                            response.isAfter(asOf) ? null : response, resolved.isAfter(asOf) ? null : resolved));
                    if (r.nextDouble() < 0.5) {
                        LocalDate day = LocalDate.ofInstant(opened, ZoneOffset.UTC);
                        activities.add(Activity.of(a.id(), ActivityKind.SUPPORT_CASE, day, csm, team,
                                Duration.ofMinutes(20), "case " + caseNo));
                    }
                }
            }
            double share = 0.2 + 0.8 * r.nextDouble();
            double features = r.nextInt(4) / 3.0;
            double goal = Math.min(1.2, Math.max(0, 0.6 + 0.3 * gaussian(r)));
            usage.put(a.id(), new Usage(share, features, goal, Math.min(1, Math.max(0, share + 0.1 * gaussian(r))),
                    Math.min(1, Math.max(0, features + (r.nextInt(3) - 1) / 3.0)),
                    Math.min(1.2, Math.max(0, goal - 0.15 + 0.1 * gaussian(r)))));
        }
        return new Data(start, last, Collections.unmodifiableList(activities), Collections.unmodifiableList(cases),
                Collections.unmodifiableMap(csmOf), Collections.unmodifiableMap(teamOf),
                Collections.unmodifiableMap(segmentOf), Collections.unmodifiableMap(usage));
    }

    private static int poisson(double mean, SplittableRandom r) {
        // Knuth's method: fine for the small means here; StrictMath so every JDK draws the same.
        double limit = StrictMath.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > limit);
        return k - 1;
    }

    private static double gaussian(SplittableRandom r) {
        // Box-Muller from nextDouble, whose algorithm is specified (nextGaussian's is not), so every
        // JDK draws the same sample.
        return StrictMath.sqrt(-2 * StrictMath.log(1 - r.nextDouble())) * StrictMath.cos(2 * StrictMath.PI * r.nextDouble());
    }

    private static ActivityKind kind(SplittableRandom r) {
        double p = r.nextDouble();
        return p < 0.35 ? ActivityKind.MEETING : p < 0.75 ? ActivityKind.EMAIL : p < 0.93 ? ActivityKind.TOUCH
                : ActivityKind.TRAINING;
    }

    private static CasePriority priority(SplittableRandom r) {
        double p = r.nextDouble();
        return p < 0.3 ? CasePriority.LOW : p < 0.8 ? CasePriority.NORMAL : p < 0.95 ? CasePriority.HIGH
                : CasePriority.URGENT;
    }
}
