package io.universestudio.core.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.ObjectHandler;

import java.util.List;
import java.util.Map;

/**
 * How a tag finds its value: mustache.java's {@code ReflectionObjectHandler.find} and the call of the
 * wrapper it finds, done directly on the scope maps. mustache.java caches a wrapper per tag behind guards
 * (is the scope still a map, does it still hold the key...); the scopes of a template's text variations hold
 * different keys, so the guards missed and every miss re-ran the reflective search, and every guarded call
 * of a dotted name built lists and guard arrays: about 400 MB allocated in a whole-corpus validate. The
 * lookup here gives the same value for every scope:
 * <ul>
 *   <li>innermost scope outwards; in each, the whole name as a key first (a key may hold dots);</li>
 *   <li>then the dotted segments: while the first segments are missing, the next outer scope is tried; once
 *       all but the last have matched, the value (or nothing) is the answer, with no fallback; a segment
 *       that holds null ends the lookup with nothing;</li>
 *   <li>a map reaches its keys only; a list answers {@code isEmpty} (see {@link ScopeOnlyObjectHandler}).</li>
 * </ul>
 * Stateless, so renders on several threads share it.
 */
final class ScopeLookup implements Binding {

    /** A key that is not there, as opposed to one that holds null. */
    private static final Object ABSENT = new Object();

    private final ObjectHandler handler;
    private final String name;
    /** The dotted name's segments, split once rather than on every lookup; null for a name without dots. */
    private final String[] segments;

    ScopeLookup(ObjectHandler handler, String name) {
        this.handler = handler;
        this.name = name;
        // Codes that never look anything up (template text) are bound too, with no name.
        this.segments = name != null && name.indexOf('.') >= 0 ? name.split("\\.", -1) : null;
    }

    @Override
    public Object get(List<Object> scopes) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Object scope = scopes.get(i);
            if (scope == null) {
                continue;
            }
            Object value = member(scope, name);
            if (value == ABSENT && segments != null) {
                value = path(scope);
            }
            if (value != ABSENT) {
                return handler.coerce(value);
            }
        }
        return null;
    }

    /** The dotted name followed from {@code scope}: ABSENT while a segment before the last is missing. */
    private Object path(Object scope) {
        Object current = scope;
        int last = segments.length - 1;
        for (int s = 0; s < last; s++) {
            Object next = member(current, segments[s]);
            if (next == ABSENT) {
                return ABSENT;
            }
            current = handler.coerce(next);
            if (current == null) {
                return null;
            }
        }
        Object value = member(current, segments[last]);
        return value == ABSENT ? null : value;
    }

    private Object member(Object scope, String key) {
        Object value = handler.coerce(scope);
        if (value instanceof Map<?, ?> map) {
            Object member = map.get(key);
            return member != null || map.containsKey(key) ? member : ABSENT;
        }
        if (value instanceof List<?> list && ScopeOnlyObjectHandler.IS_EMPTY.equals(key)) {
            return list.isEmpty();
        }
        return ABSENT;
    }
}
