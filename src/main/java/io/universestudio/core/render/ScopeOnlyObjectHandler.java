package io.universestudio.core.render;

import com.github.mustachejava.reflect.ReflectionObjectHandler;

import java.lang.reflect.AccessibleObject;
import java.util.List;

/**
 * mustache.java's lookup rules (dotted names, outer-scope fallback, null hiding outer keys) with the
 * reflection taken out: a template reaches map keys and nothing else, so {@code {{class}}},
 * {@code {{x.getClass}}} or {@code {{x.hashCode}}} print nothing. The one exception is {@code isEmpty} on a
 * list, which 31 corpus templates call and which works in Cosmos.
 *
 * <p>Maps already never expose methods in {@link ReflectionObjectHandler}; this closes the remaining door,
 * the methods and fields of every other scope object (strings, numbers, lists, the {@code asJson} lambda).
 */
final class ScopeOnlyObjectHandler extends ReflectionObjectHandler {

    static final String IS_EMPTY = "isEmpty";

    @Override
    @SuppressWarnings("rawtypes")
    protected AccessibleObject findMember(Class sClass, String name) {
        if (IS_EMPTY.equals(name) && List.class.isAssignableFrom(sClass)) {
            return super.findMember(sClass, name);
        }
        return null;
    }
}
