package io.csmetrics.churn;

import io.csmetrics.Money;
import io.csmetrics.Ratio;
import java.util.Objects;
import java.util.Optional;

/**
 * A revenue (MRR) churn rate with what it was computed from.
 *
 * <p>Gross: {@code lost = churned + contraction}. Cancellations only: {@code lost = churned}. Net: {@code lost = churned + contraction −
 * expansion}, minus reactivation too under {@link NetRevenueChurnOffset#EXPANSION_AND_REACTIVATION};
 * it is negative when the offsets exceed the losses. {@code base} is the start-of-period MRR
 * ({@link RevenueChurnBasis#START_OF_PERIOD}) or the end-of-period MRR
 * ({@link RevenueChurnBasis#END_OF_PERIOD}); {@code rate = lost / base}, undefined (a
 * {@link Ratio} with zero denominator) when the base is zero.
 *
 * <p>Example (the CS documents the library is specified from): start JPY 1,500,000, churned JPY 300,000: gross rate 300000/1500000 =
 * 20 % on the start basis, 300000/1200000 = 25 % on the end basis.
 *
 * @param kind gross or net, not null
 * @param basis the denominator basis, not null
 * @param offset for net churn the offsetting movements; empty for gross churn
 * @param lost the numerator amount, not null
 * @param base the denominator amount, not null
 * @param rate {@code lost / base}, not null
 * @param movements the period's MRR movements, not null
 * @since 0.1.0
 */
public record RevenueChurn(Kind kind, RevenueChurnBasis basis, Optional<NetRevenueChurnOffset> offset, Money lost,
        Money base, Ratio rate, RevenueMovements movements) {

    /**
     * Gross or net revenue churn.
     *
     * @since 0.1.0
     */
    public enum Kind {
        /** Lost MRR only: churned and contraction MRR. Within 0..100 % on the start basis. */
        GROSS,
        /** Lost MRR net of expansion (and, if chosen, reactivation) MRR; may be negative. */
        NET,
        /**
         * Churned MRR of cancelled accounts only, without contraction: revenue churn as the
         * documents the library was specified from define it (the MRR of the customers who left).
         * At most {@link #GROSS}; within 0..100 % on the start basis.
         *
         * @since 0.2.0
         */
        CANCELLATIONS_ONLY
    }

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code offset} is present for gross churn or absent for
     *     net churn
     */
    public RevenueChurn {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        Objects.requireNonNull(offset, "offset must not be null");
        Objects.requireNonNull(lost, "lost must not be null");
        Objects.requireNonNull(base, "base must not be null");
        Objects.requireNonNull(rate, "rate must not be null");
        Objects.requireNonNull(movements, "movements must not be null");
        if (offset.isPresent() != (kind == Kind.NET)) {
            throw new IllegalArgumentException("offset must be present exactly for NET churn: kind " + kind
                    + ", offset " + offset);
        }
    }

    /**
     * Returns e.g. {@code RevenueChurn{GROSS rate=300000/1500000 (20.00 %), basis=START_OF_PERIOD,
     * lost=JPY 300000, base=JPY 1500000}}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "RevenueChurn{" + kind + offset.map(o -> " of " + o).orElse("") + " rate=" + rate + " ("
                + Percent.of(rate) + "), basis=" + basis + ", lost=" + lost + ", base=" + base + "}";
    }
}
