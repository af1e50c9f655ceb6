package io.csmetrics.report;

import io.csmetrics.ModelFitException;
import io.csmetrics.Money;
import io.csmetrics.clv.BgNbd;
import io.csmetrics.clv.ClvFit;
import io.csmetrics.clv.CustomerLifetimeValue;
import io.csmetrics.clv.CustomerRfm;
import io.csmetrics.clv.GammaGamma;
import io.csmetrics.clv.PeriodUnit;
import io.csmetrics.clv.RfmAccumulator;
import io.csmetrics.clv.RfmSummary;
import io.csmetrics.clv.Transaction;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Renew, non-contractual side: one-off purchases ({@code customer,date,amount}) summarised as RFM,
 * the BG/NBD and Gamma-Gamma fits with standard errors, and the top customers by one-year CLV with
 * their probability of being alive. The figures are computed in {@link Figures}, apart from the text.
 */
final class TransactionsSection implements ReportSection {

    static final int TOP = 10;
    /** One year of monthly steps in weeks, discounted 1 % a month. */
    static final int STEPS = 12;
    static final double WEEKS_PER_MONTH = 52.0 / 12;
    static final double MONTHLY_DISCOUNT = 0.01;

    /** One customer's line in the top list. */
    record TopCustomer(CustomerRfm customer, double probabilityAlive, double expectedPurchasesNextYear, Money clv) {
    }

    /**
     * The section's figures: the summary as of the last transaction day, the fits (or why they
     * failed), and the top customers by CLV.
     */
    record Figures(long transactions, RfmSummary summary, ClvFit<BgNbd> purchases, ClvFit<GammaGamma> spend,
            List<TopCustomer> top, String failure) {

        static Figures compute(List<Transaction> transactions, int top) {
            LocalDate end = transactions.stream().map(Transaction::date).max(Comparator.naturalOrder()).orElseThrow();
            RfmSummary summary = transactions.stream().collect(RfmAccumulator.collector(end, end, PeriodUnit.WEEKS));
            ClvFit<BgNbd> purchases;
            ClvFit<GammaGamma> spend;
            try {
                purchases = BgNbd.fit(summary.customers());
                spend = GammaGamma.fit(summary.customers());
            } catch (ModelFitException e) {
                return new Figures(transactions.size(), summary, null, null, List.of(), e.getMessage());
            }
            List<TopCustomer> list = new ArrayList<>();
            for (CustomerRfm c : summary.customers()) {
                BgNbd m = purchases.model();
                list.add(new TopCustomer(c, m.probabilityAlive(c), m.conditionalExpectedPurchases(52, c),
                        CustomerLifetimeValue.discounted(m, spend.model(), c, STEPS, WEEKS_PER_MONTH, MONTHLY_DISCOUNT)));
            }
            list.sort(Comparator.comparing(TopCustomer::clv).reversed()
                    .thenComparing(t -> t.customer().customerId()));
            return new Figures(transactions.size(), summary, purchases, spend, List.copyOf(list.subList(0,
                    Math.min(top, list.size()))), null);
        }
    }

    @Override
    public String title() {
        return "Renew: one-off purchases (BG/NBD, Gamma-Gamma, CLV)";
    }

    @Override
    public void write(ReportData data, PrintStream out) {
        if (data.sample().isEmpty()) {
            out.println("no transactions (customer,date,amount) in this data set: section skipped");
            return;
        }
        List<Transaction> transactions = SampleTransactions.generate(data.sample().get());
        if (transactions.isEmpty()) {
            out.println("no transactions: section skipped");
            return;
        }
        write(Figures.compute(transactions, TOP), out);
    }

    static void write(Figures f, PrintStream out) {
        RfmSummary s = f.summary();
        out.printf(Locale.ROOT, "%d transactions by %d customers (%d repeat buyers), weeks, as of %s%n", f.transactions(),
                s.customers().size(), s.repeatBuyers(), s.calibrationEnd());
        if (f.failure() != null) {
            out.println("the models could not be fitted: " + f.failure());
            return;
        }
        out.println("BG/NBD purchases:   " + f.purchases());
        out.println("Gamma-Gamma spend:  " + f.spend());
        out.printf(Locale.ROOT, "top %d customers by 1-year CLV (12 monthly steps, %.0f %% a month discount):%n",
                f.top().size(), MONTHLY_DISCOUNT * 100);
        out.println("  customer      x   t_x(wk)  T(wk)  P(alive)  E[purchases 52wk]  CLV");
        for (TopCustomer t : f.top()) {
            CustomerRfm c = t.customer();
            out.printf(Locale.ROOT, "  %-12s %3d  %7.1f  %5.1f  %8.3f  %17.2f  %s%n", c.customerId(), c.frequency(),
                    c.recency(), c.age(), t.probabilityAlive(), t.expectedPurchasesNextYear(), t.clv());
        }
    }
}
