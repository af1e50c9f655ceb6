package io.csmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.MrrHistory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiReportTest {

    private static String render(ReportData data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        KpiReport.write(data, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sampleCompanyIsDeterministic() {
        SampleCompany a = SampleCompany.generate(SampleCompany.DEFAULT_SEED);
        SampleCompany b = SampleCompany.generate(SampleCompany.DEFAULT_SEED);
        assertThat(a.histories()).isEqualTo(b.histories());
        assertThat(a.accounts()).isEqualTo(b.accounts());
        assertThat(a.histories()).hasSizeGreaterThan(2000);
        assertThat(a.histories()).allSatisfy(h -> assertThat(h.lastMonth()).isEqualTo(SampleCompany.FIRST_MONTH
                .plusMonths(SampleCompany.MONTHS - 1)));
        assertThat(SampleCompany.generate(7).histories()).isNotEqualTo(a.histories());
    }

    @Test
    void sampleHasEveryKindOfMovement() {
        SampleCompany company = SampleCompany.generate(SampleCompany.DEFAULT_SEED);
        boolean up = false;
        boolean down = false;
        boolean churn = false;
        boolean back = false;
        for (MrrHistory h : company.histories()) {
            boolean churned = false;
            for (int i = 1; i < h.length(); i++) {
                long prev = h.minorUnitsAt(i - 1);
                long cur = h.minorUnitsAt(i);
                up |= prev > 0 && cur > prev;
                down |= cur > 0 && cur < prev;
                if (prev > 0 && cur == 0) {
                    churn = true;
                    churned = true;
                }
                back |= churned && prev == 0 && cur > 0;
            }
        }
        assertThat(new boolean[] {up, down, churn, back}).containsOnly(true);
    }

    @Test
    void reportOverSampleShowsEverySection() throws IOException {
        String text = render(KpiReport.load(new String[0]));
        assertThat(text).startsWith("csmetrics KPI report: sample company (seed 20240101)").contains("== Data ==")
                .contains("currency: USD");
    }

    @Test
    void reportOverCsv(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("mrr.csv");
        Files.writeString(csv, "account,month,mrr,currency\na,2024-01,100,EUR\na,2024-02,120,EUR\nb,2024-02,50,EUR\n");
        String text = render(KpiReport.load(new String[] {"--csv", csv.toString()}));
        assertThat(text).contains("accounts: 2\n", "first month: 2024-01\n", "currency: EUR\n")
                .contains("MRR 2024-02: EUR 170.00")
                // No account churned: LTV = ARPA / churn is unbounded and the report says so rather than failing.
                .contains("LTV = ARPA / churn: undefined (no customer churned in the last 1 months");
    }

    @Test
    void badArgumentsAreNamed(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> KpiReport.load(new String[] {"--seed", "x"})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--seed takes a whole number: 'x'");
        assertThatThrownBy(() -> KpiReport.load(new String[] {"--csv", dir.resolve("none.csv").toString()}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no such file: ");
        assertThatThrownBy(() -> KpiReport.load(new String[] {"--bogus"})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown option '--bogus'");
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "account,month,mrr,currency\n");
        assertThatThrownBy(() -> KpiReport.load(new String[] {"--csv", empty.toString()}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(empty + ": no data rows after the header");
    }
}
