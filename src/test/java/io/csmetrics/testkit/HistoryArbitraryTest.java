package io.csmetrics.testkit;

import static io.csmetrics.revenue.MovementType.CHURN;
import static io.csmetrics.revenue.MovementType.CONTRACTION;
import static io.csmetrics.revenue.MovementType.EXPANSION;
import static io.csmetrics.revenue.MovementType.NEW;
import static io.csmetrics.revenue.MovementType.REACTIVATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.MrrHistory;
import io.csmetrics.MrrSnapshot;
import io.csmetrics.cohort.Cohort;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HistoryArbitraryTest {

    private static final long SEED = 11L;
    private static final YearMonth JAN_2024 = YearMonth.of(2024, 1);
    private static final Currency EUR = Currency.getInstance("EUR");

    @Property
    void defaultHistoriesAreValidAndStartPayingWithinRange(@ForAll("single") MrrHistory h) {
        assertThat(h.accountId()).isEqualTo("ACC-1");
        assertThat(h.firstMonth()).isEqualTo(JAN_2024);
        assertThat(h.length()).isBetween(1, 24);
        long[] units = h.toMinorUnitsArray();
        int first = firstPaying(units);
        assertThat(first).as("pays in some month").isGreaterThanOrEqualTo(0);
        assertThat(units[first]).isBetween(10_00L, 5000_00L);
        assertThat(java.util.Arrays.stream(units)).allMatch(u -> u >= 0 && u % 100 == 0);
    }

    @Provide
    Arbitrary<MrrHistory> single() {
        return CsArbitraries.mrrHistories();
    }

    private static int firstPaying(long[] units) {
        return IntStream.range(0, units.length).filter(i -> units[i] > 0).findFirst().orElse(-1);
    }

    @Example
    void everyMovementShowsUpAcrossHistories() {
        List<MrrHistory> drawn = Samples.draw(CsArbitraries.mrrHistories().months(24, 24), SEED, 300);
        assertThat(drawn).anyMatch(h -> h.minorUnitsAt(0) == 0);
        assertThat(drawn).anyMatch(h -> hasStep(h, (a, b) -> a > 0 && b > a));
        assertThat(drawn).anyMatch(h -> hasStep(h, (a, b) -> b > 0 && b < a));
        assertThat(drawn).anyMatch(h -> hasStep(h, (a, b) -> a > 0 && b == 0));
        assertThat(drawn).anyMatch(h -> reactivates(h));
    }

    private interface Step {
        boolean test(long before, long after);
    }

    private static boolean hasStep(MrrHistory h, Step step) {
        return IntStream.range(1, h.length()).anyMatch(i -> step.test(h.minorUnitsAt(i - 1), h.minorUnitsAt(i)));
    }

    private static boolean reactivates(MrrHistory h) {
        long[] u = h.toMinorUnitsArray();
        int first = firstPaying(u);
        return IntStream.range(first + 1, u.length).anyMatch(i -> u[i] > 0 && u[i - 1] == 0);
    }

    @Provide
    Arbitrary<MrrHistory> growingOnly() {
        return CsArbitraries.mrrHistories().movements(EXPANSION).currency(EUR).firstMonth(YearMonth.of(2023, 6))
                .months(6, 12).startingMrrBetween(100, 200).accountId("acme");
    }

    @Property
    void restrictedMovementsOnlyShowThoseMovements(@ForAll("growingOnly") MrrHistory h) {
        assertThat(h.accountId()).isEqualTo("acme");
        assertThat(h.currency()).isEqualTo(EUR);
        assertThat(h.firstMonth()).isEqualTo(YearMonth.of(2023, 6));
        assertThat(h.length()).isBetween(6, 12);
        assertThat(h.minorUnitsAt(0)).isBetween(100_00L, 200_00L);
        assertThat(hasStep(h, (a, b) -> b < a)).as("never shrinks").isFalse();
    }

    @Provide
    Arbitrary<List<MrrHistory>> books() {
        return CsArbitraries.accountHistories().accounts(2, 30).months(13, 13);
    }

    @Property
    void booksHaveDistinctIdsOneWindowAndOneCurrency(@ForAll("books") List<MrrHistory> book) {
        assertThat(book).hasSizeBetween(2, 30);
        assertThat(book).extracting(MrrHistory::accountId).doesNotHaveDuplicates()
                .isEqualTo(IntStream.rangeClosed(1, book.size()).mapToObj(i -> "ACC-" + i).collect(Collectors.toList()));
        assertThat(book).allSatisfy(h -> {
            assertThat(h.firstMonth()).isEqualTo(JAN_2024);
            assertThat(h.length()).isEqualTo(13);
        });
    }

    @Example
    void snapshotsRebuildTheSameBook() {
        MrrHistoriesArbitrary books = CsArbitraries.accountHistories().accounts(1, 5).months(3, 6);
        List<List<MrrSnapshot>> rows = Samples.draw(books.asSnapshots(), SEED, 50);
        List<List<MrrHistory>> same = Samples.draw(books, SEED, 50);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(MrrHistory.fromSnapshots(rows.get(i))).isEqualTo(same.get(i));
        }
    }

    @Provide
    Arbitrary<Cohort<YearMonth>> cohorts() {
        return CsArbitraries.cohorts().accounts(3, 10).months(6, 12).movements(NEW, CHURN, CONTRACTION, REACTIVATION);
    }

    @Property
    void cohortMembersAreAllAcquiredInTheKeyMonth(@ForAll("cohorts") Cohort<YearMonth> c) {
        assertThat(c.key()).isEqualTo(JAN_2024);
        assertThat(c.size()).isBetween(3, 10);
        assertThat(c.members()).allSatisfy(h -> assertThat(h.minorUnitsAt(0)).isPositive());
        assertThat(c.survivalCounts()[0]).isEqualTo(c.size());
    }

    @Example
    void theSameSeedGivesTheSameHistories() {
        assertThat(Samples.draw(CsArbitraries.accountHistories(), SEED, 30))
                .isEqualTo(Samples.draw(CsArbitraries.accountHistories(), SEED, 30));
    }

    @Example
    void aFailingPropertyShrinksToAShortFlatHistory() {
        MrrHistory anything = Samples.shrunkCounterexample(CsArbitraries.mrrHistories(), SEED, h -> false);
        assertThat(anything).isEqualTo(MrrHistory.of("ACC-1", Currency.getInstance("USD"), JAN_2024, 10_00));
        // A property that fails only when an account churns shrinks to the shortest churn: pay, then stop.
        MrrHistory churned = Samples.shrunkCounterexample(CsArbitraries.mrrHistories(), SEED,
                h -> !hasStep(h, (a, b) -> a > 0 && b == 0));
        assertThat(churned.toMinorUnitsArray()).containsExactly(10_00, 0);
        List<MrrHistory> book = Samples.shrunkCounterexample(CsArbitraries.accountHistories(), SEED,
                b -> b.size() < 3);
        assertThat(book).hasSize(3).allSatisfy(h -> assertThat(h.toMinorUnitsArray()).containsExactly(10_00));
    }

    @Example
    void invalidConfigurationsAreRejected() {
        assertThatThrownBy(() -> CsArbitraries.mrrHistories().months(0, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("months range (valid: 1 <= min <= max <= 600): [0, 3]");
        assertThatThrownBy(() -> CsArbitraries.mrrHistories().startingMrrBetween(5, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[5, 4]");
        assertThatThrownBy(() -> CsArbitraries.cohorts().accounts(0, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accounts range (valid: 1 <= min <= max <= 10000): [0, 3]");
        assertThatThrownBy(() -> CsArbitraries.mrrHistories().accountId(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accountId must not be blank");
        assertThatThrownBy(() -> CsArbitraries.mrrHistories().movements(EXPANSION, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("movements must not contain null");
    }
}
