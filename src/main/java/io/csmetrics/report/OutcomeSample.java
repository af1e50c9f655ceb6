package io.csmetrics.report;

import io.csmetrics.MrrHistory;
import io.csmetrics.outcome.CustomerGoal;
import io.csmetrics.outcome.GoalObservation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The sample company's customer goals, generated from its accounts and seed: about a third of the
 * accounts set a business goal at sign-up (cut support time, grow weekly active users, close the books
 * faster, grow pipeline), due twelve months later, measured at the end of every month the account is
 * active. Each account has its own effectiveness, so some goals are met early, some late, some never.
 */
final class OutcomeSample {

    private record Template(String metric, BigDecimal baseline, BigDecimal target, int scale) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("support hours per ticket", new BigDecimal("10.0"), new BigDecimal("6.0"), 1),
            new Template("weekly active users", new BigDecimal("40"), new BigDecimal("100"), 0),
            new Template("days to close the books", new BigDecimal("12"), new BigDecimal("5"), 0),
            new Template("monthly pipeline (kUSD)", new BigDecimal("250"), new BigDecimal("400"), 0));

    private OutcomeSample() {
    }

    /** The date the sample's goals are judged at: the last day of the company's last month. */
    static LocalDate asOf() {
        return SampleCompany.FIRST_MONTH.plusMonths(SampleCompany.MONTHS - 1L).atEndOfMonth();
    }

    static List<CustomerGoal> generate(SampleCompany company) {
        SplittableRandom random = new SplittableRandom(company.seed() * 31 + 0x60A1);
        List<CustomerGoal> goals = new ArrayList<>();
        List<SampleCompany.Account> accounts = company.accounts();
        List<MrrHistory> histories = company.histories();
        for (int i = 0; i < accounts.size(); i++) {
            SampleCompany.Account a = accounts.get(i);
            if (random.nextDouble() >= 0.33) {
                continue;
            }
            // Larger customers often set a second goal, so "every goal" and "any goal" differ.
            int count = a.initialSeats() >= 8 && random.nextDouble() < 0.4 ? 2 : 1;
            int first = random.nextInt(TEMPLATES.size());
            for (int g = 0; g < count; g++) {
                goals.add(goal(random, a, histories.get(i), TEMPLATES.get((first + g) % TEMPLATES.size())));
            }
        }
        return Collections.unmodifiableList(goals);
    }

    private static CustomerGoal goal(SplittableRandom random, SampleCompany.Account a, MrrHistory history, Template t) {
        LocalDate start = a.signupMonth().atDay(1);
        LocalDate deadline = start.plusMonths(12);
        double effectiveness = 0.3 + random.nextDouble() * 1.1;
        BigDecimal span = t.target().subtract(t.baseline());
        List<GoalObservation> observations = new ArrayList<>();
        YearMonth lastMonth = SampleCompany.FIRST_MONTH.plusMonths(SampleCompany.MONTHS - 1L);
        for (int k = 1; k <= 18; k++) {
            YearMonth month = a.signupMonth().plusMonths(k - 1L);
            if (month.isAfter(lastMonth) || !history.mrrAt(month).isPositive()) {
                break;
            }
            double progress = Math.min(effectiveness * k / 12.0, 1.25) + (random.nextDouble() - 0.5) * 0.1;
            BigDecimal value = t.baseline().add(span.multiply(BigDecimal.valueOf(progress)))
                    .setScale(t.scale(), RoundingMode.HALF_EVEN);
            observations.add(GoalObservation.of(month.atEndOfMonth(), value));
        }
        return CustomerGoal.of(a.id(), t.metric(), t.baseline(), t.target(), start, deadline, observations);
    }
}
