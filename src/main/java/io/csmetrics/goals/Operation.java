package io.csmetrics.goals;

/**
 * How a node of a {@link KpiTree} combines its drivers (children).
 *
 * @since 0.1.0
 */
public enum Operation {
    /** {@code c₁ × c₂ × … × cₙ}, one or more drivers, at most one of them money. */
    PRODUCT("×"),
    /** {@code c₁ + c₂ + … + cₙ}, one or more drivers of one unit. */
    SUM("+"),
    /** {@code c₁ − c₂}, exactly two drivers of one unit. */
    DIFFERENCE("−"),
    /** {@code c₁ / c₂}, exactly two drivers; a zero divisor makes the node undefined. */
    RATIO("/");

    private final String symbol;

    Operation(String symbol) {
        this.symbol = symbol;
    }

    /**
     * Returns the operator symbol.
     *
     * @return {@code ×}, {@code +}, {@code −} or {@code /}
     */
    public String symbol() {
        return symbol;
    }
}
