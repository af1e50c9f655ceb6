package io.csmetrics.testkit;

import io.csmetrics.onboarding.OnboardingRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates {@link OnboardingRecord}s: account {@code "ACC-1"} to {@code "ACC-999"}, a contract
 * start in 2024, and each of the milestones {@code kickoff}, {@code sso}, {@code first_report}
 * reached (about four times in five) 0 to 120 days after the start, never before it; seminar
 * attended or not.
 *
 * <p>A failing property shrinks towards the first start day, milestones reached on day 0, and no
 * seminar.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class OnboardingRecordArbitrary extends ArbitraryDecorator<OnboardingRecord> {

    private final List<String> milestones;
    private final LocalDate first;
    private final LocalDate last;
    private final int maxDays;

    OnboardingRecordArbitrary() {
        this(List.of("kickoff", "sso", "first_report"), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 120);
    }

    private OnboardingRecordArbitrary(List<String> milestones, LocalDate first, LocalDate last, int maxDays) {
        this.milestones = milestones;
        this.first = first;
        this.last = last;
        this.maxDays = maxDays;
    }

    /**
     * Returns an arbitrary of records over the given milestones.
     *
     * @param names the milestone names, none blank, possibly none
     * @return the reconfigured arbitrary
     * @throws NullPointerException if the array or a name is null
     * @throws IllegalArgumentException if a name is blank
     */
    public OnboardingRecordArbitrary milestones(String... names) {
        Objects.requireNonNull(names, "names must not be null");
        for (String n : names) {
            if (Objects.requireNonNull(n, "names must not contain null").isBlank()) {
                throw new IllegalArgumentException("milestone names must not be blank: '" + n + "'");
            }
        }
        return new OnboardingRecordArbitrary(List.of(names), first, last, maxDays);
    }

    /**
     * Returns an arbitrary of records whose contracts start between two days, inclusive.
     *
     * @param firstDay the earliest start, not null
     * @param lastDay the latest start, not before {@code firstDay}
     * @return the reconfigured arbitrary
     * @throws NullPointerException if a day is null
     * @throws IllegalArgumentException if {@code lastDay} is before {@code firstDay}
     */
    public OnboardingRecordArbitrary startingBetween(LocalDate firstDay, LocalDate lastDay) {
        Days.check(firstDay, lastDay);
        return new OnboardingRecordArbitrary(milestones, firstDay, lastDay, maxDays);
    }

    /**
     * Returns an arbitrary whose milestones are reached at most {@code days} after the start.
     *
     * @param days the latest milestone day counted from the start, not negative
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public OnboardingRecordArbitrary withinDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        return new OnboardingRecordArbitrary(milestones, first, last, days);
    }

    /**
     * Returns the underlying arbitrary.
     *
     * @return the arbitrary of records
     */
    @Override
    protected Arbitrary<OnboardingRecord> arbitrary() {
        List<String> names = milestones;
        List<Arbitrary<Integer>> offsets = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            offsets.add(Arbitraries.integers().between(0, maxDays).injectNull(0.2));
        }
        // Not List.copyOf: a null offset is a milestone not reached.
        Arbitrary<List<Integer>> reached = Combinators.combine(offsets).as(ArrayList::new);
        return Combinators.combine(Days.ids("ACC-", 999), Days.between(first, last), reached, Arbitraries.of(false, true))
                .as((id, start, days, seminar) -> {
                    Map<String, LocalDate> m = new LinkedHashMap<>();
                    for (int i = 0; i < names.size(); i++) {
                        if (days.get(i) != null) {
                            m.put(names.get(i), start.plusDays(days.get(i)));
                        }
                    }
                    return OnboardingRecord.of(id, start, m, seminar);
                });
    }
}
