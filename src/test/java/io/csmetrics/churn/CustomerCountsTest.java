package io.csmetrics.churn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CustomerCountsTest {

    @Test
    void factoriesAndEndingCustomers() {
        assertThat(CustomerCounts.of(600, 10)).isEqualTo(new CustomerCounts(600, 0, 10, 0));
        assertThat(CustomerCounts.of(600, 10).endingCustomers()).isEqualTo(590);
        assertThat(CustomerCounts.of(100, 20, 10, 2).endingCustomers()).isEqualTo(108);
    }

    @Test
    void rejectsNegativeAndInconsistentCounts() {
        assertThatThrownBy(() -> CustomerCounts.of(10, 12)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("churnedCustomers (12) exceeds startingCustomers (10)");
        assertThatThrownBy(() -> CustomerCounts.of(10, 3, 1, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("churnedNewCustomers (4) exceeds newCustomers (3)");
        assertThatThrownBy(() -> CustomerCounts.of(10, -3, 1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newCustomers must not be negative: -3");
        assertThatThrownBy(() -> CustomerCounts.of(10, 3, 1, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("churnedNewCustomers must not be negative: -1");
        assertThatThrownBy(() -> CustomerCounts.of(-10, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("startingCustomers must not be negative: -10");
        assertThatThrownBy(() -> CustomerCounts.of(Long.MAX_VALUE, 1, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("overflows");
    }
}
