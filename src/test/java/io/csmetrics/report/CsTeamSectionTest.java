package io.csmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.csmetrics.MrrHistory;
import io.csmetrics.activity.TeamScorecard;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsTeamSectionTest {

    private static final SampleCompany SMALL = SampleCompany.generate(11, 80, 10);

    private static String write(ReportData data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new CsTeamSection().write(data, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sampleActivityIsDeterministicAndInsideTheYear() {
        SampleCsActivity.Data d = SampleCsActivity.generate(SMALL);
        assertThat(d).isEqualTo(SampleCsActivity.generate(SampleCompany.generate(11, 80, 10)));
        assertThat(d.activities()).isNotEmpty().allMatch(a -> !a.date().isBefore(d.from()) && !a.date().isAfter(d.to()));
        assertThat(d.cases()).isNotEmpty().allMatch(c -> !c.opened().isAfter(d.asOf()));
    }

    @Test
    void figuresAddUp() {
        CsTeamSection.Figures f = CsTeamSection.compute(SMALL);
        long payingAtStart = f.data().csmOf().size();
        var sla = f.bySla();
        assertThat(sla.group().accounts() + sla.rest().accounts() + sla.excluded()).isEqualTo(payingAtStart);
        var act = f.byActivity();
        assertThat(act.group().accounts() + act.rest().accounts()).isEqualTo(payingAtStart);
        assertThat(f.qbrCoverage().toDouble()).isBetween(0.0, 1.0);
        assertThat(f.highTouchCoverage().toDouble()).isBetween(0.0, 1.0);
        long scored = f.byTeam().values().stream().mapToLong(TeamScorecard::accounts).sum();
        assertThat(scored).isEqualTo(f.activeAccounts())
                .isEqualTo(f.byCsm().values().stream().mapToLong(TeamScorecard::accounts).sum());
        for (TeamScorecard t : f.byCsm().values()) {
            assertThat(t.points().values().stream().mapToDouble(Double::doubleValue).sum())
                    .isCloseTo(t.total(), within(1e-9));
        }
    }

    @Test
    void sectionShowsTheScorecardAndTheSlaView() {
        String text = write(new ReportData(SMALL));
        assertThat(text).contains("Three-viewpoint scorecard", "CS actions", "24-hour SLA vs renewal",
                "all cases within 24 h", "Newcombe hybrid score", "association, not causation", "within 24 h");
        Report.Section section = new CsTeamSection().build(new ReportData(SMALL));
        assertThat(ModelAssertions.figures(section)).containsKeys("touches", "qbr_coverage", "within_24h",
                "sla_renewal_difference", "activity_renewal_difference");
        assertThat(ModelAssertions.table(section, "scorecard").rows()).isNotEmpty();
        assertThat(ModelAssertions.table(section, "sla_vs_renewal").rows()).hasSize(2);
    }

    @Test
    void csvDataHasNoActivity() {
        ReportData csv = new ReportData("test.csv", List.of(
                MrrHistory.of("a", Currency.getInstance("USD"), YearMonth.of(2024, 1), 10000, 12000)));
        assertThat(write(csv)).startsWith("n/a: CS activity and support cases are not part of an MRR CSV");
    }
}
