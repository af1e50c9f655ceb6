package io.csmetrics.roi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.CurrencyMismatchException;
import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RoiAttributionTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Money CS_COST = Money.of("30000", "USD");

    /** Gainsight's CCO's illustration of multipliers (DESIGN.md, "CS ROI"): 1, 0.5, 0.25. */
    private static final Multipliers SEEDS = Multipliers.builder().stream(RevenueStream.CS_SOURCED_NEW, "1")
            .stream(RevenueStream.RENEWAL, "0.5").stream(RevenueStream.UPSELL, "0.25").build();

    private static Deal deal(String id, RevenueStream stream, String arr, LocalDate date, String csm, String team,
            Involvement involvement) {
        return Deal.of(id, stream, Money.of(arr, "USD"), date, "ACC-" + id, csm, team, involvement);
    }

    /** The hand-computed example of the class Javadoc. */
    private static List<Deal> example() {
        return List.of(
                deal("1", RevenueStream.CS_SOURCED_NEW, "10000", LocalDate.of(2024, 1, 3), "Ann", "Enterprise",
                        Involvement.SOURCED),
                deal("2", RevenueStream.RENEWAL, "40000", LocalDate.of(2024, 1, 4), "Ann", "Enterprise",
                        Involvement.LED),
                deal("3", RevenueStream.RENEWAL, "20000", LocalDate.of(2024, 1, 10), "Bob", "Scale",
                        Involvement.ASSISTED),
                deal("4", RevenueStream.UPSELL, "8000", LocalDate.of(2024, 2, 1), "Bob", "Scale", Involvement.LED));
    }

    @Test
    void attributesTheHandComputedExample() {
        RoiAttribution a = RoiAttribution.of(SEEDS, USD, example());
        // ARR: 10,000 + 40,000 + 20,000 + 8,000 = 78,000
        assertThat(a.totalArr().isEqual(Money.of("78000", "USD"))).isTrue();
        // attributed: 10,000 × 1 + (40,000 + 20,000) × 0.5 + 8,000 × 0.25 = 10,000 + 30,000 + 2,000 = 42,000
        assertThat(a.attributedArr().isEqual(Money.of("42000", "USD"))).isTrue();
        // ROI: (42,000 − 30,000) / 30,000 = 12,000 / 30,000 = 40 %
        Roi roi = a.roi(CS_COST);
        assertThat(roi.ratio()).isEqualTo(Ratio.of(12000, 30000));
        assertThat(roi.ratio().toPercent(0, java.math.RoundingMode.UNNECESSARY)).isEqualByComparingTo("40");
        assertThat(roi.netReturn().isEqual(Money.of("12000", "USD"))).isTrue();
        assertThat(a.deals()).isEqualTo(4);
    }

    @Test
    void involvementRefinesTheStreamMultiplier() {
        Multipliers m = Multipliers.builder().stream(RevenueStream.CS_SOURCED_NEW, "1")
                .stream(RevenueStream.RENEWAL, "0.5").involvement(RevenueStream.RENEWAL, Involvement.ASSISTED, "0.2")
                .stream(RevenueStream.UPSELL, "0.25").build();
        RoiAttribution a = RoiAttribution.of(m, USD, example());
        // 10,000 × 1 + 40,000 × 0.5 + 20,000 × 0.2 + 8,000 × 0.25 = 10,000 + 20,000 + 4,000 + 2,000 = 36,000
        assertThat(a.attributedArr().isEqual(Money.of("36000", "USD"))).isTrue();
    }

    @Test
    void everyLineExplainsItself() {
        List<AttributionLine> lines = RoiAttribution.of(SEEDS, USD, example()).lines();
        assertThat(lines).extracting(AttributionLine::explain).containsExactly(
                "CS-sourced new ARR (SOURCED): 1 deal, ARR USD 10000.00 × 1 = USD 10000.00",
                "renewal ARR (LED): 1 deal, ARR USD 40000.00 × 0.5 = USD 20000.00",
                "renewal ARR (ASSISTED): 1 deal, ARR USD 20000.00 × 0.5 = USD 10000.00",
                "upsell/cross-sell ARR (LED): 1 deal, ARR USD 8000.00 × 0.25 = USD 2000.00");
    }

    @Test
    void seriesPerWeekMonthCsmTeamAndStream() {
        RoiAttribution a = RoiAttribution.of(SEEDS, USD, example());
        // 2024-01-03 and 01-04 are in ISO week 1, 01-10 in week 2, 02-01 in week 5
        assertThat(a.weekly()).extracting(Contribution::key).containsExactly(new IsoWeek(2024, 1), new IsoWeek(2024, 2),
                new IsoWeek(2024, 5));
        assertThat(a.weekly().get(0).attributed().isEqual(Money.of("30000", "USD"))).isTrue();
        assertThat(a.monthly()).extracting(Contribution::key).containsExactly(YearMonth.of(2024, 1),
                YearMonth.of(2024, 2));
        // Ann: 10,000 + 20,000; Bob: 10,000 + 2,000
        assertThat(a.byCsm()).extracting(c -> c.key() + " " + c.attributed().amount().stripTrailingZeros()
                .toPlainString()).containsExactly("Ann 30000", "Bob 12000");
        assertThat(a.byTeam()).extracting(Contribution::key).containsExactly("Enterprise", "Scale");
        assertThat(a.byStream()).extracting(Contribution::deals).containsExactly(1L, 2L, 1L);
    }

    @Test
    void lifetimeValueBases() {
        RoiAttribution a = RoiAttribution.of(SEEDS, USD, example());
        // documents' LTV: 42,000 / 12 × 24 months = 84,000; ROI (84,000 − 30,000) / 30,000 = 180 %
        Roi avg = a.roi(LtvBasis.averageLifetime(BigDecimal.valueOf(24)), CS_COST);
        assertThat(avg.attributed()).isEqualTo(Money.of("84000.00", "USD"));
        assertThat(avg.ratio().isEquivalent(Ratio.of(54000, 30000))).isTrue();
        // S(t) = 1 monthly over 24 months, undiscounted: the same 84,000
        assertThat(LtvBasis.retention(t -> 1.0, 1, 0, 24).lifetimeValue(a.attributedArr()))
                .isEqualTo(Money.of("84000.00", "USD"));
        // annual periods, S(t) = 0.9^t, 3 years: 42,000 × (1 + 0.9 + 0.81) = 42,000 × 2.71 = 113,820
        assertThat(LtvBasis.retention(t -> Math.pow(0.9, t), 12, 0, 3).lifetimeValue(a.attributedArr()))
                .isEqualTo(Money.of("113820.00", "USD"));
        // discounted 10 % per year, S = 1, 2 years: 42,000 × (1 + 1/1.1) = 80,181.818… → 80,181.82
        assertThat(LtvBasis.retention(t -> 1.0, 12, 0.1, 2).lifetimeValue(a.attributedArr()))
                .isEqualTo(Money.of("80181.82", "USD"));
    }

    @Test
    void noDealsAttributeNothingAndRoiIsMinusOneHundredPercent() {
        RoiAttribution a = RoiAttribution.create(SEEDS, USD);
        assertThat(a.attributedArr().isZero()).isTrue();
        assertThat(a.lines()).isEmpty();
        assertThat(a.roi(CS_COST).ratio().isEquivalent(Ratio.of(-1, 1))).isTrue();
    }

    @Test
    void allPathsAgree() {
        SplittableRandom r = new SplittableRandom(7);
        List<Deal> deals = new ArrayList<>();
        RevenueStream[] streams = {RevenueStream.CS_SOURCED_NEW, RevenueStream.RENEWAL, RevenueStream.UPSELL,
            RevenueStream.of("services")};
        for (int i = 0; i < 300; i++) {
            deals.add(Deal.of("D" + i, streams[r.nextInt(4)], Money.ofMinor(r.nextLong(10_000_000), USD),
                    LocalDate.of(2024, 1, 1).plusDays(r.nextInt(500)), "A" + r.nextInt(50), "csm" + r.nextInt(7),
                    "team" + r.nextInt(3), Involvement.values()[r.nextInt(4)]));
        }
        Multipliers m = Multipliers.builder().stream(RevenueStream.RENEWAL, "0.5").stream(RevenueStream.UPSELL, "0.25")
                .involvement(RevenueStream.UPSELL, Involvement.INFLUENCED, "0.1").defaultMultiplier(BigDecimal.ONE)
                .build();
        AccumulatorChecks.assertAllPathsAgree(deals, () -> RoiAttribution.create(m, USD),
                a -> List.of(a.lines(), a.weekly(), a.monthly(), a.byCsm(), a.byTeam(), a.attributedArr()));
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> Multipliers.builder().stream(RevenueStream.RENEWAL, "1.5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be in [0, 1]: 1.5");
        assertThatThrownBy(() -> Multipliers.builder().involvement(RevenueStream.RENEWAL, Involvement.LED, "-0.1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 1]: -0.1");
        assertThatThrownBy(() -> Multipliers.uniform(new BigDecimal("1.0001")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("defaultMultiplier");
        RoiAttribution a = RoiAttribution.of(SEEDS, USD, example());
        assertThatThrownBy(() -> a.roi(Money.of("0", "USD"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("csCost must be positive");
        assertThatThrownBy(() -> a.roi(Money.of("-5", "USD"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("csCost must be positive");
        assertThatThrownBy(() -> a.roi(Money.of("5", "EUR"))).isInstanceOf(CurrencyMismatchException.class);
        Deal services = deal("9", RevenueStream.of("services"), "100", LocalDate.of(2024, 1, 1), "Ann", "T",
                Involvement.LED);
        long before = a.deals();
        assertThatThrownBy(() -> a.accept(services)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no multiplier for stream 'services'");
        assertThat(a.deals()).as("nothing half-done").isEqualTo(before);
        assertThatThrownBy(() -> a.accept(Deal.of("E", RevenueStream.RENEWAL, Money.of("1", "EUR"),
                LocalDate.of(2024, 1, 1), "A", "c", "t", Involvement.LED))).isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> a.combine(RoiAttribution.create(Multipliers.uniform(BigDecimal.ONE), USD)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different multipliers");
        assertThatThrownBy(() -> a.accept(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("deal must not be null");
        assertThatThrownBy(() -> LtvBasis.averageLifetime(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("months must be positive");
        assertThatThrownBy(() -> LtvBasis.retention(t -> 1.2, 1, 0, 3).lifetimeValue(CS_COST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("survival(0) must be in [0, 1]: 1.2");
        assertThatThrownBy(() -> LtvBasis.retention(t -> 1, 1, -0.1, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("discountRate");
    }
}
