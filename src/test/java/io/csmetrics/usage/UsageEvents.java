package io.csmetrics.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Shared test data: March 2024 in UTC and an arbitrary of events in it. */
final class UsageEvents {

    static final YearMonth MARCH = YearMonth.of(2024, 3);
    static final UsagePeriod MARCH_2024 = UsagePeriod.ofMonth(MARCH);
    static final Instant MARCH_1_UTC = LocalDate.of(2024, 3, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    static final String REPORTS = "reports";
    static final String EXPORT = "export";

    private UsageEvents() {
    }

    static Instant at(int day, int hour, int minute) {
        return LocalDate.of(2024, 3, day).atTime(hour, minute).toInstant(ZoneOffset.UTC);
    }

    /** Events in March 2024 UTC: 3 accounts, 6 users each, minutes spread so sessions both split and merge. */
    static Arbitrary<List<UsageEvent>> marchEvents() {
        Arbitrary<UsageEvent> one = Combinators.combine(Arbitraries.of("a", "b", "c"), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 31 * 24 * 60 - 1), Arbitraries.of("", REPORTS, EXPORT))
                .as((account, user, minute, feature) -> {
                    Instant t = MARCH_1_UTC.plus(minute, ChronoUnit.MINUTES);
                    return feature.isEmpty() ? UsageEvent.of(account, "u" + user, t)
                            : UsageEvent.of(account, "u" + user, t, feature);
                });
        return one.list().ofMaxSize(120);
    }

    /** Events crowded into a few hours around midnight of 5/6 March, so sessions merge, bridge and split. */
    static Arbitrary<List<UsageEvent>> denseEvents() {
        Instant from = at(5, 22, 0);
        Arbitrary<UsageEvent> one = Combinators.combine(Arbitraries.of("a", "b"), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 300))
                .as((account, user, minute) -> UsageEvent.of(account, "u" + user, from.plus(minute, ChronoUnit.MINUTES)));
        return one.list().ofMaxSize(60);
    }
}
