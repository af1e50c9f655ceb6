package io.csmetrics.usage;

import static io.csmetrics.usage.UsageEvents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsageEventTest {

    private static final Instant T = at(5, 9, 15);

    @Test
    void holdsItsFacts() {
        UsageEvent e = UsageEvent.of("acme", "u17", T, "reports");
        assertThat(e.accountId()).isEqualTo("acme");
        assertThat(e.userId()).isEqualTo("u17");
        assertThat(e.timestamp()).isEqualTo(T);
        assertThat(e.feature()).contains("reports");
        assertThat(e).hasToString("UsageEvent{acme/u17 at 2024-03-05T09:15:00Z, feature=reports}");
        assertThat(UsageEvent.of("acme", "u17", T).feature()).isEmpty();
        assertThat(UsageEvent.of("acme", "u17", T)).hasToString("UsageEvent{acme/u17 at 2024-03-05T09:15:00Z}");
        assertThat(e).isEqualTo(UsageEvent.of("acme", "u17", T, "reports"))
                .isNotEqualTo(UsageEvent.of("acme", "u17", T));
        assertThat(e.hashCode()).isEqualTo(UsageEvent.of("acme", "u17", T, "reports").hashCode());
        assertThat(AccumulatorChecks.roundTrip(e)).isEqualTo(e);
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> UsageEvent.of(null, "u", T)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("accountId");
        assertThatThrownBy(() -> UsageEvent.of("a", null, T)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("userId");
        assertThatThrownBy(() -> UsageEvent.of("a", "u", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("timestamp");
        assertThatThrownBy(() -> UsageEvent.of("a", "u", T, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("feature");
        assertThatThrownBy(() -> UsageEvent.of(" ", "u", T)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accountId must not be blank");
        assertThatThrownBy(() -> UsageEvent.of("a", "", T)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("userId");
        assertThatThrownBy(() -> UsageEvent.of("a", "u", T, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("feature");
    }
}
