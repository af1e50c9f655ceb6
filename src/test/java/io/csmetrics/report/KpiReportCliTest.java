package io.csmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every option of {@code report}, its exit status and what it prints. */
class KpiReportCliTest {

    /** Exit status, standard output and standard error of one run. */
    record Run(int status, String out, String err) {
    }

    static Run run(Charset charset, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = KpiReport.run(args, new PrintStream(out, true, charset), new PrintStream(err, true, charset), charset);
        return new Run(status, out.toString(charset), err.toString(charset));
    }

    static Run run(String... args) {
        return run(StandardCharsets.UTF_8, args);
    }

    private static Path csv(Path dir, String content) throws IOException {
        Path f = dir.resolve("mrr.csv");
        Files.writeString(f, content);
        return f;
    }

    @ParameterizedTest
    @CsvSource({"--help", "-h"})
    void helpPrintsTheFullUsageAndExitsZero(String flag) {
        Run r = run(flag);
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("java -jar csmetrics-<version>.jar report", "-Dexec.args=", "--csv FILE", "--seed N",
                "--as-of YYYY-MM", "--from YYYY-MM", "--to YYYY-MM", "--sections", "--segment COL[=VALUE]",
                "--currency CCY", "--cac AMOUNT", "--gross-margin PERCENT", "--format FMT", "--out FILE", "churnltv");
        assertThat(r.err()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--bogus | unknown option '--bogus'",
        "--seed | option --seed needs a value",
        "--seed x | --seed takes a whole number: 'x'",
        "--format xml | --format takes text, json, csv or html: 'xml'",
        "--sections data,nps | --sections: unknown section 'nps'",
        "--as-of 2025-13 | --as-of takes an ISO month YYYY-MM: '2025-13'",
        "--from 2025-06 --to 2025-01 | --from 2025-06 is after --to/--as-of 2025-01",
        "--as-of 2025-01 --to 2025-02 | --as-of 2025-01 and --to 2025-02 disagree",
        "--currency usdollar | --currency takes an ISO 4217 code: 'usdollar'",
        "--cac -5 | --cac must be positive: '-5'",
        "--gross-margin 120 | --gross-margin is a percent in (0, 100]: '120'",
        "--csv a.csv --seed 3 | --seed applies to the sample company, not with --csv",
        "--segment region=EU | --segment: no column 'region'",
        "--segment segment=enterprise | --segment: no account has segment=enterprise",
        "--currency EUR | --currency EUR: no account of sample company (seed 20240101) is billed in it"})
    void badOptionsExitTwoNamingTheOptionWithTheUsage(String args, String message) {
        Run r = run(args.split(" "));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("csmetrics report: " + message).contains("usage: java -jar");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void seedSelectsAnotherSampleCompany() {
        Run seven = run("--seed", "7", "--sections", "data");
        Run standard = run("--sections", "data");
        assertThat(seven.status()).isZero();
        assertThat(seven.out()).startsWith("csmetrics KPI report: sample company (seed 7)");
        assertThat(seven.out().substring(seven.out().indexOf('\n')))
                .isNotEqualTo(standard.out().substring(standard.out().indexOf('\n')));
    }

    @Test
    void sectionsSelectsAndOrders() {
        Run r = run("--sections", "renewal,data", "--format=json");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("{\"id\":\"renewal\"").contains("{\"id\":\"data\"")
                .doesNotContain("{\"id\":\"cohort\"");
        assertThat(r.out().indexOf("\"id\":\"renewal\"")).isLessThan(r.out().indexOf("\"id\":\"data\""));
    }

    @Test
    void monthWindowAndAsOf() {
        Run window = run("--sections", "data", "--from", "2024-07", "--to", "2025-06");
        assertThat(window.out()).contains("months 2024-07 to 2025-06 (as of 2025-06)", "first month: 2024-07",
                "as of (last month): 2025-06", "covers the whole sample company");
        Run asOf = run("--sections", "data,renewal", "--as-of", "2024-12");
        assertThat(asOf.out()).contains("as of (last month): 2024-12", "ARR 2024-12:").doesNotContain("2025-01");
    }

    @Test
    void segmentFiltersOrBreaksDown() {
        Run all = run("--sections", "data", "--segment", "segment");
        assertThat(all.out()).contains("accounts and MRR by segment (USD):", "mid-market", "self-serve", "smb");
        Run smb = run("--sections", "data", "--segment", "segment=smb");
        assertThat(smb.out()).contains("accounts where segment=smb", "accounts: 574");
    }

    @Test
    void csvExtraColumnsAreSegmentsAndCurrenciesAreChosen(@TempDir Path dir) throws IOException {
        Path f = csv(dir, "account,month,mrr,currency,region\n"
                + "a,2024-01,100,EUR,EU\na,2024-02,120,EUR,EU\nb,2024-01,80,EUR,US\nb,2024-02,80,EUR,US\n"
                + "c,2024-01,300,USD,US\nc,2024-02,0,USD,US\n");
        Run mixed = run("--csv", f.toString(), "--sections", "data");
        assertThat(mixed.status()).isEqualTo(2);
        assertThat(mixed.err()).contains("mixes currencies EUR, USD; choose one with --currency");
        Run eu = run("--csv", f.toString(), "--currency", "EUR", "--segment", "region=EU", "--sections", "data");
        assertThat(eu.status()).isZero();
        assertThat(eu.out()).contains("accounts: 1\n", "MRR 2024-02: EUR 120.00", "accounts where region=EU");
        Run byRegion = run("--csv", f.toString(), "--currency", "eur", "--segment", "region", "--sections", "data");
        assertThat(byRegion.out()).contains("accounts and MRR by region (EUR):");
        Run usd = run("--csv", f.toString(), "--currency", "USD", "--format", "json", "--sections", "data");
        assertThat(usd.out()).contains("\"currency\":\"USD\"");
    }

    @Test
    void outWritesTheFileInEachFormat(@TempDir Path dir) throws IOException {
        for (String format : new String[] {"text", "json", "csv", "html"}) {
            Path out = dir.resolve("report." + format);
            Run r = run("--sections", "data", "--format", format, "--out", out.toString());
            assertThat(r.status()).isZero();
            assertThat(r.out()).isEmpty();
            assertThat(Files.readString(out)).contains(format.equals("csv") ? "data,accounts,,,count,2384"
                    : format.equals("json") ? "\"key\":\"accounts\"" : "2,384");
        }
    }

    @Test
    void smallCsvShowsNoArtefacts(@TempDir Path dir) throws IOException {
        // 4 customers over 3 months; one churns: simple annualisation would read 12 × 40 % = 480 %
        Path f = csv(dir, "account,month,mrr,currency\n"
                + "a,2024-01,100,USD\na,2024-02,100,USD\na,2024-03,100,USD\n"
                + "b,2024-01,100,USD\nb,2024-02,0,USD\nb,2024-03,0,USD\n"
                + "c,2024-02,50,USD\nc,2024-03,50,USD\nd,2024-03,70,USD\n");
        Run r = run("--csv", f.toString());
        assertThat(r.status()).isZero();
        String text = r.out();
        assertThat(text).contains("annualised churn, simple m \u00d7 12: undefined (m \u00d7 12 exceeds 100 %")
                .doesNotContain("CAC payback", "assumed", "maturity level", "behind linear pace by -", "needs -")
                .contains("pass --gross-margin PERCENT for margin LTV and --cac AMOUNT");
        assertThat(text).doesNotContainPattern("expected losses over 12 months, simple: \\d");
        assertThat(text.lines().filter(l -> l.startsWith("  12 ") || l.startsWith("  18 "))).isEmpty();
    }

    @Test
    void cacAndGrossMarginOptions() {
        Run r = run("--sections", "churnltv", "--cac", "30000", "--gross-margin", "80");
        assertThat(r.out()).contains("CAC: USD 30,000.00 (--cac)", "LTV at gross margin 80 %: USD ",
                "CAC payback: ").doesNotContain("pass --");
    }

    @Test
    void cLocaleFallsBackToAscii() {
        Run r = run(StandardCharsets.US_ASCII, "--sections", "renewal,churnltv");
        assertThat(r.status()).isZero();
        assertThat(r.out().chars().allMatch(c -> c < 0x80)).isTrue();
        assertThat(r.out()).doesNotContain("?").contains("2024-12 -> 2025-12", "1 - (1 - m)^12");
    }

    @Test
    void mainDispatchesReport() {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            Main.main(new String[] {"report", "--help"});
        } finally {
            System.setOut(saved);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("usage: java -jar csmetrics-<version>.jar report");
    }

    private static Path file(Path dir, String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    private static final String TWO_CURRENCIES = """
            account,month,mrr,currency,region
            a,2024-01,100.00,USD,us
            a,2024-02,120.00,USD,us
            b,2024-01,200.00,EUR,eu
            b,2024-02,200.00,EUR,eu
            c,2024-02,50.00,USD,
            """;

    @Test
    void segmentColumnOfACsvBreaksTheBridgeDownAndSumsToTheTotal(@TempDir Path dir) throws IOException {
        Path f = file(dir, "mrr.csv", TWO_CURRENCIES);
        Run r = run("--csv", f.toString(), "--currency", "USD", "--segment", "region", "--sections", "segment");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("By region", "us", "(none)", "total");
        ReportData data = KpiReport.load("--csv", f.toString(), "--currency", "USD", "--segment", "region");
        Block.Table t = ModelAssertions.table(new SegmentSection().build(data), "by_region");
        assertThat(ModelAssertions.row(t, 0)).startsWith("(none)");
        assertThat(ModelAssertions.row(t, 2).get(0)).isEqualTo("total");
        assertThat(((Value.Amount) t.rows().get(2).get(9)).money())
                .isEqualTo(((Value.Amount) t.rows().get(0).get(9)).money().plus(((Value.Amount) t.rows().get(1).get(9)).money()));
        assertThat(((Value.Amount) t.rows().get(2).get(9)).money()).isEqualTo(io.csmetrics.Money.of("170.00", "USD"));
    }

    @Test
    void fxConvertsAMultiCurrencyCsvIntoTheReportingCurrency(@TempDir Path dir) throws IOException {
        Path f = file(dir, "mrr.csv", TWO_CURRENCIES);
        Path rates = file(dir, "fx.csv", "currency,month,rate\nEUR,2024-01,1.10\nEUR,2024-02,1.20\n");
        Run r = run("--csv", f.toString(), "--fx", rates.toString(), "--format", "json");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"id\":\"fx\"", "fx_impact_monthly_rate");
        ReportData data = KpiReport.load("--csv", f.toString(), "--fx", rates.toString());
        assertThat(data.currency().getCurrencyCode()).isEqualTo("USD");
        Report.Section fx = new FxSection().build(data);
        // EUR 200 at 1.10 then 1.20: +20.00 USD of FX impact
        assertThat(ModelAssertions.figures(fx).get("fx_impact_monthly_rate")).isEqualTo("USD 20.00");
        Block.Table t = ModelAssertions.table(fx, "fx_bridge");
        assertThat(ModelAssertions.row(t, 0).get(8)).contains("410.00");
        ReportData us = KpiReport.load("--csv", f.toString(), "--fx", rates.toString(), "--currency", "USD",
                "--segment", "region=us");
        assertThat(us.settings().fx().orElseThrow().histories()).extracting(io.csmetrics.MrrHistory::accountId)
                .containsExactly("a");
        Run without = run("--csv", f.toString());
        assertThat(without.status()).isEqualTo(2);
        assertThat(without.err()).contains("choose one with --currency");
    }

    @Test
    void fxBadInputNamesTheProblem(@TempDir Path dir) throws IOException {
        Path f = file(dir, "mrr.csv", TWO_CURRENCIES);
        Path gap = file(dir, "gap.csv", "currency,month,rate\nEUR,2024-01,1.10\n");
        Run missing = run("--csv", f.toString(), "--fx", gap.toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("--fx", "EUR", "2024-02");
        Run noFile = run("--csv", f.toString(), "--fx", dir.resolve("none.csv").toString());
        assertThat(noFile.status()).isEqualTo(2);
        assertThat(noFile.err()).startsWith("csmetrics report: --fx: no such file").contains("usage:");
        Run bad = run("--csv", f.toString(), "--currency", "USD", "--fx", file(dir, "bad.csv", "ccy,rate\n").toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("header must be 'currency,month,rate'");
        Run sample = run("--fx", gap.toString());
        assertThat(sample.status()).isEqualTo(2);
        assertThat(sample.err()).startsWith("csmetrics report: --fx applies to a multi-currency --csv");
        Run value = run("--csv", f.toString(), "--fx");
        assertThat(value.status()).isEqualTo(2);
        assertThat(value.err()).startsWith("csmetrics report: option --fx needs a value");
    }

    /** The sample company's purchases as a user's file, with a currency column. */
    private static String transactions() {
        StringBuilder sb = new StringBuilder("customer,date,amount,currency\n");
        for (io.csmetrics.clv.Transaction t : SampleTransactions.generate(TransactionsSectionTest.COMPANY)) {
            sb.append(t.customerId()).append(',').append(t.date()).append(',')
                    .append(t.amount().amount().toPlainString()).append(",USD\n");
        }
        return sb.toString();
    }

    @Test
    void transactionsRunWithAndWithoutACsv(@TempDir Path dir) throws IOException {
        Path tx = file(dir, "tx.csv", transactions());
        Run alone = run("--transactions", tx.toString(), "--sections", "transactions", "--format", "json");
        assertThat(alone.status()).as(alone.err()).isZero();
        assertThat(alone.out()).contains("\"id\":\"transactions\"", "top_clv");
        ReportData data = KpiReport.load("--transactions", tx.toString());
        Report.Section s = new TransactionsSection().build(data);
        TransactionsSection.Figures expected = TransactionsSection.Figures.compute(
                SampleTransactions.generate(TransactionsSectionTest.COMPANY), TransactionsSection.TOP);
        assertThat(ModelAssertions.figures(s).get("customers")).isEqualTo(String.format(java.util.Locale.ROOT, "%,d",
                expected.summary().customers().size()));
        assertThat(ModelAssertions.figures(s).get("calibration_end")).isEqualTo(expected.summary().calibrationEnd().toString());
        assertThat(ModelAssertions.row(ModelAssertions.table(s, "top_clv"), 0).get(0))
                .isEqualTo(expected.top().get(0).customer().customerId());
        Path mrr = file(dir, "mrr.csv", "account,month,mrr,currency\na,2024-01,10.00,USD\n");
        Run withCsv = run("--csv", mrr.toString(), "--transactions", tx.toString(), "--sections", "transactions");
        assertThat(withCsv.status()).as(withCsv.err()).isZero();
        assertThat(withCsv.out()).contains("P(alive)", "top 10 customers by 1-year CLV");
    }

    @Test
    void transactionsBadInputNamesFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path bad = file(dir, "tx.csv", "customer,date,amount\na,2024-01-01,abc\n");
        Run r = run("--transactions", bad.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("csmetrics report: --transactions " + bad).contains("line 2", "amount");
        Path eur = file(dir, "eur.csv", "customer,date,amount,currency\na,2024-01-01,5.00,EUR\n");
        Run cur = run("--transactions", eur.toString());
        assertThat(cur.status()).isEqualTo(2);
        assertThat(cur.err()).contains("line 2, column currency: 'EUR'", "--currency");
        Run none = run("--transactions", dir.resolve("none.csv").toString());
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).startsWith("csmetrics report: --transactions: no such file");
    }
}
