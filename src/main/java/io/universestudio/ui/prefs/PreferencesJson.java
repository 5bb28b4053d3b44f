package io.universestudio.ui.prefs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads preferences.json's tree into {@link Preferences}, field by field. Jackson's record binding did the
 * same, but building its deserializer took about 60 ms of the FX thread at every start, before the window
 * could be built (measured with async-profiler on the app image). The rules are the binding's: a missing
 * or null field is 0, false or null (the record's constructor turns those into defaults), a number may come
 * as text ("NaN" is how a window position that was never set is written), unknown fields are ignored, and
 * a value of the wrong type makes the whole file unusable.
 */
final class PreferencesJson {

    private PreferencesJson() {
    }

    /** @throws IllegalArgumentException when a field holds a value of the wrong type */
    static Preferences read(ObjectNode o) {
        return new Preferences(number(o, "windowX"), number(o, "windowY"), number(o, "windowWidth"),
                number(o, "windowHeight"), flag(o, "maximized"), number(o, "navigatorDivider"),
                number(o, "previewDivider"), number(o, "problemsDivider"), text(o, "theme"), flag(o, "presenter"),
                number(o, "zoom"), texts(o, "recent"));
    }

    private static double number(ObjectNode o, String field) {
        JsonNode v = value(o, field);
        if (v == null) {
            return 0;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            try {
                return Double.parseDouble(v.textValue().trim());
            } catch (NumberFormatException e) {
                throw wrongType(field, "a number");
            }
        }
        throw wrongType(field, "a number");
    }

    private static boolean flag(ObjectNode o, String field) {
        JsonNode v = value(o, field);
        if (v == null) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber()) {
            return v.longValue() != 0;
        }
        if (v.isTextual() && (v.textValue().equals("true") || v.textValue().equals("false"))) {
            return Boolean.parseBoolean(v.textValue());
        }
        throw wrongType(field, "true or false");
    }

    private static String text(ObjectNode o, String field) {
        JsonNode v = value(o, field);
        if (v == null) {
            return null;
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        throw wrongType(field, "text");
    }

    private static List<String> texts(ObjectNode o, String field) {
        JsonNode v = value(o, field);
        if (v == null) {
            return null;
        }
        if (!v.isArray()) {
            throw wrongType(field, "a list of text");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isValueNode() || item.isNull()) {
                throw wrongType(field, "a list of text");
            }
            out.add(item.asText());
        }
        return out;
    }

    /** The field's value; null when it is missing or JSON null, which the binding read alike. */
    private static JsonNode value(ObjectNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v;
    }

    private static IllegalArgumentException wrongType(String field, String expected) {
        return new IllegalArgumentException(field + " is not " + expected);
    }
}
