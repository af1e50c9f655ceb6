package io.csmetrics.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The id dictionary numbers keys in order of first appearance, whatever the order they come in: while
 * keys arrive in increasing byte order it keeps no hash table, and the first key out of order (or a
 * repeat) builds one; both regimes, and the switch between them, must give the numbering a map gives.
 */
class ByteDictionaryProperties {

    @Provide
    Arbitrary<List<String>> keys() {
        Arbitrary<String> key = Arbitraries.strings().withChars("ab\u00e9\u20ac0-").ofMaxLength(7);
        Arbitrary<List<String>> random = key.list().ofMaxSize(300);
        // Sorted runs (the common, grouped-by-account file), then anything.
        return random.flatMap(tail -> key.list().ofMaxSize(300).map(head -> {
            List<String> sorted = new ArrayList<>(head.stream().sorted((x, y) -> java.util.Arrays.compareUnsigned(
                    x.getBytes(StandardCharsets.UTF_8), y.getBytes(StandardCharsets.UTF_8))).toList());
            sorted.addAll(tail);
            return sorted;
        }));
    }

    @Property(tries = 300)
    void numbersKeysByFirstAppearance(@ForAll("keys") List<String> keys) {
        ByteDictionary d = new ByteDictionary();
        Map<String, Integer> expected = new HashMap<>();
        for (String k : keys) {
            byte[] b = ("[" + k + "]").getBytes(StandardCharsets.UTF_8);   // the key inside a larger buffer
            int id = d.intern(b, 1, b.length - 1);
            assertThat(id).isEqualTo(expected.computeIfAbsent(k, x -> expected.size()));
            assertThat(d.is(id, b, 1, b.length - 1)).isTrue();
        }
        assertThat(d.size()).isEqualTo(expected.size());
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            assertThat(d.string(e.getValue())).isEqualTo(e.getKey());
        }
        ByteDictionary copy = new ByteDictionary();
        for (int id = 0; id < d.size(); id++) {
            assertThat(copy.intern(d, id)).isEqualTo(id);
        }
    }

    @Test
    void aTrimmedDictionaryRefusesLookUps() {
        ByteDictionary d = new ByteDictionary();
        byte[] a = "a".getBytes(StandardCharsets.UTF_8);
        d.intern(a, 0, 1);
        d.trim();
        assertThat(d.strings()).containsExactly("a");
        assertThatThrownBy(() -> d.intern(a, 0, 1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("trimmed");
    }
}
