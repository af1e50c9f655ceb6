package io.csmetrics.report;

import io.csmetrics.ModelFitException;
import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import io.csmetrics.cohort.Cohort;
import io.csmetrics.cohort.CohortAveraging;
import io.csmetrics.cohort.CohortKey;
import io.csmetrics.cohort.KaplanMeier;
import io.csmetrics.cohort.Lifetime;
import io.csmetrics.cohort.CohortReactivationRule;
import io.csmetrics.cohort.RetentionCell;
import io.csmetrics.cohort.RetentionMatrix;
import io.csmetrics.cohort.RetentionMeasure;
import io.csmetrics.cohort.SbgFit;
import io.csmetrics.cohort.ShiftedBetaGeometric;
import io.csmetrics.cohort.SurvivalInterval;
import io.csmetrics.ltv.LtvCalculator;
import io.csmetrics.revenue.MrrBridgePeriod;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renew: cohort triangles by acquisition quarter (logo, gross and net revenue retention), the
 * Kaplan–Meier curve of account lifetimes with its median, the sBG fit of the earliest cohort and
 * the model-based LTV beside the simple ARPA / churn LTV. Accounts already paying in the first
 * month of the data are left out of the cohorts: their acquisition month is before the data.
 */
final class CohortSection implements ModelSection {

    static final int COLUMN_STEP = 3;
    static final double MONTHLY_DISCOUNT = 0.01;
    private static final int[] KM_TIMES = {1, 3, 6, 12, 18, 24, 36};

    @Override
    public String title() {
        return "Renew: cohorts and retention";
    }

