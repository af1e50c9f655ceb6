package io.csmetrics.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Ratio;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The plain result carriers: SeatUtilisation, UserRetention, Adoption, SessionSummary. */
class ResultRecordsTest {

    private static final UsagePeriod W10 = UsagePeriod.ofIsoWeek(LocalDate.of(2024, 3, 4));
    private static final UsagePeriod W11 = UsagePeriod.ofIsoWeek(LocalDate.of(2024, 3, 11));

    @Test
    void seatUtilisation() {
        // SeatUtilisation Javadoc: 12 active users on 20 seats is 60 %.
        SeatUtilisation u = new SeatUtilisation("acme", 12, 20);
        assertThat(u.ratio()).isEqualTo(Ratio.of(12, 20));
        assertThat(u.isOverLicensed()).isFalse();
        assertThat(u).hasToString("SeatUtilisation{acme: 12/20 seats}");
        assertThat(new SeatUtilisation("acme", 25, 20).isOverLicensed()).isTrue();
        assertThat(new SeatUtilisation("acme", 3, 0).ratio().isDefined()).isFalse();
        assertThatThrownBy(() -> new SeatUtilisation("acme", 1, -2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("licensedSeats (valid values 0 or more) must not be negative: -2");
        assertThatThrownBy(() -> new SeatUtilisation("acme", -1, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("activeUsers");
        assertThatThrownBy(() -> new SeatUtilisation(null, 1, 2)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("accountId");
    }

    @Test
    void userRetention() {
        // UserRetention Javadoc: 14 of 40 is 35 %.
        UserRetention r = new UserRetention(W10, W11, 40, 14);
        assertThat(r.rate()).isEqualTo(Ratio.of(14, 40));
        assertThat(new UserRetention(W10, W11, 0, 0).rate().isDefined()).isFalse();
        assertThatThrownBy(() -> new UserRetention(W10, W11, 4, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("returned (5) must be between 0 and newUsers (4)");
        assertThatThrownBy(() -> new UserRetention(W11, W10, 4, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window");
        assertThatThrownBy(() -> new UserRetention(null, W10, 4, 1)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("cohort");
    }

    @Test
    void adoption() {
        // Adoption Javadoc: 30 of 120 accounts is 25 %.
        assertThat(new Adoption("reports", 30, 120).rate()).isEqualTo(Ratio.of(30, 120));
        assertThatThrownBy(() -> new Adoption("reports", 3, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("adopters (3) must be between 0 and population (2)");
        assertThatThrownBy(() -> new Adoption("", 0, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("feature");
    }

    @Test
    void sessionSummary() {
        // SessionSummary Javadoc: 2 sessions, 4 events, 20 minutes in total.
        SessionSummary s = new SessionSummary(2, 4, Duration.ofMinutes(20));
        assertThat(s.meanDuration()).contains(Duration.ofMinutes(10));
        assertThat(s.eventsPerSession()).isEqualTo(Ratio.of(4, 2));
        assertThatThrownBy(() -> new SessionSummary(3, 2, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("events (2) must be at least sessions (3)");
        assertThatThrownBy(() -> new SessionSummary(0, 0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("totalDuration");
        assertThatThrownBy(() -> new SessionSummary(1, 1, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> new SessionSummary(1, 1, null)).isInstanceOf(NullPointerException.class);
    }
}
