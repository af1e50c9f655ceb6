package io.csmetrics.report;

import io.csmetrics.onboarding.OnboardingDefinition;
import io.csmetrics.onboarding.OnboardingRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The sample company's onboarding records: for every account that signed up inside the window
 * (opening accounts were onboarded before it), a contract start in its signup month, the dates of
 * the milestones it reached by the as-of date (the end of the last month), and seminar attendance.
 * Larger accounts take longer and attend the seminar more often; about one in ten stalls on a
 * milestone. Deterministic from the company's seed.
 */
final class SampleOnboarding {

    static final String WORKSPACE = "workspace-created";
    static final String SSO = "sso-configured";
    static final String IMPORT = "data-imported";
    static final String FIRST_DASHBOARD = "first-dashboard";
    static final OnboardingDefinition DEFINITION = OnboardingDefinition.of(Set.of(WORKSPACE, SSO, IMPORT),
            FIRST_DASHBOARD);

    private SampleOnboarding() {
    }

    static LocalDate asOf(SampleCompany company) {
        return SampleCompany.FIRST_MONTH.plusMonths(SampleCompany.MONTHS - 1L).atEndOfMonth();
    }

    static List<OnboardingRecord> generate(SampleCompany company) {
        SplittableRandom random = new SplittableRandom(company.seed() ^ 0x0B0A4D1E6L);
        LocalDate asOf = asOf(company);
        List<OnboardingRecord> records = new ArrayList<>();
        for (SampleCompany.Account a : company.accounts()) {
            if (!a.signupMonth().isAfter(SampleCompany.FIRST_MONTH)) {
                continue;
            }
            LocalDate start = a.signupMonth().atDay(1 + random.nextInt(a.signupMonth().lengthOfMonth()));
            double size = a.initialSeats() >= 20 ? 2.0 : a.initialSeats() >= 8 ? 1.4 : 1.0;
            Map<String, LocalDate> reached = new HashMap<>();
            LocalDate day = start.plusDays(random.nextInt(2));
            put(reached, WORKSPACE, day, asOf);
            boolean stalls = random.nextDouble() < 0.10;
            day = day.plusDays(Math.round(size * random.nextInt(5)));
            put(reached, SSO, day, asOf);
            if (!stalls) {
                day = day.plusDays(Math.round(size * (1 + random.nextInt(6))));
                put(reached, IMPORT, day, asOf);
                day = day.plusDays(Math.round(size * (1 + random.nextInt(9))));
                put(reached, FIRST_DASHBOARD, day, asOf);
            }
            boolean seminar = random.nextDouble() < (size > 1 ? 0.85 : 0.6);
            records.add(OnboardingRecord.of(a.id(), start, reached, seminar));
        }
        return records;
    }

    private static void put(Map<String, LocalDate> reached, String milestone, LocalDate day, LocalDate asOf) {
        if (!day.isAfter(asOf)) {
            reached.put(milestone, day);
        }
    }
}
