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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Renew, non-contractual side: one-off purchases ({@code customer,date,amount}) summarised as RFM,
 * the BG/NBD and Gamma-Gamma fits with standard errors, and the top customers by one-year CLV with
 * their probability of being alive, as of the last transaction day. Runs on the user's file
 * ({@code --transactions}), else on the sample company's generated purchases; a CSV without a
 * transactions file says so. The figures are computed in {@link Figures}, apart from the rendering.
 */
final class TransactionsSection implements ModelSection {

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
    public Report.Section build(ReportData data) {
        Report.SectionBuilder b = new Report.SectionBuilder(id(), title());
        List<Transaction> transactions;
        if (data.settings().transactions().isPresent()) {
            transactions = data.settings().transactions().get();
        } else if (data.sample().isPresent()) {
            transactions = SampleTransactions.generate(data.sample().get());
        } else {
            b.note("n/a: no transactions (customer,date,amount) in this data set; give them with --transactions FILE");
            return b.build();
        }
        if (transactions.isEmpty()) {
            b.note("no transactions: section skipped");
            return b.build();
        }
        build(Figures.compute(transactions, TOP), b);
        return b.build();
    }

    /** The figures as blocks: counts, the fits (or why they failed), the top customers as a table and bars. */
    static void build(Figures f, Report.SectionBuilder b) {
        RfmSummary s = f.summary();
        b.figure("transactions", "transactions", Value.count(f.transactions()));
        b.figure("customers", "customers", Value.count(s.customers().size()));
        b.figure("repeat_buyers", "repeat buyers", Value.count(s.repeatBuyers()));
        b.figure("calibration_end", "as of (last transaction day; ages in weeks)", Value.period(s.calibrationEnd()));
        if (f.failure() != null) {
            b.note("the models could not be fitted: " + f.failure());
            return;
        }
        List<List<Value>> fit = new ArrayList<>();
        for (String p : f.purchases().parameterNames()) {
            fit.add(List.of(Value.text("BG/NBD purchases"), Value.text(p), Value.number(f.purchases().estimate(p), 4, ""),
                    Value.number(f.purchases().standardError(p), 4, "")));
        }
        for (String p : f.spend().parameterNames()) {
            fit.add(List.of(Value.text("Gamma-Gamma spend"), Value.text(p), Value.number(f.spend().estimate(p), 4, ""),
                    Value.number(f.spend().standardError(p), 4, "")));
        }
        b.add(new Block.Table("fits", "model fits (maximum likelihood)", List.of("model", "parameter", "estimate",
                "standard error"), fit));
        List<List<Value>> rows = new ArrayList<>();
        for (TopCustomer t : f.top()) {
            CustomerRfm c = t.customer();
            rows.add(List.of(Value.text(c.customerId()), Value.count(c.frequency()), Value.number(c.recency(), 1, "weeks"),
                    Value.number(c.age(), 1, "weeks"), Value.number(t.probabilityAlive(), 3, ""),
                    Value.number(t.expectedPurchasesNextYear(), 2, ""), Value.money(t.clv())));
        }
        String title = String.format(Locale.ROOT, "top %d customers by 1-year CLV (%d monthly steps, %.0f %% a month "
                + "discount)", f.top().size(), STEPS, MONTHLY_DISCOUNT * 100);
        b.add(new Block.Table("top_clv", title, List.of("customer", "repeat purchases x", "t_x (weeks)", "T (weeks)",
                "P(alive)", "E[purchases 52 wk]", "CLV"), rows));
        if (!f.top().isEmpty()) {
            b.add(new Block.Chart("top_clv", title, Block.ChartKind.BAR, "customer", "CLV, "
                    + f.top().get(0).clv().currency().getCurrencyCode(),
                    f.top().stream().map(t -> t.customer().customerId()).toList(),
                    List.of(new Block.Series("CLV", f.top().stream().map(t -> Value.money(t.clv())).toList()))));
        }
    }
}
