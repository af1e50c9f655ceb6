package io.csmetrics.report;

import io.csmetrics.MrrHistory;
import io.csmetrics.usage.UsageEvent;
import io.csmetrics.usage.UsagePeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The sample company's product usage in its last month: for every account paying that month, its
 * licensed seats (seats at signup) and, per seat, a user whose activity depends on the account's
 * engagement (engaged, lukewarm or dormant): active days, one or two sessions a day of a few events
 * minutes apart, some naming a key feature the account has taken up. Events are produced one by
 * one to a consumer so the report never holds them all. Deterministic from the company's seed; a
 * few hundred thousand events.
 */
final class SampleUsage {

    static final List<String> KEY_FEATURES = List.of("dashboards", "alerts", "integrations");
    static final ZoneId ZONE = ZoneId.of("UTC");

    private final SampleCompany company;
    private final YearMonth month;
    private final Map<String, Integer> licensedSeats = new TreeMap<>();

    SampleUsage(SampleCompany company) {
        this.company = company;
        this.month = SampleCompany.FIRST_MONTH.plusMonths(SampleCompany.MONTHS - 1L);
        Map<String, MrrHistory> histories = new TreeMap<>();
        for (MrrHistory h : company.histories()) {
            histories.put(h.accountId(), h);
        }
        for (SampleCompany.Account a : company.accounts()) {
            if (histories.get(a.id()).mrrAt(month).isPositive()) {
                licensedSeats.put(a.id(), a.initialSeats());
            }
        }
    }

    YearMonth month() {
        return month;
    }

    UsagePeriod period() {
        return UsagePeriod.ofMonth(month);
    }

    /** Licensed seats of each account paying in the month. */
    Map<String, Integer> licensedSeats() {
        return licensedSeats;
    }

    /** Produces the month's events, account by account, user by user. */
    void forEachEvent(Consumer<UsageEvent> sink) {
        SplittableRandom random = new SplittableRandom(company.seed() ^ 0x05A6EL);
        for (Map.Entry<String, Integer> account : licensedSeats.entrySet()) {
            double engagement = random.nextDouble();
            double userActive = engagement < 0.12 ? 0.15 : engagement < 0.40 ? 0.5 : 0.85;
            double dayActive = engagement < 0.12 ? 0.03 : engagement < 0.40 ? 0.07 : 0.18;
            boolean[] usesFeature = new boolean[KEY_FEATURES.size()];
            for (int f = 0; f < usesFeature.length; f++) {
                usesFeature[f] = random.nextDouble() < (f == 0 ? 0.75 : f == 1 ? 0.5 : 0.3) * (0.5 + engagement);
            }
            for (int u = 1; u <= account.getValue(); u++) {
                if (random.nextDouble() >= userActive) {
                    continue;
                }
                String user = "user-" + u;
                for (int d = 1; d <= month.lengthOfMonth(); d++) {
                    LocalDate day = month.atDay(d);
                    boolean weekend = day.getDayOfWeek().getValue() >= 6;
                    if (random.nextDouble() >= (weekend ? dayActive / 4 : dayActive)) {
                        continue;
                    }
                    int sessions = random.nextDouble() < 0.3 ? 2 : 1;
                    for (int s = 0; s < sessions; s++) {
                        Instant t = day.atTime(8 + 5 * s + random.nextInt(5), random.nextInt(60)).toInstant(ZoneOffset.UTC);
                        int events = 1 + random.nextInt(5);
                        for (int e = 0; e < events; e++) {
                            int f = random.nextInt(KEY_FEATURES.size() + 2);
                            sink.accept(f < KEY_FEATURES.size() && usesFeature[f]
                                    ? UsageEvent.of(account.getKey(), user, t, KEY_FEATURES.get(f))
                                    : UsageEvent.of(account.getKey(), user, t));
                            t = t.plusSeconds(60 + random.nextInt(600));
                        }
                    }
                }
            }
        }
    }
}
