package io.universestudio.core.json;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value and each member key of a parsed JSON text sits, by JSON pointer ("" is the root).
 * Lets problems found on the tree point at line and column, and lets an editor map a caret back to
 * the value under it.
 */
public final class JsonLocations {

    public static final JsonLocations EMPTY = new JsonLocations(Map.of(), Map.of());

    private final Map<String, TextRange> values;
    private final Map<String, TextPosition> keys;

    /** Takes the maps as they are (the reader hands over maps nobody else holds); they must not change after. */
    JsonLocations(Map<String, TextRange> values, Map<String, TextPosition> keys) {
        this.values = Collections.unmodifiableMap(values);
        this.keys = Collections.unmodifiableMap(keys);
    }

    /** The range of the value at {@code pointer}, if the text has one there. */
    public Optional<TextRange> value(String pointer) {
        return Optional.ofNullable(values.get(pointer));
    }

    /** Where the key of the member at {@code pointer} starts (not defined for the root or array items). */
    public Optional<TextPosition> key(String pointer) {
        return Optional.ofNullable(keys.get(pointer));
    }

    /**
     * The best place to show something about {@code pointer}: its key, else its value, else the nearest
     * ancestor that exists (so a problem about a missing member points at the object that lacks it).
     */
    public TextPosition nearest(String pointer) {
        String p = pointer == null ? "" : pointer;
        while (true) {
            TextPosition key = keys.get(p);
            if (key != null) {
                return key;
            }
            TextRange value = values.get(p);
            if (value != null) {
                return value.start();
            }
            if (p.isEmpty()) {
                return TextPosition.START;
            }
            int slash = p.lastIndexOf('/');
            p = slash <= 0 ? "" : p.substring(0, slash);
        }
    }

    /** The innermost value whose range contains {@code offset}, as a pointer; "" when only the root does. */
    public Optional<String> pointerAt(int offset) {
        String best = null;
        int bestLength = Integer.MAX_VALUE;
        for (Map.Entry<String, TextRange> e : values.entrySet()) {
            TextRange r = e.getValue();
            if (r.contains(offset) && r.length() < bestLength) {
                best = e.getKey();
                bestLength = r.length();
            }
        }
        for (Map.Entry<String, TextPosition> e : keys.entrySet()) {
            TextRange valueRange = values.get(e.getKey());
            int keyStart = e.getValue().offset();
            if (valueRange != null && offset >= keyStart && offset < valueRange.startOffset()) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.ofNullable(best);
    }

    public int size() {
        return values.size();
    }
}
