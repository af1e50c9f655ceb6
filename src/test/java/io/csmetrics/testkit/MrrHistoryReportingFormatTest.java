package io.csmetrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.MrrHistory;
import io.csmetrics.cohort.Cohort;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.ServiceLoader;
import net.jqwik.api.Example;
import net.jqwik.api.SampleReportingFormat;

class MrrHistoryReportingFormatTest {

    private static final YearMonth JAN_2024 = YearMonth.of(2024, 1);
    private static final MrrHistory CHURNED = MrrHistory.of("ACC-1", Currency.getInstance("USD"), JAN_2024, 1000, 0);
    private static final MrrHistory YEN = MrrHistory.of("ACC-2", Currency.getInstance("JPY"), JAN_2024, 500);

    private final MrrHistoryReportingFormat format = new MrrHistoryReportingFormat();

    @Example
    void historiesShowTheirMonthlyValuesAtTheCurrencysScale() {
        assertThat(format.appliesTo(CHURNED)).isTrue();
        assertThat(format.appliesTo("ACC-1")).isFalse();
        assertThat(format.report(CHURNED)).hasToString("ACC-1 USD from 2024-01: [10.00, 0.00]");
        assertThat(format.report(YEN)).hasToString("ACC-2 JPY from 2024-01: [500]");
    }

    @Example
    void cohortsShowKeyAsOfAndMembers() {
        Cohort<YearMonth> cohort = Cohort.of(JAN_2024, List.of(CHURNED), JAN_2024.plusMonths(1));
        assertThat(format.appliesTo(cohort)).isTrue();
        assertThat(format.report(cohort)).hasToString("[Cohort 2024-01 as of 2024-02, [ACC-1 USD from 2024-01: [10.00, 0.00]]]");
    }

    @Example
    void isRegisteredAsAServiceAndByTheDomain() {
        assertThat(ServiceLoader.load(SampleReportingFormat.class).stream().map(ServiceLoader.Provider::type))
                .contains(MrrHistoryReportingFormat.class);
        assertThat(new CsMetricsDomain().getReportingFormats()).hasAtLeastOneElementOfType(MrrHistoryReportingFormat.class);
    }
}
