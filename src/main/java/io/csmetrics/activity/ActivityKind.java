package io.csmetrics.activity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The kind of a CS activity: what the CS team did with (or for) an account.
 *
 * <p>Every kind except {@link #SUPPORT_CASE} is a <em>touch</em>: an action the CS team takes
 * towards the customer. A support case is opened by the customer; it is recorded so a team sees all
 * its work in one place, but it does not count as a touch (see {@link #isTouch()}).
 *
 * @since 0.1.0
 */
public enum ActivityKind {
    /** A generic touch: a call or a check-in not covered by another kind. */
    TOUCH,
    /** A meeting with the customer. */
    MEETING,
    /** A quarterly business review (QBR / EBR). */
    QBR,
    /** An e-mail sent to the customer by the CS team. */
    EMAIL,
    /** A training session or onboarding seminar. */
    TRAINING,
    /** Work on a support case the customer opened; not a touch. */
    SUPPORT_CASE;

    /**
     * Returns whether this kind counts as a CS touch.
     *
     * @return true for every kind except {@link #SUPPORT_CASE}
     */
    public boolean isTouch() {
        return this != SUPPORT_CASE;
    }

    /**
     * Reads a kind by name, ignoring case and treating {@code -} and blanks like {@code _}
     * ({@code "qbr"}, {@code "Support case"}, {@code "support-case"}).
     *
     * @param text the name, not null
     * @return the kind
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if no kind has that name; the message lists the kinds
     */
    public static ActivityKind parse(String text) {
        Objects.requireNonNull(text, "kind must not be null");
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ActivityKind k : values()) {
            if (k.name().equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown activity kind '" + text + "' (valid kinds: "
                + Arrays.toString(values()) + ")");
    }
}
