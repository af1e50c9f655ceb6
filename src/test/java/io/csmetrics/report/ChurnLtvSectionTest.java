package io.csmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.MrrHistory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChurnLtvSectionTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final YearMonth JAN = YearMonth.of(2024, 1);

    @Test
    void tenOfHundredAccountsChurningInFebruaryIsTenPercent() {
        // 100 accounts at USD 100 in January; 10 of them stop paying in February (DESIGN.md: 10 of 100 = 10 %).
        List<MrrHistory> histories = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            histories.add(MrrHistory.of("a" + i, USD, JAN, 10_000, i < 10 ? 0 : 10_000));
        }

        String text = write(new ReportData("test", histories));

        assertThat(text).contains("2024-02       100      10  10.00 %            10.00 %          10.00 %");
        assertThat(text).contains("10 of 100 = 10.00 %");
        assertThat(text).contains("compound 1 - (1 - m)^12 = 71.76 %", "simple m x 12 = 120.00 %");
        assertThat(text).contains("LTV = ARPA / churn: USD 1000.00 (revenue), USD 800.00");
        assertThat(text).contains("assumed CAC USD 1200.00");
    }

    @Test
    void oneMonthOfDataSaysSo() {
        String text = write(new ReportData("test", List.of(MrrHistory.of("a", USD, JAN, 10_000))));

        assertThat(text).contains("churn needs two consecutive months");
    }

    private static String write(ReportData data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ChurnLtvSection().write(data, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
