package io.csmetrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.satisfaction.NpsCategory;
import io.csmetrics.satisfaction.NpsResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NpsArbitraryTest {

    private static final long SEED = 3L;
    private static final LocalDate MAR_1 = LocalDate.of(2024, 3, 1);
    private static final LocalDate MAR_31 = LocalDate.of(2024, 3, 31);

    @Example
    void defaultScoresCoverZeroToTenRoughlyEvenly() {
        Map<Integer, Long> byScore = Samples.draw(CsArbitraries.npsResponses(), SEED, 11_000).stream()
                .collect(Collectors.groupingBy(NpsResponse::score, Collectors.counting()));
        assertThat(byScore).containsOnlyKeys(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(byScore.values()).allSatisfy(n -> assertThat(n).isBetween(700L, 1300L));
    }

    @Example
    void aMixWeightsTheCategories() {
        Map<NpsCategory, Long> byCategory = Samples.draw(CsArbitraries.npsResponses().mix(5, 0, 5), SEED, 2000)
                .stream().collect(Collectors.groupingBy(NpsResponse::category, Collectors.counting()));
        assertThat(byCategory).doesNotContainKey(NpsCategory.PASSIVE);
        assertThat(byCategory.get(NpsCategory.PROMOTER)).isBetween(850L, 1150L);
    }

    @Provide
    Arbitrary<NpsResponse> dated() {
        return CsArbitraries.npsResponses().dated(MAR_1, MAR_31, 4);
    }

    @Property
    void datedAnswersCarryAnAccountAndADayInTheWindow(@ForAll("dated") NpsResponse r) {
        assertThat(r.accountId()).hasValueSatisfying(a -> assertThat(a).isIn("ACC-1", "ACC-2", "ACC-3", "ACC-4"));
        assertThat(r.date()).hasValueSatisfying(d -> assertThat(d).isBetween(MAR_1, MAR_31));
    }

    @Provide
    Arbitrary<List<NpsResponse>> exactly() {
        return CsArbitraries.npsAnswerSets().counts(5, 3, 2).dated(MAR_1, MAR_31, 2);
    }

    @Property
    void exactCountsGiveExactlyThatMixFromDistinctRespondents(@ForAll("exactly") List<NpsResponse> set) {
        Map<NpsCategory, Long> byCategory = set.stream()
                .collect(Collectors.groupingBy(NpsResponse::category, Collectors.counting()));
        assertThat(byCategory).containsEntry(NpsCategory.PROMOTER, 5L).containsEntry(NpsCategory.PASSIVE, 3L)
                .containsEntry(NpsCategory.DETRACTOR, 2L);
        assertThat(set).extracting(NpsResponse::respondentId).doesNotHaveDuplicates();
        assertThat(set).allSatisfy(r -> assertThat(r.date()).isPresent());
    }

    @Provide
    Arbitrary<List<NpsResponse>> sized() {
        return CsArbitraries.npsAnswerSets().ofSize(3, 40).mix(1, 1, 1);
    }

    @Property
    void setsRespectTheSizeAndNumberRespondents(@ForAll("sized") List<NpsResponse> set) {
        assertThat(set).hasSizeBetween(3, 40);
        for (int i = 0; i < set.size(); i++) {
            assertThat(set.get(i).respondentId()).isEqualTo("r-" + (i + 1));
        }
    }

    @Example
    void exactCountsAreShuffledNotGrouped() {
        List<List<NpsResponse>> sets = Samples.draw(CsArbitraries.npsAnswerSets().counts(10, 0, 10), SEED, 20);
        assertThat(sets).anyMatch(set -> set.get(0).isDetractor());
        assertThat(sets).anyMatch(set -> set.get(0).isPromoter());
    }

    @Example
    void theSameSeedGivesTheSameAnswers() {
        assertThat(Samples.draw(CsArbitraries.npsAnswerSets(), SEED, 20))
                .isEqualTo(Samples.draw(CsArbitraries.npsAnswerSets(), SEED, 20));
    }

    @Example
    void aFailingPropertyShrinksToTheFewestLowestAnswers() {
        List<NpsResponse> shrunk = Samples.shrunkCounterexample(CsArbitraries.npsAnswerSets(), SEED,
                set -> set.stream().filter(NpsResponse::isPromoter).count() < 2);
        assertThat(shrunk).extracting(NpsResponse::score).containsExactly(9, 9);
        List<NpsResponse> empty = Samples.shrunkCounterexample(CsArbitraries.npsAnswerSets(), SEED, set -> false);
        assertThat(empty).isEmpty();
    }

    @Example
    void invalidConfigurationsAreRejected() {
        assertThatThrownBy(() -> CsArbitraries.npsResponses().mix(0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not all zero");
        assertThatThrownBy(() -> CsArbitraries.npsAnswerSets().counts(-1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("promoters -1");
        assertThatThrownBy(() -> CsArbitraries.npsAnswerSets().ofSize(5, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[5, 4]");
        assertThatThrownBy(() -> CsArbitraries.npsResponses().dated(MAR_31, MAR_1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be before first");
        assertThatThrownBy(() -> CsArbitraries.npsResponses().dated(MAR_1, MAR_31, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accountCount must be at least 1: 0");
    }
}
