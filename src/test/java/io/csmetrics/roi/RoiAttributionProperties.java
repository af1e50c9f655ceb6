package io.csmetrics.roi;

import static org.assertj.core.api.Assertions.assertThat;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class RoiAttributionProperties {

    private static final Currency USD = Currency.getInstance("USD");
    private static final List<RevenueStream> STREAMS = List.of(RevenueStream.CS_SOURCED_NEW, RevenueStream.RENEWAL,
            RevenueStream.UPSELL, RevenueStream.of("services"));

    @Provide
    Arbitrary<Deal> deals() {
        return Combinators.combine(Arbitraries.of(STREAMS), Arbitraries.longs().between(0, 100_000_000L),
                Arbitraries.integers().between(0, 800), Arbitraries.of(Involvement.class),
                Arbitraries.integers().between(0, 5)).as((s, cents, day, inv, who) -> Deal.of("D", s,
                        Money.ofMinor(cents, USD), LocalDate.of(2024, 1, 1).plusDays(day), "A", "csm" + who,
                        "team" + who % 2, inv));
    }

    private static Multipliers perStream(List<BigDecimal> m) {
        Multipliers.Builder b = Multipliers.builder();
        for (int i = 0; i < STREAMS.size(); i++) {
            b.stream(STREAMS.get(i), m.get(i));
        }
        return b.build();
    }

    @Property
    void attributedRevenueIsMonotoneInEachMultiplier(@ForAll @Size(max = 30) List<@From("deals") Deal> deals,
            @ForAll @Size(4) List<@IntRange(min = 0, max = 1000) Integer> thousandths,
            @ForAll @IntRange(min = 0, max = 3) int which, @ForAll @IntRange(min = 0, max = 1000) int increase) {
        List<BigDecimal> low = thousandths.stream().map(i -> BigDecimal.valueOf(i, 3)).toList();
        List<BigDecimal> high = new java.util.ArrayList<>(low);
        high.set(which, BigDecimal.valueOf(Math.min(1000, thousandths.get(which) + increase), 3));
        Money before = RoiAttribution.of(perStream(low), USD, deals).attributedArr();
        Money after = RoiAttribution.of(perStream(high), USD, deals).attributedArr();
        assertThat(after.compareTo(before)).isGreaterThanOrEqualTo(0);
    }

    @Property
    void allMultipliersOneAttributeAllTheArr(@ForAll @Size(max = 30) List<@From("deals") Deal> deals) {
        RoiAttribution a = RoiAttribution.of(Multipliers.uniform(BigDecimal.ONE), USD, deals);
        assertThat(a.attributedArr().isEqual(a.totalArr())).isTrue();
        Money sum = Money.zero(USD);
        for (Deal d : deals) {
            sum = sum.plus(d.arr());
        }
        assertThat(a.totalArr().isEqual(sum)).isTrue();
    }

    @Property
    void roiIsMinusOneHundredPercentWithNothingAttributed(@ForAll @Size(max = 20) List<@From("deals") Deal> deals,
            @ForAll @IntRange(min = 1, max = 1_000_000) int costCents) {
        RoiAttribution a = RoiAttribution.of(Multipliers.uniform(BigDecimal.ZERO), USD, deals);
        Ratio roi = a.roi(Money.ofMinor(costCents, USD)).ratio();
        assertThat(roi.isEquivalent(Ratio.of(-1, 1))).isTrue();
    }

    @Property(tries = 30)
    void parallelEqualsSequential(@ForAll @Size(max = 60) List<@From("deals") Deal> deals,
            @ForAll @Size(4) List<@IntRange(min = 0, max = 1000) Integer> thousandths) {
        Multipliers m = perStream(thousandths.stream().map(i -> BigDecimal.valueOf(i, 3)).toList());
        AccumulatorChecks.assertAllPathsAgree(deals, () -> RoiAttribution.create(m, USD),
                a -> List.of(a.lines(), a.weekly(), a.monthly(), a.byCsm(), a.byTeam(), a.byStream()));
    }
}
