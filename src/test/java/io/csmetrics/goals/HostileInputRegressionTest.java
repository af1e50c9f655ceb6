package io.csmetrics.goals;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Money;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 14: the hostile input HostileInputTest found in this package gets a named error. */
class HostileInputRegressionTest {

    @Test
    void checkDepartmentsNamesANullDepartment() {
        KpiOwners owners = KpiOwners.of(KpiTree.mrr(120, Money.of("50", "USD")), Map.of());
        assertThatThrownBy(() -> owners.checkDepartments(Arrays.asList((String) null)))
                .isInstanceOf(NullPointerException.class).hasMessage("knownDepartments must not contain null");
    }
}
