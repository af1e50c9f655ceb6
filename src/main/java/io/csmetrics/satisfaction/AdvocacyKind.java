package io.csmetrics.satisfaction;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A kind of advocacy a customer shows: the four standard kinds as constants, and any kind a user
 * names (a conference talk, a beta programme, ...).
 *
 * <p>Kinds are compared by their normalised name (trimmed, lower case, spaces and underscores as
 * hyphens), so {@code AdvocacyKind.of("Case Study")} equals {@link #CASE_STUDY}.
 *
 * @param name the normalised name, e.g. {@code "case-study"}
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public record AdvocacyKind(String name) implements Serializable, Comparable<AdvocacyKind> {

    private static final long serialVersionUID = 1L;

    /** A published customer case study. */
    public static final AdvocacyKind CASE_STUDY = new AdvocacyKind("case-study");
    /** A review posted on a review site (G2, Capterra, TrustRadius, ...). */
    public static final AdvocacyKind REVIEW = new AdvocacyKind("review");
    /** A public social-media mention of the product. */
    public static final AdvocacyKind SOCIAL_MENTION = new AdvocacyKind("social-mention");
    /** A referral of a prospect by the customer. */
    public static final AdvocacyKind REFERRAL = new AdvocacyKind("referral");

    /**
     * Validates and normalises the name.
     *
     * @param name the kind's name, not blank
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public AdvocacyKind {
        Objects.requireNonNull(name, "name must not be null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank: '" + name + "'");
        }
        name = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }

    /**
     * Returns a kind by name: one of the standard kinds or a user-defined one.
     *
     * @param name the name, not blank, e.g. {@code "review"} or {@code "Conference Talk"}
     * @return the kind
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public static AdvocacyKind of(String name) {
        return new AdvocacyKind(name);
    }

    /**
     * Returns the four standard kinds.
     *
     * @return case study, review, social mention, referral
     */
    public static List<AdvocacyKind> standard() {
        return List.of(CASE_STUDY, REVIEW, SOCIAL_MENTION, REFERRAL);
    }

    /**
     * Orders kinds by name.
     *
     * @param other the other kind, not null
     * @return the comparison of the names
     */
    @Override
    public int compareTo(AdvocacyKind other) {
        java.util.Objects.requireNonNull(other, "other must not be null");
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
