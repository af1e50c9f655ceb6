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
}
