package io.csmetrics.onboarding;

import java.io.Serializable;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The user's definition of "onboarded": the milestones an account must reach, the milestone that
 * marks its first value, and the target number of days for onboarding.
 *
 * <p>An account is <em>onboarded</em> on the day it has reached every required milestone, i.e. on
 * the latest of its required milestones' dates. Its <em>time to onboard</em> is the number of days
 * from its contract start to that day; its <em>time to value</em> is the number of days from its
 * contract start to the date of the value milestone. The target defaults to
 * {@value #DEFAULT_TARGET_DAYS} days, the seeds' "onboarded within 7 days" goal.
 *
 * <p>Example: {@code OnboardingDefinition.of(Set.of("sso", "import"), "first-report")} requires
 * single sign-on and a data import, counts first value at the first report, and targets 7 days;
 * {@code .withTargetDays(14)} targets two weeks.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class OnboardingDefinition implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The default onboarding target in days: 7, the seeds' target. */
    public static final int DEFAULT_TARGET_DAYS = 7;

    private final SortedSet<String> requiredMilestones;
    private final String valueMilestone;
    private final int targetDays;

    private OnboardingDefinition(SortedSet<String> requiredMilestones, String valueMilestone, int targetDays) {
        this.requiredMilestones = requiredMilestones;
        this.valueMilestone = valueMilestone;
        this.targetDays = targetDays;
    }

    /**
     * Returns a definition with the default target of {@value #DEFAULT_TARGET_DAYS} days.
     *
     * @param requiredMilestones the milestones an account must reach to be onboarded, at least one,
     *     none blank; copied
     * @param valueMilestone the milestone whose date is the account's first value, not blank; it
     *     may or may not be one of the required milestones
     * @return the definition
     * @throws NullPointerException if an argument or a milestone is null
     * @throws IllegalArgumentException if {@code requiredMilestones} is empty or a name is blank
     */
    public static OnboardingDefinition of(Set<String> requiredMilestones, String valueMilestone) {
        Objects.requireNonNull(requiredMilestones, "requiredMilestones must not be null");
        Objects.requireNonNull(valueMilestone, "valueMilestone must not be null");
        if (requiredMilestones.isEmpty()) {
            throw new IllegalArgumentException("requiredMilestones must contain at least one milestone: []");
        }
        SortedSet<String> copy = new TreeSet<>();
        for (String m : requiredMilestones) {
            copy.add(checkName(m, "requiredMilestones"));
        }
        return new OnboardingDefinition(Collections.unmodifiableSortedSet(copy),
                checkName(valueMilestone, "valueMilestone"), DEFAULT_TARGET_DAYS);
    }

    static String checkName(String name, String parameter) {
        Objects.requireNonNull(name, parameter + " must not contain null");
        if (name.isBlank()) {
            throw new IllegalArgumentException(parameter + " must not contain a blank milestone name: '" + name + "'");
        }
        return name;
    }

    /**
     * Returns a copy with another onboarding target.
     *
     * @param days the target in days from contract start, 0 or more; an account onboarded on
     *     day {@code days} or earlier is within the target
     * @return the definition with that target; {@code this} if it is unchanged
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public OnboardingDefinition withTargetDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("targetDays (valid values 0 or more) must not be negative: " + days);
        }
        return days == targetDays ? this : new OnboardingDefinition(requiredMilestones, valueMilestone, days);
    }

    /**
     * Returns the required milestones.
     *
     * @return the milestones, sorted, unmodifiable, not empty
     */
    public SortedSet<String> requiredMilestones() {
        return requiredMilestones;
    }

    /**
     * Returns the milestone that marks first value.
     *
     * @return the milestone name, not blank
     */
    public String valueMilestone() {
        return valueMilestone;
    }

    /**
     * Returns the onboarding target.
     *
     * @return the target in days, 0 or more; {@value #DEFAULT_TARGET_DAYS} unless changed
     */
    public int targetDays() {
        return targetDays;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof OnboardingDefinition
                && ((OnboardingDefinition) obj).requiredMilestones.equals(requiredMilestones)
                && ((OnboardingDefinition) obj).valueMilestone.equals(valueMilestone)
                && ((OnboardingDefinition) obj).targetDays == targetDays;
    }

    @Override
    public int hashCode() {
        return Objects.hash(requiredMilestones, valueMilestone, targetDays);
    }

    /**
     * Returns a readable form, e.g.
     * {@code OnboardingDefinition{required=[import, sso], value=first-report, targetDays=7}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "OnboardingDefinition{required=" + requiredMilestones + ", value=" + valueMilestone + ", targetDays="
                + targetDays + "}";
    }

    /**
     * Re-checks a deserialised OnboardingDefinition through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            return of(Objects.requireNonNull(requiredMilestones, "requiredMilestones must not be null"), valueMilestone)
                    .withTargetDays(targetDays);
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid OnboardingDefinition: " + e.getMessage())
                    .initCause(e);
        }
    }
}
