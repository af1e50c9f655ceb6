package io.csmetrics.satisfaction;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer to the Net Promoter question "How likely is it that you would recommend us to a
 * friend or colleague?" on the 0–10 scale: who answered, the score, and optionally the account the
 * respondent belongs to and the date of the answer.
 *
 * <p>The {@linkplain #category() category} follows from the score: 9–10 promoter, 7–8 passive, 0–6
 * detractor (see {@link NpsCategory}). The account lets answers be grouped by customer or segment
 * ({@link NpsBreakdown}); the date lets them be grouped by period and trended.
 *
 * <p>Example: {@code NpsResponse.of("u-17", 9, "ACC-00042", LocalDate.of(2024, 3, 5))} is a
 * promoter; its {@code toString()} is
 * {@code NpsResponse{respondent=u-17, score=9 PROMOTER, account=ACC-00042, date=2024-03-05}}.
 *
 * <p>Equality compares respondent, score, account and date.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class NpsResponse implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String respondentId;
    private final int score;
    private final String accountId;
    private final LocalDate date;

    private NpsResponse(String respondentId, int score, String accountId, LocalDate date) {
        this.respondentId = respondentId;
        this.score = score;
        this.accountId = accountId;
        this.date = date;
    }

    /**
     * Returns an answer with no account and no date.
     *
     * @param respondentId who answered, not blank
     * @param score the likelihood-to-recommend score, 0 to 10
     * @return the answer
     * @throws NullPointerException if {@code respondentId} is null
     * @throws IllegalArgumentException if {@code respondentId} is blank or {@code score} is outside
     *     0..10
     */
    public static NpsResponse of(String respondentId, int score) {
        return create(respondentId, score, null, null);
    }

    /**
     * Returns a dated answer of a respondent at an account.
     *
     * @param respondentId who answered, not blank
     * @param score the likelihood-to-recommend score, 0 to 10
     * @param accountId the respondent's account, not blank
     * @param date the day of the answer, not null
     * @return the answer
     * @throws NullPointerException if {@code respondentId}, {@code accountId} or {@code date} is null
     * @throws IllegalArgumentException if an id is blank or {@code score} is outside 0..10
     */
    public static NpsResponse of(String respondentId, int score, String accountId, LocalDate date) {
        Objects.requireNonNull(accountId, "accountId must not be null");
        Objects.requireNonNull(date, "date must not be null");
        return create(respondentId, score, accountId, date);
    }

    private static NpsResponse create(String respondentId, int score, String accountId, LocalDate date) {
        checkId(respondentId, "respondentId");
        if (accountId != null) {
            checkId(accountId, "accountId");
        }
        NpsCategory.checkScore(score);
        return new NpsResponse(respondentId, score, accountId, date);
    }

    private static void checkId(String id, String name) {
        Objects.requireNonNull(id, name + " must not be null");
        if (id.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank: '" + id + "'");
        }
    }

    /**
     * Returns a copy with the account set.
     *
     * @param accountId the respondent's account, not blank
     * @return the answer with that account; {@code this} if it already has it
     * @throws NullPointerException if {@code accountId} is null
     * @throws IllegalArgumentException if {@code accountId} is blank
     */
    public NpsResponse withAccount(String accountId) {
        checkId(accountId, "accountId");
        return accountId.equals(this.accountId) ? this : new NpsResponse(respondentId, score, accountId, date);
    }

    /**
     * Returns a copy with the date set.
     *
     * @param date the day of the answer, not null
     * @return the answer with that date; {@code this} if it already has it
     * @throws NullPointerException if {@code date} is null
     */
    public NpsResponse withDate(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        return date.equals(this.date) ? this : new NpsResponse(respondentId, score, accountId, date);
    }

    /**
     * Returns who answered.
     *
     * @return the respondent id, not blank
     */
    public String respondentId() {
        return respondentId;
    }

    /**
     * Returns the score.
     *
     * @return 0 to 10
     */
    public int score() {
        return score;
    }

    /**
     * Returns the category of the score.
     *
     * @return promoter (9–10), passive (7–8) or detractor (0–6)
     */
    public NpsCategory category() {
        return NpsCategory.of(score);
    }

    /**
     * Tells whether the score is 9 or 10.
     *
     * @return true for a promoter
     */
    public boolean isPromoter() {
        return category() == NpsCategory.PROMOTER;
    }

    /**
     * Tells whether the score is 7 or 8.
     *
     * @return true for a passive
     */
    public boolean isPassive() {
        return category() == NpsCategory.PASSIVE;
    }

    /**
     * Tells whether the score is 0 to 6.
     *
     * @return true for a detractor
     */
    public boolean isDetractor() {
        return category() == NpsCategory.DETRACTOR;
    }

    /**
     * Returns the respondent's account, if known.
     *
     * @return the account id, or empty
     */
    public Optional<String> accountId() {
        return Optional.ofNullable(accountId);
    }

    /**
     * Returns the day of the answer, if known.
     *
     * @return the date, or empty
     */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(date);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof NpsResponse)) {
            return false;
        }
        NpsResponse other = (NpsResponse) obj;
        return score == other.score && respondentId.equals(other.respondentId)
                && Objects.equals(accountId, other.accountId) && Objects.equals(date, other.date);
    }

    @Override
    public int hashCode() {
        return Objects.hash(respondentId, score, accountId, date);
    }

    /**
     * Returns e.g. {@code NpsResponse{respondent=u-17, score=9 PROMOTER, account=ACC-00042,
     * date=2024-03-05}}; absent account and date are left out.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("NpsResponse{respondent=").append(respondentId).append(", score=")
                .append(score).append(' ').append(category());
        if (accountId != null) {
            s.append(", account=").append(accountId);
        }
        if (date != null) {
            s.append(", date=").append(date);
        }
        return s.append('}').toString();
    }

    /**
     * Re-checks a deserialised NpsResponse through the factory's validation, so a tampered stream cannot
     * produce one that the factory would refuse.
     *
     * @return the checked instance
     * @throws java.io.InvalidObjectException if the stream breaks an invariant
     */
    private Object readResolve() throws java.io.InvalidObjectException {
        try {
            if ((accountId == null) != (date == null)) {
                throw new IllegalArgumentException("accountId (" + accountId + ") and date (" + date
                        + ") must both be set or both be absent");
            }
            return accountId == null ? of(respondentId, score) : of(respondentId, score, accountId, date);
        } catch (RuntimeException e) {
            throw (java.io.InvalidObjectException) new java.io.InvalidObjectException("invalid NpsResponse: " + e.getMessage())
                    .initCause(e);
        }
    }
}
