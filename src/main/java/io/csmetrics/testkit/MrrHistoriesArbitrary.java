package io.csmetrics.testkit;

import io.csmetrics.MrrHistory;
import io.csmetrics.MrrSnapshot;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates the MRR histories of a book of accounts: a list of {@link MrrHistory} of one currency,
 * all over the same months, with distinct ids {@code "ACC-1"}, {@code "ACC-2"}, ... and realistic
 * movements as described in {@link HistoryArbitrary}. Accounts that start paying after the first
 * month are the window's new business.
 *
 * <p>Default: 1 to 8 accounts. A failing property shrinks to the fewest accounts and months.
 *
 * <p>Example: {@code CsArbitraries.accountHistories().accounts(5, 50).months(13, 13)} for a
 * year-over-year window.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class MrrHistoriesArbitrary extends HistoryArbitrary<List<MrrHistory>, MrrHistoriesArbitrary> {

    private final int minAccounts;
    private final int maxAccounts;

    MrrHistoriesArbitrary(HistorySpec spec, int minAccounts, int maxAccounts) {
        super(spec);
        this.minAccounts = minAccounts;
        this.maxAccounts = maxAccounts;
    }

    @Override
    MrrHistoriesArbitrary with(HistorySpec newSpec) {
        return new MrrHistoriesArbitrary(newSpec, minAccounts, maxAccounts);
    }

    /**
     * Returns an arbitrary of {@code min} to {@code max} accounts, inclusive.
     *
     * @param min the fewest accounts, not negative
     * @param max the most accounts, not below {@code min}, at most 10,000
     * @return the reconfigured arbitrary
     * @throws IllegalArgumentException if the range is not {@code 0 <= min <= max <= 10000}
     */
    public MrrHistoriesArbitrary accounts(int min, int max) {
        checkAccounts(min, max, 0);
        return new MrrHistoriesArbitrary(spec, min, max);
    }

    static void checkAccounts(int min, int max, int least) {
        if (min < least || min > max || max > 10_000) {
            throw new IllegalArgumentException("accounts range (valid: " + least + " <= min <= max <= 10000): ["
                    + min + ", " + max + "]");
        }
    }

    /**
     * Returns an arbitrary of the same books as rows of {@code account,month,mrr} data, one
     * {@link MrrSnapshot} per account and month (zero months included), in account then month
     * order.
     *
     * @return the arbitrary of snapshots
     */
    public Arbitrary<List<MrrSnapshot>> asSnapshots() {
        return map(histories -> {
            List<MrrSnapshot> rows = new ArrayList<>();
            histories.forEach(h -> rows.addAll(h.toSnapshots()));
            return List.copyOf(rows);
        });
    }

    /**
     * Returns the underlying arbitrary.
     *
     * @return the arbitrary of account histories
     */
    @Override
    protected Arbitrary<List<MrrHistory>> arbitrary() {
        HistorySpec s = spec;
        return Combinators.combine(s.lengths(), s.accounts().list().ofMinSize(minAccounts).ofMaxSize(maxAccounts))
                .as((length, accounts) -> HistorySpec.histories(s, length, accounts));
    }
}
