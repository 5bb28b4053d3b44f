package io.universestudio.core.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.reflect.GuardedBinding;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ScopeLookup} finds what mustache.java's own guarded lookup finds (the one the factory used before),
 * for every name and scope stack here, including dotted names that miss half way, keys that hold null, keys
 * with dots and {@code isEmpty} on lists; each binding runs over all stacks in turn, as a tag does over the
 * scopes of many renders.
 */
class ScopeLookupTest {

    private static final List<String> NAMES = List.of("x", "a", "a.b", "a.b.c", "a.b.c.d", "a.n", "a.n.z", "a.l.isEmpty",
            "l.isEmpty", "l.size", "e.isEmpty", "e", "n.m", "zz", "zz.y", "a.", "a..b", "isEmpty", "x.length", "class",
            "a.b.class", "s.isEmpty", "", "k.v");

    @Test
    void findsWhatMustacheJavasGuardedLookupFinds() {
        ScopeOnlyObjectHandler handler = new ScopeOnlyObjectHandler();
        List<List<Object>> stacks = stacks();
        int compared = 0;
        for (String name : NAMES) {
            Binding ours = handler.createBinding(name, null, null);
            Binding theirs = new GuardedBinding(handler, name, null, null);
            for (int round = 0; round < 2; round++) {
                for (List<Object> scopes : stacks) {
                    assertThat(ours.get(scopes)).as("{{%s}} in %s", name, scopes).isEqualTo(theirs.get(scopes));
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(NAMES.size() * stacks.size() * 2);
    }

    @Test
    void aDottedNameThatMatchedDownToItsLastSegmentDoesNotFallBackOutwards() {
        Binding binding = new ScopeOnlyObjectHandler().createBinding("a.b", null, null);
        assertThat(binding.get(List.of(map("a", map("b", "outer")), map("a", map("c", "inner"))))).isNull();
        assertThat(binding.get(List.of(map("a", map("b", "outer")), map("x", "inner")))).isEqualTo("outer");
    }

    @Test
    void wholeNumbersPrintWithTheirDigits() {
        ScopeOnlyObjectHandler handler = new ScopeOnlyObjectHandler();
        for (String digits : List.of("0", "-1", "8080", "9223372036854775807", "-9223372036854775808",
                "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890")) {
            assertThat(handler.stringify(new BigInteger(digits))).isEqualTo(digits);
        }
        assertThat(handler.stringify(2.5)).isEqualTo("2.5");
        assertThat(handler.stringify(true)).isEqualTo("true");
    }

    private static List<List<Object>> stacks() {
        Map<String, Object> outer = map("a", map("b", map("c", "abc"), "n", null, "l", new ArrayList<>()),
                "a.b", "literal", "x", "outer-x", "l", list("q"), "e", map(), "s", "str");
        Map<String, Object> inner = map("a", map("b", "inner-b"), "x", null, "n", map("m", "nm"), "k", map("v", BigInteger.TEN));
        Map<String, Object> halfway = map("a", map("z", "no b here"), "zz", null);
        List<List<Object>> stacks = new ArrayList<>();
        stacks.add(list(outer));
        stacks.add(list(outer, inner));
        stacks.add(list(outer, halfway));
        stacks.add(list(outer, inner, "str"));
        stacks.add(list(outer, null, inner));
        stacks.add(list(outer, list(BigInteger.ONE)));
        stacks.add(list(outer, new ArrayList<>()));
        stacks.add(list(inner, BigInteger.valueOf(5)));
        stacks.add(list(halfway, map("a.", "dot", "", "empty")));
        stacks.add(list(map("a", null)));
        stacks.add(list(map("a", map("", map("b", "two dots")))));
        stacks.add(list(map("a", list("x"))));
        return stacks;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private static List<Object> list(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }
}