    @Override
    public Report.Section build(ReportData data) {
        Report.SectionBuilder b = new Report.SectionBuilder(id(), title());
        // Histories are built only for the accounts acquired within the data; the others are counted from the columns.
        List<MrrHistory> acquired = data.histories(a -> data.minorUnits(a, data.firstMonth()) == 0);
        int opening = data.accounts() - acquired.size();
        b.figure("cohort_as_of", "cohorts by acquisition quarter, as of", Value.period(data.lastMonth()));
        b.figure("opening_accounts_left_out", "accounts already paying in " + data.firstMonth() + ", left out",
                Value.count(opening), "acquired before the data");
        RetentionMatrix<String> matrix = RetentionMatrix.of(acquired, CohortKey.acquisitionQuarter(), data.lastMonth(),
                CohortReactivationRule.NOT_RETAINED);
        if (matrix.keys().isEmpty()) {
            b.note("No account was acquired within the data: no cohorts.");
            return b.build();
        }
        List<String> columns = new ArrayList<>();
        for (int k = 0; k < matrix.width(); k += COLUMN_STEP) {
            columns.add("m" + k);
        }
        Block.Table logo = triangle(matrix, "logo", "logo retention (paying every month since acquisition)",
                RetentionMeasure.LOGO, RetentionCell::logoRetention, columns);
        b.add(logo);
        List<Block.Series> heat = new ArrayList<>();
        for (List<Value> row : logo.rows().subList(0, matrix.keys().size())) {
            heat.add(new Block.Series(((Value.Text) row.get(0)).value(), row.subList(2, row.size())));
        }
        b.add(new Block.Chart("logo_retention", "Logo retention by acquisition quarter (%)", Block.ChartKind.HEATMAP,
                "months since acquisition", "retention %", columns, heat));
        b.add(triangle(matrix, "gross_revenue", "gross revenue retention (each account capped at its starting MRR)",
                RetentionMeasure.GROSS_REVENUE, RetentionCell::grossRevenueRetention, columns));
        b.add(triangle(matrix, "net_revenue", "net revenue retention (with expansion)", RetentionMeasure.NET_REVENUE,
                RetentionCell::netRevenueRetention, columns));
        b.note("'-': not yet observable at the as-of month.");

        // Lifetimes (Cohort.lifetimes' definition: months paid without a lapse since acquisition, censored
        // at the as-of month) and starting MRR straight from the columns, so that a million accounts need
        // no cohort copies; a Cohort object is built below for the first quarter only (the sBG fit).
        List<Lifetime> lifetimes = new ArrayList<>();
        long startingMrr = 0;
        double followUp = 0;
        int months = (int) (data.firstMonth().until(data.lastMonth(), ChronoUnit.MONTHS) + 1);
        YearMonth[] monthAt = new YearMonth[months];
        for (int i = 0; i < months; i++) {
            monthAt[i] = data.firstMonth().plusMonths(i);
        }
        for (int a = 0, n = data.accounts(); a < n; a++) {
            if (data.minorUnits(a, monthAt[0]) > 0) {
                continue;                                   // opening account, acquired before the data
            }
            int i0 = 1;
            while (i0 < months && data.minorUnits(a, monthAt[i0]) == 0) {
                i0++;
            }
            if (i0 == months) {
                continue;                                   // never pays
            }
            startingMrr = Math.addExact(startingMrr, data.minorUnits(a, monthAt[i0]));
            int l = 0;
            while (i0 + l < months && data.minorUnits(a, monthAt[i0 + l]) > 0) {
                l++;
            }
            lifetimes.add(i0 + l < months ? Lifetime.churnedAt(l) : Lifetime.censoredAt(months - 1 - i0));
        }
        for (Lifetime l : lifetimes) {
            followUp = Math.max(followUp, l.time());
        }
        int maxT = (int) Math.floor(followUp);
        KaplanMeier km = KaplanMeier.fit(lifetimes);
        b.figure("km_accounts", "Kaplan\u2013Meier: acquired accounts", Value.count(km.accounts()));
        b.figure("km_churned", "Kaplan\u2013Meier: churned", Value.count(km.events()));
        b.figure("km_follow_up", "longest follow-up", Value.count(maxT), "months; the curve stops there");
        List<List<Value>> kmRows = new ArrayList<>();
        for (int t : KM_TIMES) {
            if (t > maxT) {
                break;
            }
            Optional<SurvivalInterval> ci = km.confidenceInterval(t);
            kmRows.add(List.of(Value.count(t), Value.number(km.survival(t), 4, ""),
                    ci.map(i -> Value.number(i.lower(), 4, "")).orElse(new Value.Undefined("")),
                    ci.map(i -> Value.number(i.upper(), 4, "")).orElse(new Value.Undefined(""))));
        }
        b.add(new Block.Table("km", "Kaplan\u2013Meier survival S(t) of acquired accounts, 95 % CI (log-log)",
                List.of("month", "S(t)", "lower", "upper"), kmRows));
        List<String> ts = new ArrayList<>();
        List<Value> sv = new ArrayList<>();
        List<Value> lo = new ArrayList<>();
        List<Value> hi = new ArrayList<>();
        for (int t = 0; t <= maxT; t++) {
            ts.add(Integer.toString(t));
            sv.add(Value.number(km.survival(t), 4, ""));
            Optional<SurvivalInterval> ci = t == 0 ? Optional.empty() : km.confidenceInterval(t);
            lo.add(ci.map(i -> Value.number(i.lower(), 4, "")).orElse(t == 0 ? Value.number(1, 4, "")
                    : new Value.Undefined("")));
            hi.add(ci.map(i -> Value.number(i.upper(), 4, "")).orElse(t == 0 ? Value.number(1, 4, "")
                    : new Value.Undefined("")));
        }
        b.add(new Block.Chart("km", "Kaplan\u2013Meier survival with 95 % confidence band", Block.ChartKind.STEP,
                "months since acquisition", "S(t)", ts, List.of(new Block.Series("S(t)", sv, lo, hi))));
        b.figure("km_median", "median lifetime", km.median().estimate().isPresent()
                ? Value.number(km.median().estimate().getAsDouble(), 1, "months")
                : new Value.Undefined("not reached: S(t) stays above 0.5 over the " + maxT + " months observed"));
        int horizon = Math.max(1, maxT);
        b.figure("km_restricted_mean", "restricted mean lifetime up to " + horizon + " months",
                Value.number(km.restrictedMean(horizon), 2, "months"));

        Money arpa = Money.ofMinor(startingMrr, data.currency()).dividedBy(lifetimes.size(), RoundingMode.HALF_EVEN);
        Ratio churn = monthlyChurn(data);
        LtvCalculator ltv = LtvCalculator.standard().withMathContext(MathContext.DECIMAL64);
        LtvCalculator discounted = ltv.withMonthlyDiscountRate(Ratio.of(BigDecimal.valueOf(MONTHLY_DISCOUNT), BigDecimal.ONE));
        b.figure("arpa_at_acquisition", "ARPA at acquisition, per month", Value.money(arpa));
        if (churn.isDefined() && churn.numerator().signum() > 0) {
            b.figure("pooled_churn", "pooled monthly churn, all accounts, all months", Value.percent(churn, 2, ""),
                    churn.numerator().toPlainString() + " of " + churn.denominator().toPlainString());
            b.figure("ltv_churn_rate", "LTV, CHURN_RATE: ARPA / churn",
                    Value.money(ltv.fromChurnRate(arpa, churn).value().rounded(RoundingMode.HALF_EVEN)));
            b.figure("ltv_churn_rate_discounted", "LTV, CHURN_RATE discounted 1 %/month: ARPA \u00d7 (1 + d)/(d + churn)",
                    Value.money(discounted.fromChurnRate(arpa, churn).value().rounded(RoundingMode.HALF_EVEN)));
        } else {
            b.figure("ltv_churn_rate", "LTV, CHURN_RATE: ARPA / churn", new Value.Undefined("no churn observed"));
        }
        b.figure("ltv_km", "LTV, RETENTION_MODEL: Kaplan\u2013Meier over " + horizon + " months",
                Value.money(ltv.withTruncation(horizon, 0).fromRetentionModel(arpa, km).value()
                        .rounded(RoundingMode.HALF_EVEN)), "ARPA \u00d7 restricted mean, undiscounted, within the data");
        String firstKey = matrix.keys().get(0);
        CohortKey<String> quarter = CohortKey.acquisitionQuarter();
        List<MrrHistory> firstMembers = new ArrayList<>();
        for (MrrHistory h : acquired) {
            int i = 0;
            while (i < h.length() && h.minorUnitsAt(i) == 0) {
                i++;
            }
            if (i < h.length() && firstKey.equals(quarter.keyOf(h, h.firstMonth().plusMonths(i)))) {
                firstMembers.add(h);
            }
        }
        Cohort<String> first = Cohort.of(firstKey, firstMembers, data.lastMonth());
        try {
            SbgFit fit = ShiftedBetaGeometric.fit(first);
            ShiftedBetaGeometric model = fit.model();
            b.figure("sbg_cohort", "sBG fit: cohort", Value.period(first.key()),
                    first.size() + " accounts, months 0.." + fit.periods());
            b.figure("sbg_alpha", "sBG alpha", Value.number(fit.alpha(), 4, ""));
            b.figure("sbg_beta", "sBG beta", Value.number(fit.beta(), 4, ""));
            b.figure("sbg_log_likelihood", "sBG log-likelihood", Value.number(fit.logLikelihood(), 2, ""));
            List<List<Value>> fitted = new ArrayList<>();
            for (int t = 0; t <= fit.periods(); t += COLUMN_STEP) {
                fitted.add(List.of(Value.count(t), Value.count(fit.observed().get(t)),
                        Value.number(fit.fitted().get(t), 1, "")));
            }
            b.add(new Block.Table("sbg_fit", "sBG accounts alive, observed and fitted", List.of("month", "observed",
                    "fitted"), fitted));
            b.figure("ltv_sbg", "LTV, RETENTION_MODEL: sBG discounted 1 %/month",
                    Value.money(discounted.fromRetentionModel(arpa, model).value().rounded(RoundingMode.HALF_EVEN)),
                    "model extrapolation beyond the data");
            b.figure("sbg_del", "sBG discounted expected lifetime",
                    Value.number(model.discountedExpectedLifetime(MONTHLY_DISCOUNT), 2, "months"));
            Value lifetime;
            try {
                lifetime = Value.number(model.expectedLifetime(), 1, "months");
            } catch (UndefinedMetricException e) {
                lifetime = new Value.Undefined("infinite (alpha <= 1): only a discounted LTV exists");
            }
            b.figure("sbg_expected_lifetime", "sBG expected lifetime, undiscounted", lifetime,
                    "model extrapolation beyond the data");
        } catch (ModelFitException | IllegalArgumentException e) {
            b.figure("sbg_cohort", "sBG fit on cohort " + first.key(), new Value.Undefined(e.getMessage()));
        }
        return b.build();
    }

