package io.universestudio.core.render;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.ReflectionObjectHandler;

import java.lang.reflect.AccessibleObject;
import java.math.BigInteger;
import java.util.List;

/**
 * mustache.java's lookup rules (dotted names, outer-scope fallback, null hiding outer keys) with the
 * reflection taken out: a template reaches map keys and nothing else, so {@code {{class}}},
 * {@code {{x.getClass}}} or {@code {{x.hashCode}}} print nothing. The one exception is {@code isEmpty} on a
 * list, which 31 corpus templates call and which works in Cosmos.
 *
 * <p>Maps already never expose methods in {@link ReflectionObjectHandler}; this closes the remaining door,
 * the methods and fields of every other scope object (strings, numbers, lists, the {@code asJson} lambda).
 * Tags look their values up through {@link ScopeLookup}, which follows these rules without the reflection.
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

    /** The same lookup as {@link #find} and the wrapper it finds, without the guards and reflection. */
    @Override
    public Binding createBinding(String name, TemplateContext tc, Code code) {
        return new ScopeLookup(this, name);
    }

    /**
     * {@code toString}, as mustache.java prints any value; a whole number that fits a long is printed as a
     * long, with the same digits: {@link BigInteger#toString} divides even small numbers through
     * MutableBigInteger (over 100 MB allocated in a whole-corpus validate).
     */
    @Override
    public String stringify(Object object) {
        if (object instanceof BigInteger number && number.bitLength() < Long.SIZE) {
            return Long.toString(number.longValue());
        }
        return object.toString();
    }
}
