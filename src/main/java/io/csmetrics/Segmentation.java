package io.csmetrics;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The segment of an account in a month: the key (plan, region, size band, any attribute, e.g. an
 * extra column of the CSV reader) that every segmented aggregate groups by.
 *
 * <p>A segment may change over time (a plan change moves an account from one plan's segment to
 * another); aggregates that follow accounts across months ask for the segment of each
 * account-month, and name a move between segments as such (see
 * {@code io.csmetrics.revenue.SegmentedBridgeAccumulator}) rather than as a churn and a new
 * account. Implementations must return the same segment for the same arguments and must be
 * {@link Serializable} to run inside distributed engines; the factories here are.
 *
 * <p>Example: {@code Segmentation.byAccount(Map.of("acme", "enterprise"), "smb")} puts account
 * {@code acme} in {@code enterprise} in every month and every other account in {@code smb}.
 *
 * @implSpec Implementations must be immutable and thread-safe.
 * @since 0.2.0
 */
@FunctionalInterface
public interface Segmentation extends Serializable {

    /**
     * Returns the segment of an account in a month.
     *
     * @param accountId the account, not blank
     * @param month the month, not null
     * @return the segment, not blank
     */
    String segmentOf(String accountId, YearMonth month);

    /**
     * Returns the segment, checked: not null and not blank.
     *
     * @param accountId the account, not null
     * @param month the month, not null
     * @return the segment
     * @throws IllegalArgumentException if the segmentation gives a null or blank segment; the
     *     message names the account and the month
     */
    default String checkedSegmentOf(String accountId, YearMonth month) {
        String segment = segmentOf(accountId, month);
        if (segment == null || segment.isBlank()) {
            throw new IllegalArgumentException("segment of account " + accountId + " in " + month
                    + " must not be null or blank: " + (segment == null ? "null" : "'" + segment + "'"));
        }
        return segment;
    }

    /**
     * Returns the segmentation that puts every account in one segment: the total.
     *
     * @param segment the segment, not blank
     * @return the segmentation
     * @throws NullPointerException if {@code segment} is null
     * @throws IllegalArgumentException if {@code segment} is blank
     */
    static Segmentation constant(String segment) {
        String s = checkLabel(segment, "segment");
        return (accountId, month) -> s;
    }

    /**
     * Returns a segmentation by a fixed attribute of each account.
     *
     * @param byAccount each account's segment, not null, no null key or blank value; copied
     * @param otherwise the segment of accounts not in the map, not blank
     * @return the segmentation
     * @throws NullPointerException if an argument, key or value is null
     * @throws IllegalArgumentException if a segment is blank
     */
    static Segmentation byAccount(Map<String, String> byAccount, String otherwise) {
        Objects.requireNonNull(byAccount, "byAccount must not be null");
        String fallback = checkLabel(otherwise, "otherwise");
        HashMap<String, String> copy = new HashMap<>();
        byAccount.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "byAccount must not contain a null account"),
                checkLabel(v, "segment of account " + k)));
        return (accountId, month) -> copy.getOrDefault(accountId, fallback);
    }

    /**
     * Returns a segmentation that changes over time: each account's segment from each month on in
     * which it changes, e.g. {@code {acme: {2024-01: "basic", 2024-06: "pro"}}} is {@code basic}
     * from January to May 2024 and {@code pro} from June on. Before an account's first entry, and
     * for accounts not in the map, the segment is {@code otherwise}.
     *
     * @param changes per account, the segment from each month on, not null, no null key or blank
     *     value; copied
     * @param otherwise the segment where no entry applies, not blank
     * @return the segmentation
     * @throws NullPointerException if an argument, key or value is null
     * @throws IllegalArgumentException if a segment is blank
     */
    static Segmentation byAccountMonth(Map<String, ? extends Map<YearMonth, String>> changes, String otherwise) {
        Objects.requireNonNull(changes, "changes must not be null");
        String fallback = checkLabel(otherwise, "otherwise");
        HashMap<String, TreeMap<YearMonth, String>> copy = new HashMap<>();
        changes.forEach((account, byMonth) -> {
            Objects.requireNonNull(account, "changes must not contain a null account");
            Objects.requireNonNull(byMonth, "changes of account " + account + " must not be null");
            TreeMap<YearMonth, String> months = new TreeMap<>();
            byMonth.forEach((month, segment) -> months.put(
                    Objects.requireNonNull(month, "changes of account " + account + " must not contain a null month"),
                    checkLabel(segment, "segment of account " + account + " from " + month)));
            copy.put(account, months);
        });
        return (accountId, month) -> {
            TreeMap<YearMonth, String> months = copy.get(accountId);
            Map.Entry<YearMonth, String> e = months == null ? null : months.floorEntry(month);
            return e == null ? fallback : e.getValue();
        };
    }

    private static String checkLabel(String segment, String name) {
        Objects.requireNonNull(segment, name + " must not be null");
        if (segment.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank: '" + segment + "'");
        }
        return segment;
    }
}
