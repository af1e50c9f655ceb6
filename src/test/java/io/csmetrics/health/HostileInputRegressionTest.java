package io.csmetrics.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.usage.LastActivity;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 14: the hostile inputs HostileInputTest found in this package get named errors. */
class HostileInputRegressionTest {

    @Test
    void renewalWorklistNamesNullEntriesAndEndsItsWindowAtTheLastDate() {
        assertThatThrownBy(() -> RenewalWorklist.arrDue(Arrays.asList((RenewalWorklist.Entry) null), null))
                .isInstanceOf(NullPointerException.class).hasMessage("entries[0] must not be null");
        assertThat(RenewalWorklist.upcoming(List.of(), Map.of(), LocalDate.MAX, 1)).isEmpty();
    }

    @Test
    void inactivityAlertNamesANullKeyFeature() {
        LastActivity activity = LastActivity.create(ZoneOffset.UTC);
        assertThatThrownBy(() -> InactivityAlert.ofDays(1).rule(activity, "a", new HashSet<>(Arrays.asList((String) null))))
                .isInstanceOf(NullPointerException.class).hasMessage("keyFeatures must not contain null");
    }

    @Test
    void learnedWeightsNamesANullMeasure() {
        assertThatThrownBy(() -> LearnedWeights.fit(Arrays.asList((Measure) null), List.of(), Period.ofMonths(1), 0.5))
                .isInstanceOf(NullPointerException.class).hasMessage("measures[0] must not be null");
    }
}
