package io.csmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.Money;
import io.csmetrics.MrrHistory;
import io.csmetrics.onboarding.OnboardingRecord;
import io.csmetrics.usage.UsageEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnboardingUsageSectionsTest {

    private static final SampleCompany SMALL = SampleCompany.generate(7L, 60, 8);

    private static String write(ReportSection section, ReportData data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            section.write(data, out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void sampleGeneratorsAreDeterministic() {
        List<OnboardingRecord> first = SampleOnboarding.generate(SMALL);
        assertThat(SampleOnboarding.generate(SampleCompany.generate(7L, 60, 8))).isEqualTo(first).isNotEmpty();
        List<UsageEvent> a = new ArrayList<>();
        new SampleUsage(SMALL).forEachEvent(a::add);
        List<UsageEvent> b = new ArrayList<>();
        new SampleUsage(SampleCompany.generate(7L, 60, 8)).forEachEvent(b::add);
        assertThat(a).isEqualTo(b).isNotEmpty();
    }

    @Test
    void sectionsReportTheSampleCompany() {
        ReportData data = new ReportData(SMALL);
        assertThat(write(new OnboardingSection(), data)).contains("completion rate:", "onboarded within 7 days:",
                "seminar attendance:", "time to value", "nearest rank", "last contract-month cohorts:");
        assertThat(write(new UsageSection(), data)).contains("MAU:", "stickiness", "seat utilisation:",
                "key-feature adoption:", "dashboards", "did not use dashboards this month");
    }

    @Test
    void aUsersCsvHasNoStageData() {
        ReportData csv = new ReportData("mrr.csv",
                List.of(MrrHistory.of("acme", YearMonth.of(2024, 1), List.of(Money.of("100", "USD")))));
        assertThat(new OnboardingSection().build(csv).blocks()).singleElement().isInstanceOf(Block.Note.class);
        assertThat(new UsageSection().build(csv).blocks()).singleElement().isInstanceOf(Block.Note.class);
        assertThat(write(new OnboardingSection(), csv)).contains("not in the CSV");
        assertThat(write(new UsageSection(), csv)).contains("not in the CSV");
    }
}
