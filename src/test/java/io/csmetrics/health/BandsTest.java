package io.csmetrics.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BandsTest {

    @ParameterizedTest
    @CsvSource({
        // the default: red 0–50, yellow 51–75, green 76–100, by the displayed (half-up) value
        "0, red", "50, red", "50.49, red", "50.5, yellow", "75.4, yellow", "75.5, green", "100, green",
    })
    void defaultBands(double score, String band) {
        assertThat(Bands.RED_YELLOW_GREEN.bandOf(score).name()).isEqualTo(band);
    }

    @Test
    void gradesAndRanks() {
        Bands g = Bands.grades();
        assertThat(g.bandOf(91).name()).isEqualTo("A");
        assertThat(g.bandOf(59.4).name()).isEqualTo("F");
        assertThat(g.rank(g.bandOf(85))).isEqualTo(3);
    }

    @Test
    void overlappingOrGappedBandsAreRejected() {
        assertThatThrownBy(() -> Bands.of(Band.of("red", 0, 50), Band.of("green", 50, 100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        assertThatThrownBy(() -> Bands.of(Band.of("red", 0, 50), Band.of("green", 55, 100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gap").hasMessageContaining("51..54");
        assertThatThrownBy(() -> Bands.of(Band.of("red", 1, 100))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start at 0");
        assertThatThrownBy(() -> Bands.of(Band.of("red", 0, 99))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end at 100");
        assertThatThrownBy(() -> Bands.of(Band.of("x", 0, 50), Band.of("x", 51, 100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
        assertThatThrownBy(() -> Band.of("x", 60, 50)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from=60");
        assertThatThrownBy(() -> Bands.RED_YELLOW_GREEN.bandOf(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..100");
    }
}
