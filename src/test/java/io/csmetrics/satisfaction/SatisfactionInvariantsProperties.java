package io.csmetrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Ratio;
import io.csmetrics.UndefinedMetricException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of the satisfaction family beyond {@link NpsProperties}: CSAT bounds and monotonicity, NPS
 * monotonicity in each category, path agreement of the breakdown and advocacy accumulators, and
 * serialisation of every accumulator and result. Examples pin the boundaries and messages the
 * properties cannot see.
 */
class SatisfactionInvariantsProperties {

    private static final LocalDate MARCH_1 = LocalDate.of(2024, 3, 1);

    @Provide
    Arbitrary<List<NpsResponse>> responses() {
        Arbitrary<NpsResponse> one = Combinators.combine(Arbitraries.integers().between(0, 10),
                Arbitraries.of("a", "b", "c", "d"), Arbitraries.integers().between(0, 120))
                .as((score, account, day) -> NpsResponse.of("r", score, account, MARCH_1.plusDays(day)));
        return one.list().ofMaxSize(150).map(list -> {
            List<NpsResponse> unique = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                NpsResponse r = list.get(i);
                unique.add(NpsResponse.of("r" + i, r.score(), r.accountId().orElseThrow(), r.date().orElseThrow()));
            }
            return unique;
        });
    }

    @Provide
    Arbitrary<List<AdvocacyEvent>> advocacy() {
        return Combinators.combine(Arbitraries.of(AdvocacyKind.standard()), Arbitraries.of("a", "b", "c"),
                Arbitraries.integers().between(0, 400))
                .as((kind, account, day) -> AdvocacyEvent.of(kind, account, MARCH_1.plusDays(day))).list()
                .ofMaxSize(100);
    }

    private static boolean withinUnit(Ratio r) {
        return r.compareTo(Ratio.ZERO) >= 0 && r.compareTo(Ratio.ONE) <= 0;
    }

    @Property
    void csatShareIsARateAndTheMeanLiesOnTheScale(@ForAll @Size(min = 1, max = 200) List<@IntRange(min = 1, max = 7) Integer> scores,
            @ForAll @IntRange(min = 1, max = 6) int boxes) {
        CsatScale scale = CsatScale.topBoxes(1, 7, boxes);
        CsatResult r = scores.stream().collect(CsatAccumulator.collector(scale));
        assertThat(withinUnit(r.share())).isTrue();
        assertThat(r.mean().compareTo(Ratio.of(1, 1))).isGreaterThanOrEqualTo(0);
        assertThat(r.mean().compareTo(Ratio.of(7, 1))).isLessThanOrEqualTo(0);
        assertThat(r.satisfied()).isEqualTo(scores.stream().filter(s -> s > 7 - boxes).count());
    }

    @Property
    void moreTopBoxesNeverLowerTheCsat(@ForAll @Size(min = 1, max = 200) List<@IntRange(min = 1, max = 7) Integer> scores,
            @ForAll @IntRange(min = 1, max = 5) int boxes) {
        CsatResult fewer = scores.stream().collect(CsatAccumulator.collector(CsatScale.topBoxes(1, 7, boxes)));
        CsatResult more = scores.stream().collect(CsatAccumulator.collector(CsatScale.topBoxes(1, 7, boxes + 1)));
        assertThat(more.share().compareTo(fewer.share())).isGreaterThanOrEqualTo(0);
        assertThat(more.mean()).isEqualTo(fewer.mean());
    }

    @Property
    void aPromoterNeverLowersTheNpsAndADetractorNeverRaisesIt(@ForAll @Size(min = 1, max = 200) List<@IntRange(max = 10) Integer> scores) {
        NpsResult base = NpsAccumulator.of(scores.stream().mapToInt(Integer::intValue).toArray()).result();
        NpsResult withPromoter = base.plus(NpsResult.of(1, 0, 0));
        NpsResult withDetractor = base.plus(NpsResult.of(0, 0, 1));
        assertThat(withPromoter.net().compareTo(base.net())).isGreaterThanOrEqualTo(0);
        assertThat(withDetractor.net().compareTo(base.net())).isLessThanOrEqualTo(0);
        assertThat(withPromoter.net().compareTo(withDetractor.net())).isPositive();
        Ratio shares = Ratio.of(base.promoterShare().numerator().add(base.passiveShare().numerator())
                .add(base.detractorShare().numerator()), base.promoterShare().denominator());
        assertThat(shares.isEquivalent(Ratio.ONE)).isTrue();
    }

    @Property
    void breakdownsAgreeOnEveryPathAndSumToTheOverallResult(@ForAll("responses") List<NpsResponse> responses) {
        Map<String, NpsResult> byAccount = AccumulatorChecks.assertAllPathsAgree(responses, NpsBreakdown::byAccount,
                NpsBreakdown::results);
        Map<YearMonth, NpsResult> byMonth = AccumulatorChecks.assertAllPathsAgree(responses, NpsBreakdown::byMonth,
                NpsBreakdown::results);
        NpsResult overall = NpsResult.ofScores(responses.stream().mapToInt(NpsResponse::score).toArray());
        assertThat(byAccount.values().stream().reduce(NpsResult.empty(), NpsResult::plus)).isEqualTo(overall);
        assertThat(byMonth.values().stream().reduce(NpsResult.empty(), NpsResult::plus)).isEqualTo(overall);
        assertThat(byAccount.keySet()).isEqualTo(
                responses.stream().map(r -> r.accountId().orElseThrow()).collect(java.util.stream.Collectors.toSet()));
        NpsBreakdown.Key<String> account = r -> r.accountId().orElseThrow();
        NpsBreakdown<String> collected = responses.stream().collect(NpsBreakdown.collector(account));
        assertThat(collected.results()).isEqualTo(byAccount);
        assertThat(collected.overall()).isEqualTo(overall);
    }

    @Property
    void advocacyAgreesOnEveryPathAndTotalsAreTheSumOfKinds(@ForAll("advocacy") List<AdvocacyEvent> events) {
        AdvocacyCounts counts = AccumulatorChecks.assertAllPathsAgree(events, AdvocacyAccumulator::create,
                AdvocacyAccumulator::result);
        YearMonth from = YearMonth.from(MARCH_1);
        YearMonth to = from.plusMonths(14);
        long byKind = counts.kinds().stream().mapToLong(k -> counts.count(k, from, to)).sum();
        assertThat(counts.total(from, to)).isEqualTo(byKind).isEqualTo(events.size());
        assertThat(AccumulatorChecks.roundTrip(counts)).isEqualTo(counts);
    }

    @Property
    void accumulatorsAndResultsSurviveSerialisation(@ForAll("responses") List<NpsResponse> responses,
            @ForAll @Size(max = 100) List<@IntRange(min = 1, max = 5) Integer> csat) {
        NpsAccumulator nps = NpsAccumulator.create();
        responses.forEach(nps);
        NpsAccumulator npsCopy = AccumulatorChecks.roundTrip(nps);
        assertThat(npsCopy.result()).isEqualTo(nps.result());
        assertThat(AccumulatorChecks.roundTrip(nps.result())).isEqualTo(nps.result());
        for (NpsResponse r : responses) {
            NpsResponse copy = AccumulatorChecks.roundTrip(r);
            assertThat(copy).isEqualTo(r).hasSameHashCodeAs(r).hasToString(r.toString());
            assertThat(copy.respondentId()).isEqualTo(r.respondentId());
        }
        NpsBreakdown<YearMonth> months = NpsBreakdown.byMonth();
        responses.forEach(months);
        assertThat(AccumulatorChecks.roundTrip(months).results()).isEqualTo(months.results());
        CsatAccumulator c = CsatAccumulator.create();
        csat.forEach(c);
        assertThat(AccumulatorChecks.roundTrip(c).result()).isEqualTo(c.result());
        assertThat(AccumulatorChecks.roundTrip(c.result())).isEqualTo(c.result());
        assertThat(AccumulatorChecks.roundTrip(c.scale())).isEqualTo(c.scale());
        if (nps.result().isDefined() && nps.result().responses() > 1) {
            NpsComparison cmp = NpsComparison.of(nps.result(), NpsResult.of(3, 2, 1));
            assertThat(AccumulatorChecks.roundTrip(cmp)).isEqualTo(cmp);
            NpsInterval i = nps.result().adjustedWaldInterval(0.9);
            assertThat(AccumulatorChecks.roundTrip(i)).isEqualTo(i);
        }
    }

    @Example
    void responsesEqualOnlyWhenEveryFieldIsEqual() {
        NpsResponse r = NpsResponse.of("u-1", 9, "ACC-1", MARCH_1);
        assertThat(r).isEqualTo(NpsResponse.of("u-1", 9, "ACC-1", MARCH_1)).isNotEqualTo(NpsResponse.of("u-2", 9,
                "ACC-1", MARCH_1)).isNotEqualTo(NpsResponse.of("u-1", 10, "ACC-1", MARCH_1))
                .isNotEqualTo(NpsResponse.of("u-1", 9, "ACC-2", MARCH_1))
                .isNotEqualTo(NpsResponse.of("u-1", 9, "ACC-1", MARCH_1.plusDays(1))).isNotEqualTo("u-1");
        assertThat(r.equals(r)).as("reflexive").isTrue();
        assertThat(r.respondentId()).isEqualTo("u-1");
        assertThat(r.isPromoter()).isTrue();
        assertThat(NpsResponse.of("u-2", 8).isPromoter()).isFalse();
        assertThat(NpsResponse.of("u-3", 0).isPromoter()).isFalse();
    }

    @Example
    void aBlankAccountIsRejectedWhenReassigningAResponse() {
        NpsResponse r = NpsResponse.of("u-1", 7);
        assertThatThrownBy(() -> r.withAccount(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accountId");
        assertThat(r.withAccount("ACC-9").accountId()).contains("ACC-9");
    }

    @Example
    void theBreakdownByAccountKeysEachResponseByItsAccount() {
        NpsBreakdown<String> b = NpsBreakdown.byAccount();
        b.accept(NpsResponse.of("u-1", 10, "ACC-1", MARCH_1));
        b.accept(NpsResponse.of("u-2", 3, "ACC-2", MARCH_1));
        assertThat(b.results()).containsOnlyKeys("ACC-1", "ACC-2");
        assertThat(b.result("ACC-1")).isEqualTo(NpsResult.of(1, 0, 0));
        assertThat(b.toString()).startsWith("NpsBreakdown{").contains("ACC-1=" + NpsResult.of(1, 0, 0))
                .contains("ACC-2=" + NpsResult.of(0, 0, 1));
    }

    @Example
    void everyCategoryKnowsItsLowestScore() {
        // Reichheld (2003): detractors 0-6, passives 7-8, promoters 9-10.
        assertThat(NpsCategory.DETRACTOR.lowestScore()).isZero();
        assertThat(NpsCategory.PASSIVE.lowestScore()).isEqualTo(7);
        assertThat(NpsCategory.PROMOTER.lowestScore()).isEqualTo(9);
    }

    @Example
    void noResponsesHaveNoScoreAndNoStandardErrorWithANamedReason() {
        NpsResult none = NpsResult.empty();
        assertThatThrownBy(none::scoreAsDouble).isInstanceOf(UndefinedMetricException.class)
                .hasMessage("NPS is undefined: no responses");
        assertThatThrownBy(none::standardError).isInstanceOf(UndefinedMetricException.class)
                .hasMessage("NPS is undefined: no responses");
    }

    @Example
    void significanceLevelsMustBeStrictlyBetweenZeroAndOne() {
        NpsComparison c = NpsComparison.of(NpsResult.of(50, 30, 20), NpsResult.of(20, 30, 50));
        assertThat(c.isSignificant(0.05)).isTrue();
        assertThatThrownBy(() -> c.isSignificant(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha must be in (0, 1), exclusive: 0.0");
        assertThatThrownBy(() -> c.isSignificant(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha must be in (0, 1), exclusive: 1.0");
    }

    @Example
    void topBoxesMayLeaveOnlyTheLowestBoxUnsatisfied() {
        // On 1..5, the top four boxes are 2..5: the widest valid choice; five boxes would satisfy every answer.
        assertThat(CsatScale.topBoxes(1, 5, 4).satisfiedFrom()).isEqualTo(2);
        assertThatThrownBy(() -> CsatScale.topBoxes(1, 5, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid value for boxes (valid values 1 - 4): 5");
        assertThatThrownBy(() -> CsatScale.topBoxes(1, 5, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid value for boxes (valid values 1 - 4): 0");
    }

    @Example
    void accumulatorsPrintTheirRunningResult() {
        CsatAccumulator c = CsatAccumulator.create();
        List.of(5, 4, 1).forEach(c);
        assertThat(c).hasToString("CsatAccumulator{" + c.result() + "}");
        assertThat(c.toString()).contains("csat=66.7%");
        AdvocacyAccumulator a = AdvocacyAccumulator.create();
        a.accept(AdvocacyEvent.of(AdvocacyKind.REVIEW, "a", MARCH_1));
        Map<YearMonth, Map<AdvocacyKind, Long>> expected = new TreeMap<>(Map.of(YearMonth.of(2024, 3),
                Map.of(AdvocacyKind.REVIEW, 1L)));
        assertThat(a).hasToString("AdvocacyAccumulator" + expected);
    }
}
