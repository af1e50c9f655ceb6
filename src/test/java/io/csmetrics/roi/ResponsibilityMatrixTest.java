package io.csmetrics.roi;

import static io.csmetrics.roi.BusinessMetric.BUG_RATE;
import static io.csmetrics.roi.BusinessMetric.NEW_ARR;
import static io.csmetrics.roi.BusinessMetric.RENEWAL_RATE;
import static io.csmetrics.roi.BusinessMetric.TIME_TO_RESOLUTION;
import static io.csmetrics.roi.Department.CUSTOMER_SUCCESS;
import static io.csmetrics.roi.Department.MARKETING;
import static io.csmetrics.roi.Department.ONBOARDING;
import static io.csmetrics.roi.Department.PRODUCT;
import static io.csmetrics.roi.Department.SALES;
import static io.csmetrics.roi.Department.SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResponsibilityMatrixTest {

    @Test
    void reportsBothKindsOfMisalignment() {
        ResponsibilityMatrix m = ResponsibilityMatrix.builder()
                .cell(CUSTOMER_SUCCESS, BUG_RATE, true, false)
                .cell(CUSTOMER_SUCCESS, NEW_ARR, false, true)
                .cell(SALES, NEW_ARR, true, true).build();
        assertThat(m.misalignments()).containsExactly(
                new Misalignment(CUSTOMER_SUCCESS, BUG_RATE, Misalignment.Kind.TARGET_WITHOUT_INFLUENCE),
                new Misalignment(CUSTOMER_SUCCESS, NEW_ARR, Misalignment.Kind.INFLUENCE_WITHOUT_TARGET));
        assertThat(m.movers(NEW_ARR)).containsExactly(CUSTOMER_SUCCESS, SALES);
        assertThat(m.targetHolders(NEW_ARR)).containsExactly(SALES);
        assertThat(m.cell(SALES, BUG_RATE)).isEqualTo(ResponsibilityMatrix.Cell.NONE);
        assertThat(m.toTable()).contains("customer success | T ");
    }

    @Test
    void presetsOfTheThreeOrganisationModels() {
        ResponsibilityMatrix silos = OrganisationModel.SILOS.matrix();
        // in silos only sales holds new ARR, though marketing, CS and product move it
        assertThat(silos.targetHolders(NEW_ARR)).containsExactly(SALES);
        assertThat(silos.movers(NEW_ARR)).containsExactly(SALES, MARKETING, CUSTOMER_SUCCESS, PRODUCT);
        assertThat(silos.movers(RENEWAL_RATE)).containsExactly(CUSTOMER_SUCCESS, SUPPORT, ONBOARDING, PRODUCT);
        assertThat(silos.misalignments()).allMatch(x -> x.kind() == Misalignment.Kind.INFLUENCE_WITHOUT_TARGET);

        ResponsibilityMatrix glue = OrganisationModel.CS_AS_GLUE.matrix();
        assertThat(glue.misalignments()).contains(
                new Misalignment(CUSTOMER_SUCCESS, TIME_TO_RESOLUTION, Misalignment.Kind.TARGET_WITHOUT_INFLUENCE),
                new Misalignment(CUSTOMER_SUCCESS, BUG_RATE, Misalignment.Kind.TARGET_WITHOUT_INFLUENCE));

        ResponsibilityMatrix aligned = OrganisationModel.ALIGNED_TARGETS.matrix();
        assertThat(aligned.misalignments()).isEmpty();
        assertThat(aligned.targetHolders(NEW_ARR)).isEqualTo(aligned.movers(NEW_ARR));
        assertThat(aligned.departments()).hasSize(6);
        assertThat(aligned.metrics()).hasSize(8);
    }

    @Test
    void userDefinedDepartmentsAndMetrics() {
        Department finance = Department.of("finance");
        BusinessMetric dso = BusinessMetric.of("days sales outstanding");
        ResponsibilityMatrix m = ResponsibilityMatrix.builder().target(finance, dso).influence(finance, dso).build();
        assertThat(m.cell(finance, dso)).isEqualTo(new ResponsibilityMatrix.Cell(true, true));
        assertThat(m.misalignments()).isEmpty();
    }

    @Test
    void rejectsBadInput() {
        ResponsibilityMatrix m = OrganisationModel.SILOS.matrix();
        assertThatThrownBy(() -> m.cell(Department.of("legal"), NEW_ARR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("department 'legal' is not in the matrix");
        assertThatThrownBy(() -> m.movers(BusinessMetric.of("NPS"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metric 'NPS' is not in the matrix");
        assertThatThrownBy(() -> Department.of(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name must not be blank");
        assertThatThrownBy(() -> ResponsibilityMatrix.builder().cell(null, NEW_ARR, true, true))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("department must not be null");
    }
}
