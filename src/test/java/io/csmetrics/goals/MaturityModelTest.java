package io.csmetrics.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MaturityModelTest {

    private static final MaturityModel MODEL = MaturityModel.standard();

    private static List<String> ids(MaturityLevel... levels) {
        List<String> out = new ArrayList<>();
        for (MaturityLevel l : levels) {
            MODEL.capabilities(l).forEach(c -> out.add(c.id()));
        }
        return out;
    }

    @Test
    void nothingMetIsInitial() {
        MaturityAssessment a = MODEL.assess(Set.of());
        assertThat(a.level()).isEqualTo(MaturityLevel.INITIAL);
        assertThat(a.missingForNext()).containsExactlyElementsOf(MODEL.capabilities(MaturityLevel.MANAGED));
    }

    @Test
    void levelIsTheHighestWithAllLowerLevelsMet() {
        List<String> met = ids(MaturityLevel.MANAGED, MaturityLevel.DEFINED);
        met.add("cs-roi-measured");
        MaturityAssessment a = MODEL.assess(met);
        assertThat(a.level()).isEqualTo(MaturityLevel.DEFINED);
        assertThat(a.nextLevel()).contains(MaturityLevel.QUANTITATIVELY_MANAGED);
        assertThat(a.missingForNext()).extracting(Capability::id)
                .containsExactly("retention-metrics", "health-validated", "kpi-tree");
    }

    @Test
    void capabilitiesAboveAGapDoNotCount() {
        List<String> met = ids(MaturityLevel.DEFINED, MaturityLevel.QUANTITATIVELY_MANAGED, MaturityLevel.OPTIMISING);
        met.add("owner-per-account");
        MaturityAssessment a = MODEL.assess(met);
        assertThat(a.level()).isEqualTo(MaturityLevel.INITIAL);
        assertThat(a.missingForNext()).extracting(Capability::id)
                .containsExactly("renewal-dates-tracked", "contact-cadence");
    }

    @Test
    void everythingMetIsOptimising() {
        MaturityAssessment a = MODEL.assess(ids(MaturityLevel.values()));
        assertThat(a.level()).isEqualTo(MaturityLevel.OPTIMISING);
        assertThat(a.nextLevel()).isEmpty();
        assertThat(a.missingForNext()).isEmpty();
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> MODEL.assess(Set.of("juggling"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown capability id: 'juggling'");
        assertThatThrownBy(() -> new Capability("x", MaturityLevel.INITIAL, "y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level must be MANAGED or above");
        Capability c = new Capability("x", MaturityLevel.MANAGED, "y");
        assertThatThrownBy(() -> MaturityModel.of(List.of(c, c))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate capability id: 'x'");
    }
}
