package io.csmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.MrrHistory;
import io.csmetrics.Ratio;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class CohortSectionTest {

    static final Currency USD = Currency.getInstance("USD");
    static final YearMonth JAN = YearMonth.of(2024, 1);

    private static String render(ReportData data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new CohortSection().write(data, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sampleCompany() {
        String text = render(new ReportData(SampleCompany.generate(SampleCompany.DEFAULT_SEED)));
        assertThat(text).contains("logo retention", "gross revenue retention", "net revenue retention",
                "2024-Q1", "pooled", "simple mean", "Kaplan\u2013Meier survival", "restricted mean lifetime",
                "CHURN_RATE: ARPA / churn", "sBG fit: cohort: 2024-Q1", "RETENTION_MODEL: sBG",
                "RETENTION_MODEL: Kaplan\u2013Meier");
        assertThat(text).doesNotContain("NaN", "Infinity");
    }

    @Test
    void smallCsvLikeData() {
        // a is the opening base; b, c, d are acquired within the data; one month of cohort 2024-Q1 is
        // too short for an sBG fit, which the section says rather than failing.
        List<MrrHistory> histories = List.of(MrrHistory.of("a", USD, JAN, 100, 100),
                MrrHistory.of("b", USD, JAN.plusMonths(1), 50, 50), MrrHistory.of("c", USD, JAN.plusMonths(1), 70, 0),
                MrrHistory.of("d", USD, JAN.plusMonths(2), 80));
        String text = render(new ReportData("test", histories));
        assertThat(text).contains("accounts already paying in 2024-01, left out: 1", "2024-Q1", "median lifetime",
                "alive must have at least two periods");
        // the longest follow-up is 1 month (b, c acquired in February, as of March): no survival at 3, 6, 12 or 18
        Report.Section s = new CohortSection().build(new ReportData("test", histories));
        assertThat(ModelAssertions.figures(s)).containsEntry("km_follow_up", "1");
        assertThat(ModelAssertions.table(s, "km").rows()).extracting(r -> Fmt.cell(r.get(0))).containsExactly("1");
        assertThat(ModelAssertions.chart(s, "km").categories()).containsExactly("0", "1");
    }

    @Test
    void onlyOpeningAccounts() {
        String text = render(new ReportData("test", List.of(MrrHistory.of("a", USD, JAN, 100))));
        assertThat(text).contains("No account was acquired within the data: no cohorts.");
    }

    @Test
    void monthlyChurnIsPooledOverAccountsAndMonths() {
        // Read off the MRR bridge, Jan..Mar. Paying the month before: Feb ← a; Mar ← a, b, c → 4.
        // Churned: c in March, and a, whose series ends in February (months after a series are zero,
        // as MrrHistory defines them) → 2 of 4.
        List<MrrHistory> histories = List.of(MrrHistory.of("a", USD, JAN, 100, 100),
                MrrHistory.of("b", USD, JAN.plusMonths(1), 50, 50), MrrHistory.of("c", USD, JAN.plusMonths(1), 70, 0));
        assertThat(CohortSection.monthlyChurn(new ReportData("test", histories))).isEqualTo(Ratio.of(2, 4));
    }
}
