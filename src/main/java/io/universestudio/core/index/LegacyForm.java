package io.universestudio.core.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The form of an entry served to DC/OS 1.8 and 1.9 (universe-format.md 4.4): quotes escaped in config
 * descriptions and string defaults (Cosmos before 1.10 did not escape rendered strings), and 4.0/5.0
 * entries downgraded to 3.0 without {@code upgradesFrom}/{@code downgradesTo}. The modern entry is not
 * touched: only what changes is copied.
 */
final class LegacyForm {

    /** G's {@code re.sub(r'([^\\])"', ...)}: a quote at position 0 and the second of two are left alone. */
    private static final Pattern UNESCAPED_QUOTE = Pattern.compile("([^\\\\])\"");

    private LegacyForm() {
    }

    static ObjectNode of(ObjectNode entry) {
        ObjectNode legacy = entry.deepCopy();
        JsonNode pv = legacy.get("packagingVersion");
        String version = pv != null && pv.isTextual() ? pv.textValue() : "";
        if (!version.equals("2.0") && !version.equals("3.0")) {
            legacy.put("packagingVersion", "3.0");
            legacy.remove("upgradesFrom");
            legacy.remove("downgradesTo");
        }
        JsonNode config = legacy.get("config");
        if (config != null && config.isObject()) {
            escapeProperties(config.get("properties"));
        }
        return legacy;
    }

    private static void escapeProperties(JsonNode properties) {
        if (properties == null || !properties.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> p : properties.properties()) {
            if (!(p.getValue() instanceof ObjectNode property)) {
                continue;
            }
            escapeText(property, "description");
            JsonNode type = property.get("type");
            if (type != null && type.isTextual() && type.textValue().equals("string")) {
                escapeText(property, "default");
            }
            if (type != null && type.isTextual() && type.textValue().equals("object")) {
                escapeProperties(property.get("properties"));
            }
        }
    }

    private static void escapeText(ObjectNode property, String field) {
        JsonNode value = property.get(field);
        if (value != null && value.isTextual()) {
            property.put(field, escape(value.textValue()));
        }
    }

    static String escape(String s) {
        return s.indexOf('"') < 0 ? s : UNESCAPED_QUOTE.matcher(s).replaceAll("$1\\\\\"");
    }
}
