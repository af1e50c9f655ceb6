package io.csmetrics.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Money;
import org.junit.jupiter.api.Test;

class MovementTotalTest {

    private static final Money USD_25 = Money.of("25.00", "USD");

    @Test
    void sumsAndDescribesItself() {
        MovementTotal two = MovementTotal.of(USD_25, 2);

        assertThat(two.plus(MovementTotal.of(Money.of("5.00", "USD"), 1))).isEqualTo(MovementTotal.of(Money.of("30.00", "USD"), 3));
        assertThat(two).hasToString("USD 25.00 (2 accounts)");
        assertThat(MovementTotal.of(USD_25, 1)).hasToString("USD 25.00 (1 account)");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> MovementTotal.of(null, 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("amount must not be null");
        assertThatThrownBy(() -> MovementTotal.of(USD_25.negated(), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must not be negative: USD -25.00");
        assertThatThrownBy(() -> MovementTotal.of(USD_25, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must not be negative: -1");
        assertThatThrownBy(() -> MovementTotal.of(USD_25, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount (USD 25.00) must be zero exactly when count (0) is zero");
        assertThatThrownBy(() -> MovementTotal.of(USD_25, 1).plus(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("other must not be null");
    }

    @Test
    void movementTypesKnowTheirSide() {
        assertThat(MovementType.NEW.isGain()).isTrue();
        assertThat(MovementType.REACTIVATION.sign()).isEqualTo(1);
        assertThat(MovementType.CHURN.sign()).isEqualTo(-1);
        assertThat(MovementType.CONTRACTION.isGain()).isFalse();
    }
}