    private static Block.Table triangle(RetentionMatrix<String> m, String key, String title, RetentionMeasure measure,
            Function<RetentionCell, Ratio> rate, List<String> columns) {
        List<String> header = new ArrayList<>(List.of("cohort", "size"));
        header.addAll(columns);
        List<List<Value>> rows = new ArrayList<>();
        for (String k : m.keys()) {
            List<Value> row = new ArrayList<>(List.of(Value.text(k), Value.count(m.cohortSize(k))));
            for (int c = 0; c < m.width(); c += COLUMN_STEP) {
                row.add(Value.percent(rate.apply(m.cell(k, c)), 1, ""));
            }
            rows.add(row);
        }
        for (CohortAveraging averaging : CohortAveraging.values()) {
            List<Value> row = new ArrayList<>(List.of(
                    Value.text(averaging.name().toLowerCase(Locale.ROOT).replace('_', ' ')), new Value.Undefined("")));
            for (int c = 0; c < m.width(); c += COLUMN_STEP) {
                row.add(Value.percent(m.average(measure, c, averaging).value(), 1, ""));
            }
            rows.add(row);
        }
        return new Block.Table(key + "_retention", title, header, rows);
    }

    /** Pooled monthly logo churn over the whole book: Σ churned accounts / Σ accounts paying the month before. */
    static Ratio monthlyChurn(ReportData data) {
        long churned = 0;
        long active = 0;
        for (MrrBridgePeriod p : data.bridge().periods()) {
            churned += p.churn().count();
            active += p.startAccounts();
        }
        return Ratio.of(churned, active);
    }
}
