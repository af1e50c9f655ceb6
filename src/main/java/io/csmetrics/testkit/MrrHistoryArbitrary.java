package io.csmetrics.testkit;

import io.csmetrics.MrrHistory;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates one account's {@link MrrHistory} with realistic movements, as described in
 * {@link HistoryArbitrary}; the account id is {@code "ACC-1"} unless set with {@link #accountId(String)}.
 *
 * <p>Example: {@code CsArbitraries.mrrHistories().months(12, 12).movements(EXPANSION, CHURN)}.
 *
 * @implSpec This class is immutable and thread-safe.
 * @since 0.1.0
 */
public final class MrrHistoryArbitrary extends HistoryArbitrary<MrrHistory, MrrHistoryArbitrary> {

    private final String accountId;

    MrrHistoryArbitrary(HistorySpec spec, String accountId) {
        super(spec);
        this.accountId = accountId;
    }

    @Override
    MrrHistoryArbitrary with(HistorySpec newSpec) {
        return new MrrHistoryArbitrary(newSpec, accountId);
    }

    /**
     * Returns an arbitrary of histories of the given account.
     *
     * @param id the account id, not blank
     * @return the reconfigured arbitrary
     * @throws NullPointerException if {@code id} is null
     * @throws IllegalArgumentException if {@code id} is blank
     */
    public MrrHistoryArbitrary accountId(String id) {
        Objects.requireNonNull(id, "accountId must not be null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("accountId must not be blank: '" + id + "'");
        }
        return new MrrHistoryArbitrary(spec, id);
    }

    /**
     * Returns the underlying arbitrary.
     *
     * @return the arbitrary of histories
     */
    @Override
    protected Arbitrary<MrrHistory> arbitrary() {
        HistorySpec s = spec;
        String id = accountId;
        return Combinators.combine(s.lengths(), s.accounts()).as((length, a) -> s.history(id, a, length));
    }
}
