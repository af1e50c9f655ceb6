package io.csmetrics.usage;

import static io.csmetrics.usage.UsageEvents.EXPORT;
import static io.csmetrics.usage.UsageEvents.MARCH_2024;
import static io.csmetrics.usage.UsageEvents.REPORTS;
import static io.csmetrics.usage.UsageEvents.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import io.csmetrics.Ratio;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class FeatureAdoptionTest {

    private static final List<String> ALL_ACCOUNTS = List.of("a", "b", "silent");

    /** The class Javadoc example. */
    private static FeatureAdoption javadocAdoption() {
        return List.of(UsageEvent.of("a", "u1", at(5, 9, 0), REPORTS), UsageEvent.of("a", "u2", at(6, 9, 0)),
                UsageEvent.of("b", "u3", at(7, 9, 0))).stream()
                .collect(FeatureAdoption.collector(MARCH_2024, ZoneOffset.UTC));
    }

    @Test
    void javadocExample() {
        FeatureAdoption f = javadocAdoption();
        assertThat(f.accountAdoption(REPORTS)).isEqualTo(new Adoption(REPORTS, 1, 2));
        assertThat(f.userAdoption(REPORTS).rate()).isEqualTo(Ratio.of(1, 3));
        assertThat(f.accountsNotUsing(REPORTS)).containsExactly("b");
        assertThat(f.activeAccounts()).containsExactly("a", "b");
        assertThat(f.activeUsers()).isEqualTo(3);
        assertThat(f.features()).containsExactly(REPORTS);
        assertThat(f.accountAdoptionByFeature()).containsOnlyKeys(REPORTS);
        assertThat(f.period()).isEqualTo(MARCH_2024);
    }

    @Test
    void redFlagIncludesAccountsWithNoActivity() {
        // The seeds' red flag: paying accounts that do not use a key feature, including silent ones.
        FeatureAdoption f = javadocAdoption();
        assertThat(f.accountsNotUsing(REPORTS, ALL_ACCOUNTS)).containsExactly("b", "silent");
        assertThat(f.accountAdoption(REPORTS, ALL_ACCOUNTS).rate()).isEqualTo(Ratio.of(1, 3));
        assertThat(f.accountAdoption(EXPORT).rate()).isEqualTo(Ratio.of(0, 2));
        assertThat(f.accountAdoption(REPORTS, List.of("a", "a")).population()).isEqualTo(1);
    }

    @Test
    void emptyPopulationIsUndefined() {
        FeatureAdoption f = FeatureAdoption.create(MARCH_2024, ZoneOffset.UTC);
        assertThat(f.accountAdoption(REPORTS).rate().isDefined()).isFalse();
        assertThat(f.userAdoption(REPORTS).rate().isDefined()).isFalse();
        assertThat(f.accountsNotUsing(REPORTS)).isEmpty();
    }

    @Test
    void rejectsBadInput() {
        FeatureAdoption f = javadocAdoption();
        assertThatThrownBy(() -> f.accept(UsageEvent.of("a", "u", at(31, 0, 0).plusSeconds(86_400), REPORTS)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the period 2024-03");
        assertThat(f.features()).containsExactly(REPORTS);
        assertThatThrownBy(() -> f.accountAdoption(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("feature");
        assertThatThrownBy(() -> f.userAdoption(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("feature");
        assertThatThrownBy(() -> f.accountsNotUsing(REPORTS, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("accounts");
        assertThatThrownBy(() -> f.accountsNotUsing(REPORTS, Arrays.asList("a", null)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("accounts must not contain null");
        assertThatThrownBy(() -> f.accept(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> f.combine(FeatureAdoption.create(UsagePeriod.ofDay(MARCH_2024.start()), ZoneOffset.UTC)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot combine");
        assertThatThrownBy(() -> FeatureAdoption.create(MARCH_2024, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("zone");
    }

    @Provide
    Arbitrary<List<UsageEvent>> events() {
        return UsageEvents.marchEvents();
    }

    @Property
    void adoptionIsARateAndNonUsersAreTheComplement(@ForAll("events") List<UsageEvent> events) {
        FeatureAdoption f = events.stream().collect(FeatureAdoption.collector(MARCH_2024, ZoneOffset.UTC));
        for (String feature : List.of(REPORTS, EXPORT)) {
            Adoption accounts = f.accountAdoption(feature);
            Adoption users = f.userAdoption(feature);
            assertThat(accounts.adopters()).isBetween(0L, accounts.population());
            assertThat(users.adopters()).isBetween(accounts.adopters(), users.population());
            assertThat(f.accountsNotUsing(feature)).hasSize((int) (accounts.population() - accounts.adopters()));
        }
    }

    @Property(tries = 50)
    void allPathsAgree(@ForAll("events") List<UsageEvent> events) {
        AccumulatorChecks.assertAllPathsAgree(events, () -> FeatureAdoption.create(MARCH_2024, ZoneOffset.UTC),
                f -> List.of(f.accountAdoptionByFeature(), f.userAdoption(REPORTS), f.accountsNotUsing(EXPORT)));
    }
}
