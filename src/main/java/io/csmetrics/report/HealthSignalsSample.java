package io.csmetrics.report;

import io.csmetrics.MrrHistory;
import io.csmetrics.health.AccountSignals;
import io.csmetrics.health.Observation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic health signals for the sample company's accounts as of one month: key features
 * used, the logins trend, seat use, the latest NPS answer (often missing) and open support tickets.
 *
 * <p>The signals are drawn from distributions that depend on whether the account's MRR history
 * shows it churning within the next six months, so a model has something real to find; the
 * overlap is wide, as in life. Seeded from the company's seed, so the same company gives the same
 * signals on every JDK.
 */
final class HealthSignalsSample {

    static final YearMonth AS_OF_MONTH = SampleCompany.FIRST_MONTH.plusMonths(11);
    static final int HORIZON_MONTHS = 6;
    static final String[] KEY_FEATURES = {"reports", "dashboards", "integrations"};

    /** One active account: its observation (signals + churn date) and its MRR at the as-of month. */
    record Row(Observation observation, long mrrMinor, int npsAnswer) {
    }

    private HealthSignalsSample() {
    }

    static List<Row> generate(SampleCompany company) {
        SplittableRandom random = new SplittableRandom(company.seed() ^ 0x4845414c5448L);
        LocalDate asOf = AS_OF_MONTH.atEndOfMonth();
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < company.histories().size(); k++) {
            MrrHistory h = company.histories().get(k);
            SampleCompany.Account a = company.accounts().get(k);
            long mrr = h.mrrAt(AS_OF_MONTH).toMinorUnits();
            SplittableRandom r = random.split();
            if (mrr == 0) {
                continue;
            }
            LocalDate churnedOn = null;
            for (int m = 1; m <= 12 && AS_OF_MONTH.plusMonths(m).isBefore(SampleCompany.FIRST_MONTH.plusMonths(SampleCompany.MONTHS)); m++) {
                if (h.mrrAt(AS_OF_MONTH.plusMonths(m)).isZero()) {
                    churnedOn = AS_OF_MONTH.plusMonths(m).atDay(1);
                    break;
                }
            }
            boolean atRisk = churnedOn != null && !churnedOn.isAfter(asOf.plusMonths(HORIZON_MONTHS));
            Map<String, Double> s = new LinkedHashMap<>();
            double[] featureUse = atRisk ? new double[] {0.45, 0.35, 0.2} : new double[] {0.8, 0.65, 0.4};
            for (int f = 0; f < KEY_FEATURES.length; f++) {
                s.put(KEY_FEATURES[f], r.nextDouble() < featureUse[f] ? (double) (1 + r.nextInt(30)) : 0.0);
            }
            s.put("logins_trend", round(gaussian(r, atRisk ? -0.12 : 0.04, 0.2), 3));
            s.put("seat_use", round(clamp(gaussian(r, atRisk ? 50 : 70, 20), 0, 100), 1));
            int nps = -1;
            if (r.nextDouble() < 0.6) {
                nps = (int) clamp(Math.round(gaussian(r, atRisk ? 5.5 : 8, 2)), 0, 10);
                s.put("nps", (double) nps);
            }
            s.put("tickets", (double) poisson(r, atRisk ? 3.5 : 1.5));
            AccountSignals signals = new AccountSignals(a.id(), a.segment(), s);
            rows.add(new Row(Observation.of(signals, asOf, churnedOn), mrr, nps));
        }
        return rows;
    }

    private static double gaussian(SplittableRandom r, double mean, double sd) {
        // Box–Muller: SplittableRandom has no nextGaussian on Java 17, and its algorithm is specified.
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static int poisson(SplittableRandom r, double mean) {
        double limit = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > limit);
        return k - 1;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
