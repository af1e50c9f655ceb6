package io.csmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.MrrHistory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class RoiAndKpiTreeSectionsTest {

    private static final SampleCompany SMALL = SampleCompany.generate(11, 80, 10);

    private static String write(ReportSection section, ReportData data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        section.write(data, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sampleDealsAreDeterministicAndTagged() {
        assertThat(SampleDeals.generate(SMALL)).isEqualTo(SampleDeals.generate(SampleCompany.generate(11, 80, 10)));
        assertThat(SampleDeals.generate(SMALL)).isNotEmpty().allMatch(d -> d.arr().isPositive());
    }

    @Test
    void roiSectionExplainsEveryLine() {
        String text = write(new RoiSection(), new ReportData(SMALL));
        assertThat(text).contains("CS-tagged deals", "renewal ARR           LED", "ROI, ARR basis", "weeks with deals",
                "top CSMs", "counterfactual (NET_RETENTION", "misalignments").doesNotContain("Multipliers{");
    }

    @Test
    void csvDataHasNoDealsButAKpiTree() {
        ReportData csv = new ReportData("test.csv", List.of(
                MrrHistory.of("a", Currency.getInstance("USD"), YearMonth.of(2024, 1), 10000, 12000),
                MrrHistory.of("b", Currency.getInstance("USD"), YearMonth.of(2024, 1), 5000, 0)));
        assertThat(write(new RoiSection(), csv)).contains("Deals are not in the CSV");
        String tree = write(new KpiTreeSection(), csv);
        // one customer left at USD 120: MRR = 1 × 120
        Block.Table nodes = ModelAssertions.table(new KpiTreeSection().build(csv), "mrr_tree");
        assertThat(ModelAssertions.row(nodes, 0)).containsExactly("MRR", "USD 120.00");
        assertThat(ModelAssertions.row(nodes, 1)).containsExactly("customers", "1");
        assertThat(tree)
                // the maturity checklist is the sample organisation's, not this CSV's
                .contains("CS maturity needs the organisation's capability checklist").doesNotContain("maturity level");
        assertThat(write(new KpiTreeSection(), new ReportData(SMALL))).contains("maturity level: 2 MANAGED");
    }
}
