package io.csmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.MrrHistory;
import io.csmetrics.revenue.FxBridgePeriod;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class FxSectionTest {

    private static String render(ReportData data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new FxSection().write(data, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The sample book in four currencies: every month sums with its FX line, and constant currency has none. */
    @Test
    void sampleBookBridgeSumsWithTheFxLine() {
        SampleCompany sample = SampleCompany.generate(SampleCompany.DEFAULT_SEED);
        YearMonth first = SampleCompany.FIRST_MONTH;
        SampleFx.Book book = SampleFx.generate(sample.histories(), first, SampleCompany.MONTHS);
        assertThat(book.histories()).extracting(h -> h.currency().getCurrencyCode()).contains("USD", "EUR", "GBP", "JPY");
        YearMonth last = first.plusMonths(SampleCompany.MONTHS - 1L);
        FxSection.Figures f = FxSection.figures(book.histories(), book.rates(), last.minusMonths(3), last);
        for (FxBridgePeriod p : f.monthly().periods()) {
            assertThat(p.startMrr().plus(p.netNewMrrExcludingFx()).plus(p.fxImpact()).isEqual(p.endMrr())).isTrue();
        }
        assertThat(f.monthly().totalFxImpact().isZero()).isFalse();
        assertThat(f.constantCurrency().totalFxImpact().isZero()).isTrue();
        Report.Section section = new FxSection().build(new ReportData(sample));
        assertThat(ModelAssertions.table(section, "fx_bridge").columns()).contains("+fx");
        assertThat(ModelAssertions.chart(section, "fx_bridge").series()).extracting(Block.Series::name).contains("fx");
        assertThat(ModelAssertions.figures(section)).containsKeys("fx_impact_monthly_rate", "fx_impact_constant_currency");
        assertThat(render(new ReportData(sample))).contains("+fx").contains("constant currency");
    }

    @Test
    void aSingleCurrencyCsvSaysSo() {
        Currency usd = Currency.getInstance("USD");
        assertThat(render(new ReportData("test", List.of(MrrHistory.of("a", usd, YearMonth.of(2024, 1), 100)))))
                .contains("n/a: the data set has one currency and no FX rates");
    }
}
