package io.csmetrics.report;

import io.csmetrics.Money;
import io.csmetrics.clv.Transaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The sample company's one-off purchases (add-ons, training, professional services) by its accounts:
 * a non-contractual stream beside the subscriptions. Each account buys as a Poisson process from its
 * signup month with its own rate ({@code Gamma(0.6, 4 weeks)}), may stop after each purchase with its
 * own probability ({@code Beta(1, 3)}), and spends a gamma-distributed amount around its own mean
 * (Gamma-Gamma with {@code p = 4}, {@code q = 5}, {@code γ = 600}): the BG/NBD and Gamma-Gamma
 * assumptions, so the section's fits have something true to recover.
 */
final class SampleTransactions {

    private SampleTransactions() {
    }

    static List<Transaction> generate(SampleCompany company) {
        // A stream of its own, so adding this stage leaves the company itself unchanged.
        SplittableRandom random = new SplittableRandom(company.seed() * 31 + 0x7C1);
        LocalDate end = SampleCompany.FIRST_MONTH.plusMonths(SampleCompany.MONTHS - 1L).atEndOfMonth();
        List<Transaction> list = new ArrayList<>();
        for (SampleCompany.Account a : company.accounts()) {
            LocalDate start = a.signupMonth().atDay(1 + random.nextInt(a.signupMonth().lengthOfMonth()));
            if (start.isAfter(end)) {
                continue;
            }
            double ratePerDay = gamma(random, 0.6) / (4 * 7);
            double g1 = gamma(random, 1);
            double dropout = g1 / (g1 + gamma(random, 3));
            double nu = gamma(random, 5) / 600;
            double day = 0;
            long horizon = end.toEpochDay() - start.toEpochDay();
            list.add(purchase(a.id(), start, random, nu));
            while (true) {
                day += -Math.log(1 - random.nextDouble()) / ratePerDay;
                if (day > horizon) {
                    break;
                }
                list.add(purchase(a.id(), start.plusDays((long) day), random, nu));
                if (random.nextDouble() < dropout) {
                    break;
                }
            }
        }
        Collections.shuffle(list, new java.util.Random(company.seed()));
        return List.copyOf(list);
    }

    private static Transaction purchase(String id, LocalDate date, SplittableRandom random, double nu) {
        double amount = Math.max(1, gamma(random, 4) / nu);
        return Transaction.of(id, date,
                Money.of(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN), SampleCompany.USD));
    }

    /** A {@code Gamma(shape, 1)} variate (Marsaglia &amp; Tsang, with the {@code U^(1/shape)} boost below 1). */
    private static double gamma(SplittableRandom random, double shape) {
        if (shape < 1) {
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            if (Math.log(random.nextDouble()) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
