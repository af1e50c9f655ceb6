package io.csmetrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ExactAmountTest {

    private static ExactAmount of(String decimal, long denominator) {
        return ExactAmount.of(new BigDecimal(decimal), BigInteger.valueOf(denominator));
    }

    @Test
    void canonicalFormMovesTwosAndFivesIntoTheDecimal() {
        assertThat(of("1000", 12)).hasToString("250/3");
        assertThat(of("1", 8)).hasToString("0.125");
        assertThat(of("1", 8).isTerminating()).isTrue();
        assertThat(of("3.00", 30)).hasToString("0.1");
        assertThat(of("-7", -14)).hasToString("0.5");
        assertThat(of("0.00", 7)).isSameAs(ExactAmount.ZERO);
    }

    @Property
    void equalValuesHaveEqualCanonicalForms(@ForAll @LongRange(min = -1_000_000, max = 1_000_000) long n,
            @ForAll @IntRange(min = 1, max = 10_000) int d, @ForAll @IntRange(min = 1, max = 1000) int k,
            @ForAll @IntRange(min = 0, max = 4) int scale) {
        ExactAmount a = ExactAmount.of(BigDecimal.valueOf(n, scale), BigInteger.valueOf(d));
        ExactAmount b = ExactAmount.of(BigDecimal.valueOf(n * k, scale), BigInteger.valueOf((long) d * k));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.compareTo(b)).isZero();
        assertThat(a.plus(b.negated()).signum()).isZero();
    }

    @Test
    void differentValuesDiffer() {
        assertThat(of("1", 3)).isNotEqualTo(of("1", 6)).isNotEqualTo(of("2", 3));
        assertThat(of("1", 3).denominator()).isEqualTo(BigInteger.valueOf(3));
        assertThat(of("1", 8).denominator()).isEqualTo(BigInteger.ONE);
    }
}
