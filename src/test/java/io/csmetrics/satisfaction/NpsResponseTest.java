package io.csmetrics.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.AccumulatorChecks;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NpsResponseTest {

    private static final LocalDate MARCH_5 = LocalDate.of(2024, 3, 5);
    private static final String ACCOUNT = "ACC-00042";

    @Test
    void datedAnswerAtAnAccount() {
        NpsResponse r = NpsResponse.of("u-17", 9, ACCOUNT, MARCH_5);
        assertThat(r.score()).isEqualTo(9);
        assertThat(r.category()).isEqualTo(NpsCategory.PROMOTER);
        assertThat(r.isPromoter()).isTrue();
        assertThat(r.isPassive()).isFalse();
        assertThat(r.isDetractor()).isFalse();
        assertThat(r.accountId()).contains(ACCOUNT);
        assertThat(r.date()).contains(MARCH_5);
        assertThat(r).hasToString("NpsResponse{respondent=u-17, score=9 PROMOTER, account=ACC-00042, date=2024-03-05}");
    }

    @Test
    void bareAnswerHasNoAccountNorDate() {
        NpsResponse r = NpsResponse.of("u-1", 6);
        assertThat(r.isDetractor()).isTrue();
        assertThat(r.accountId()).isEmpty();
        assertThat(r.date()).isEmpty();
        assertThat(r).hasToString("NpsResponse{respondent=u-1, score=6 DETRACTOR}");
    }

    @Test
    void withersCopyAndReturnThisWhenUnchanged() {
        NpsResponse bare = NpsResponse.of("u-1", 7);
        NpsResponse full = bare.withAccount(ACCOUNT).withDate(MARCH_5);
        assertThat(full).isEqualTo(NpsResponse.of("u-1", 7, ACCOUNT, MARCH_5)).isNotEqualTo(bare);
        assertThat(full.hashCode()).isEqualTo(NpsResponse.of("u-1", 7, ACCOUNT, MARCH_5).hashCode());
        assertThat(full.withAccount(ACCOUNT)).isSameAs(full);
        assertThat(full.withDate(MARCH_5)).isSameAs(full);
        assertThat(bare.isPassive()).isTrue();
    }

    @Test
    void serialisesByValue() {
        NpsResponse r = NpsResponse.of("u-17", 10, ACCOUNT, MARCH_5);
        assertThat(AccumulatorChecks.roundTrip(r)).isEqualTo(r);
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> NpsResponse.of("u-1", 11)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("valid values 0 - 10").hasMessageContaining("11");
        assertThatThrownBy(() -> NpsResponse.of("u-1", -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> NpsResponse.of(null, 5)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("respondentId must not be null");
        assertThatThrownBy(() -> NpsResponse.of(" ", 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("respondentId must not be blank");
        assertThatThrownBy(() -> NpsResponse.of("u", 5, null, MARCH_5)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("accountId must not be null");
        assertThatThrownBy(() -> NpsResponse.of("u", 5, ACCOUNT, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("date must not be null");
        assertThatThrownBy(() -> NpsResponse.of("u", 5, "", MARCH_5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accountId must not be blank");
        assertThatThrownBy(() -> NpsResponse.of("u", 5).withDate(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("date must not be null");
    }
}
