package io.csmetrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsatScaleTest {

    // Top-2 box on 1–5 is the common CSAT convention: "satisfied" and "very satisfied".
    @ParameterizedTest
    @CsvSource({"1,false", "2,false", "3,false", "4,true", "5,true"})
    void fivePointTopTwoBox(int score, boolean satisfied) {
        assertThat(CsatScale.fivePoint().isSatisfied(score)).isEqualTo(satisfied);
        assertThat(CsatScale.fivePoint()).isEqualTo(CsatScale.topBoxes(1, 5, 2)).isEqualTo(CsatScale.of(1, 5, 4));
    }

    @Test
    void otherScales() {
        CsatScale sevenTopTwo = CsatScale.topBoxes(1, 7, 2);
        assertThat(sevenTopTwo.satisfiedFrom()).isEqualTo(6);
        assertThat(sevenTopTwo.points()).isEqualTo(7);
        assertThat(CsatScale.topBoxes(0, 10, 1).isSatisfied(10)).isTrue();
        assertThat(CsatScale.topBoxes(0, 10, 1).isSatisfied(9)).isFalse();
        assertThat(sevenTopTwo).hasToString("CsatScale{1..7, satisfied>=6}");
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> CsatScale.of(5, 5, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max (5) must be greater than min (5)");
        assertThatThrownBy(() -> CsatScale.of(1, 5, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("satisfiedFrom (valid values 2 - 5): 1");
        assertThatThrownBy(() -> CsatScale.of(1, 5, 6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("6");
        assertThatThrownBy(() -> CsatScale.of(0, 5000, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 1001 points");
        assertThatThrownBy(() -> CsatScale.topBoxes(1, 5, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("boxes (valid values 1 - 4): 0");
        assertThatThrownBy(() -> CsatScale.fivePoint().isSatisfied(6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CSAT score (valid values 1 - 5): 6");
    }
}
