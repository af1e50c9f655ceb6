package io.csmetrics.report;

import io.csmetrics.BillingPeriod;
import io.csmetrics.Money;
import io.csmetrics.Mrr;
import io.csmetrics.MrrHistory;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic sample SaaS company, generated in code from a fixed seed: several plans sold per
 * seat, monthly and annual billing, new accounts every month, seat expansion and contraction,
 * plan upgrades and downgrades, churn (annual contracts only at renewal) and reactivations, in
 * USD over 24 months from January 2024.
 *
 * <p>{@link SplittableRandom}'s algorithm is specified, so the same seed gives the same company on
 * every JDK. Other stages' sample data (usage, NPS, onboarding, goals, deals) are generated from
 * {@link #accounts()} by their own generators, seeded from the same seed.
 */
final class SampleCompany {

    /** The seed of the bundled company. */
    static final long DEFAULT_SEED = 20240101L;
    static final Currency USD = Currency.getInstance("USD");
    static final YearMonth FIRST_MONTH = YearMonth.of(2024, 1);
    static final int MONTHS = 24;

    /** A price plan, per seat per month; annual billing gets two months free. */
    enum Plan {
        STARTER(49), GROWTH(99), BUSINESS(249), ENTERPRISE(499);

        final int monthlyPricePerSeat;

        Plan(int monthlyPricePerSeat) {
            this.monthlyPricePerSeat = monthlyPricePerSeat;
        }

        /** MRR in cents of one seat: monthly price, or the annual price (10 × monthly) over 12 months. */
        long seatMrrMinor(boolean annual) {
            Money price = annual ? Money.of(java.math.BigDecimal.valueOf(monthlyPricePerSeat * 10L), USD)
                    : Money.of(java.math.BigDecimal.valueOf(monthlyPricePerSeat), USD);
            // Rounded to the cent where the user (here, the sample's billing system) would invoice.
            return Mrr.of(price, annual ? BillingPeriod.ANNUAL : BillingPeriod.MONTHLY)
                    .toMoney(RoundingMode.HALF_EVEN).toMinorUnits();
        }
    }

    /** One generated account and the facts other sample generators may use. */
    record Account(String id, YearMonth signupMonth, Plan initialPlan, boolean annual, int initialSeats,
            String segment) {
    }

    private final long seed;
    private final List<Account> accounts;
    private final List<MrrHistory> histories;

    private SampleCompany(long seed, List<Account> accounts, List<MrrHistory> histories) {
        this.seed = seed;
        this.accounts = Collections.unmodifiableList(accounts);
        this.histories = Collections.unmodifiableList(histories);
    }

    static SampleCompany generate(long seed) {
        return generate(seed, 1500, 36);
    }

    /**
     * Generates the company.
     *
     * @param seed the random seed
     * @param openingAccounts accounts already paying in the first month
     * @param newPerMonth average new accounts per month thereafter
     */
    static SampleCompany generate(long seed, int openingAccounts, int newPerMonth) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Account> accounts = new ArrayList<>();
        List<MrrHistory> histories = new ArrayList<>();
        int next = 1;
        for (int m = 0; m < MONTHS; m++) {
            int arrivals = m == 0 ? openingAccounts : newPerMonth / 2 + random.nextInt(newPerMonth + 1);
            for (int k = 0; k < arrivals; k++) {
                Account a = newAccount(random, String.format("ACC-%05d", next++), FIRST_MONTH.plusMonths(m));
                accounts.add(a);
                histories.add(simulate(a, m, random));
            }
        }
        return new SampleCompany(seed, accounts, histories);
    }

    private static Account newAccount(SplittableRandom random, String id, YearMonth month) {
        double p = random.nextDouble();
        Plan plan = p < 0.45 ? Plan.STARTER : p < 0.75 ? Plan.GROWTH : p < 0.93 ? Plan.BUSINESS : Plan.ENTERPRISE;
        boolean annual = random.nextDouble() < (plan == Plan.ENTERPRISE ? 0.8 : 0.3);
        int seats = 1 + random.nextInt(plan == Plan.STARTER ? 5 : plan == Plan.GROWTH ? 15 : 40);
        String segment = seats >= 20 ? "mid-market" : seats >= 8 ? "smb" : "self-serve";
        return new Account(id, month, plan, annual, seats, segment);
    }

    private static MrrHistory simulate(Account a, int startIndex, SplittableRandom random) {
        long[] mrr = new long[MONTHS - startIndex];
        Plan plan = a.initialPlan();
        int seats = a.initialSeats();
        boolean active = true;
        int monthsSinceRenewal = startIndex == 0 ? random.nextInt(12) : 0;
        // Customers differ in how likely they are to leave (exponential, mean 1): the heterogeneity
        // that makes cohort churn fall with tenure, as the sBG model and real cohorts show.
        double propensity = -Math.log(1 - random.nextDouble());
        for (int i = 0; i < mrr.length; i++) {
            if (i > 0) {
                monthsSinceRenewal++;
                if (active) {
                    boolean renewalMonth = !a.annual() || monthsSinceRenewal % 12 == 0;
                    double churnRisk = Math.min(0.9,
                            propensity * (a.annual() ? 0.10 : plan == Plan.STARTER ? 0.035 : 0.02));
                    if (renewalMonth && random.nextDouble() < churnRisk) {
                        active = false;
                    } else {
                        double r = random.nextDouble();
                        if (r < 0.060) {
                            seats += 1 + random.nextInt(Math.max(1, seats / 4));
                        } else if (r < 0.075 && plan.ordinal() < Plan.values().length - 1) {
                            plan = Plan.values()[plan.ordinal() + 1];
                        } else if (r < 0.090 && seats > 1) {
                            seats -= 1;
                        } else if (r < 0.094 && plan.ordinal() > 0) {
                            plan = Plan.values()[plan.ordinal() - 1];
                        }
                    }
                } else if (random.nextDouble() < 0.03) {
                    active = true;
                    monthsSinceRenewal = 0;
                }
            }
            mrr[i] = active ? plan.seatMrrMinor(a.annual()) * seats : 0;
        }
        return MrrHistory.of(a.id(), USD, FIRST_MONTH.plusMonths(startIndex), mrr);
    }

    long seed() {
        return seed;
    }

    List<Account> accounts() {
        return accounts;
    }

    List<MrrHistory> histories() {
        return histories;
    }
}
