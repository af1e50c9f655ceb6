package io.csmetrics.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureTest {

    @ParameterizedTest
    @CsvSource({
        // Javadoc examples: seat use floor 0, ceiling 80; open tickets floor 10, ceiling 0
        "0, 80, 40, 50",
        "0, 80, 90, 100",
        "0, 80, -5, 0",
        "10, 0, 2, 80",
        "10, 0, 12, 0",
    })
    void linear(double floor, double ceiling, double signal, double expected) {
        assertThat(Measure.linear("m", floor, ceiling).score(signal)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void keyFeature() {
        Measure m = Measure.keyFeature("reports");
        assertThat(m.score(3)).isEqualTo(100);
        assertThat(m.score(0)).isZero();
        assertThat(m.monotonicity()).isEqualTo(Measure.Monotonicity.INCREASING);
        assertThatThrownBy(() -> m.score(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }

    @Test
    void percentileInSegmentUsesMidRanks() {
        // Totango ranks an account within its segment; ties share the mid-rank.
        Measure m = Measure.percentileInSegment("logins", Map.of("smb", new double[] {4, 1, 3, 2}, "ent", new double[] {5, 5}));
        assertThat(m.score(1, "smb")).isEqualTo(12.5);
        assertThat(m.score(4, "smb")).isEqualTo(87.5);
        assertThat(m.score(2.5, "smb")).isEqualTo(50);
        assertThat(m.score(5, "ent")).isEqualTo(50);
        assertThatThrownBy(() -> m.score(1, "other")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("segment 'other'");
        assertThatThrownBy(() -> Measure.percentileInSegment("x", Map.of("s", new double[0])))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be empty");
    }

    @Test
    void customFunction() {
        Measure nps = Measure.of("nps", x -> x >= 9 ? 100 : x >= 7 ? 50 : 0, Measure.Monotonicity.INCREASING);
        assertThat(nps.score(9)).isEqualTo(100);
        assertThat(nps.score(6)).isZero();
        Measure bad = Measure.of("bad", x -> x * 1000, Measure.Monotonicity.NONE);
        assertThatThrownBy(() -> bad.score(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'bad'").hasMessageContaining("within 0..100");
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> Measure.linear("m", 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("floor=1.0, ceiling=1.0");
        assertThatThrownBy(() -> Measure.linear("m", Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Measure.keyFeature(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
        assertThatThrownBy(() -> Measure.keyFeature(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> Measure.keyFeature("k").score(Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }
}
