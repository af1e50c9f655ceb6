package io.csmetrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NpsCategoryTest {

    // The specification documents' definition (DESIGN.md): promoters 9–10, detractors 0–6; passives 7–8 (Reichheld 2003).
    @ParameterizedTest
    @CsvSource({"0,DETRACTOR", "3,DETRACTOR", "6,DETRACTOR", "7,PASSIVE", "8,PASSIVE", "9,PROMOTER", "10,PROMOTER"})
    void categoryOfEachScore(int score, NpsCategory expected) {
        assertThat(NpsCategory.of(score)).isEqualTo(expected);
        assertThat(score).isBetween(expected.lowestScore(), expected.highestScore());
    }

    @ParameterizedTest
    @CsvSource({"DETRACTOR,-1", "PASSIVE,0", "PROMOTER,1"})
    void trinomialWeights(NpsCategory category, int weight) {
        assertThat(category.weight()).isEqualTo(weight);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void scoreOutsideZeroToTenIsRejected(int score) {
        assertThatThrownBy(() -> NpsCategory.of(score)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valid values 0 - 10").hasMessageContaining(String.valueOf(score));
    }
}
