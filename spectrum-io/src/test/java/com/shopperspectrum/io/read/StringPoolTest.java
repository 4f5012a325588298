package com.shopperspectrum.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link StringPool} gives one id and one string per distinct text, in first-seen order, wherever the bytes lie
 * (thousands of keys make it grow).
 */
class StringPoolTest {
    @Property(tries = 300)
    void idsAreFirstSeenOrderAndStringsDecodeTheBytes(@ForAll("texts") List<String> texts) {
        StringPool pool = new StringPool();
        Map<String, Integer> expected = new HashMap<>();
        int turn = 0;
        for (String text : texts) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            // the same text at the end of an array of its own size, or amid others: the hash reads both alike
            byte[] in = turn++ % 2 == 0 ? utf8 : ("xx" + text + "yyyyyyyyy").getBytes(StandardCharsets.UTF_8);
            int from = in == utf8 ? 0 : 2;
            int id = pool.id(in, from, from + utf8.length);
            Integer before = expected.putIfAbsent(text, expected.size());
            assertThat(id).as(text).isEqualTo(before == null ? expected.size() - 1 : before);
            assertThat(pool.value(id)).isEqualTo(text);
            assertThat(StringPool.hash(in, from, from + utf8.length)).isEqualTo(StringPool.hash(utf8, 0, utf8.length));
        }
    }

    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.strings()
                .withChars("AB12 é€\u0000")
                .ofMaxLength(19)
                .list()
                .ofMaxSize(3000);
    }
}
