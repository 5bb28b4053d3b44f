package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.json.JsonText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Compares a render with a Cosmos golden file by the rules of cosmos-golden/README.md. */
final class GoldenComparison {

    private GoldenComparison() {
    }

    /** Null when equal, else the first difference found. */
    static String difference(ObjectNode golden, ObjectNode ours) throws IOException {
        ObjectNode g = golden.deepCopy();
        ObjectNode o = (ObjectNode) JsonMerge.dropNulls(ours);
        String gDef = removeDefinition(g);
        String oDef = removeDefinition(o);
        String diff = diff("", g, o);
        if (diff != null) {
            return diff;
        }
        if (gDef == null || oDef == null) {
            return gDef == oDef ? null : "DCOS_PACKAGE_DEFINITION present on one side only";
        }
        JsonNode gEnv = JsonText.mapper().readTree(Base64.getDecoder().decode(gDef));
        JsonNode oEnv = JsonText.mapper().readTree(Base64.getDecoder().decode(oDef));
        if (!gEnv.get("metadata").equals(oEnv.get("metadata"))) {
            return "definition metadata: " + gEnv.get("metadata") + " vs " + oEnv.get("metadata");
        }
        String d = diff("definition", gunzip(gEnv.get("data").asText()), gunzip(oEnv.get("data").asText()));
        return d;
    }

    static JsonNode gunzip(String base64) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
            return JsonText.mapper().readTree(in);
        }
    }

    private static String removeDefinition(ObjectNode app) {
        JsonNode labels = app.get("labels");
        if (labels instanceof ObjectNode l && l.has(CosmosLabels.DEFINITION)) {
            return l.remove(CosmosLabels.DEFINITION).asText();
        }
        return null;
    }

    /** JSON equality: objects unordered, arrays in order, numbers by value, strings exactly. */
    static String diff(String at, JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0 ? null : at + ": " + a + " vs " + b;
        }
        if (a.getNodeType() != b.getNodeType()) {
            return at + ": " + brief(a) + " vs " + brief(b);
        }
        if (a.isObject()) {
            if (a.size() != b.size()) {
                return at + ": keys " + names(a) + " vs " + names(b);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = a.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode other = b.get(e.getKey());
                if (other == null) {
                    return at + "/" + e.getKey() + ": missing in ours";
                }
                String d = diff(at + "/" + e.getKey(), e.getValue(), other);
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a.isArray()) {
            if (a.size() != b.size()) {
                return at + ": array sizes " + a.size() + " vs " + b.size();
            }
            for (int i = 0; i < a.size(); i++) {
                String d = diff(at + "/" + i, a.get(i), b.get(i));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return a.equals(b) ? null : at + ": " + brief(a) + " vs " + brief(b);
    }

    private static String names(JsonNode o) {
        StringBuilder sb = new StringBuilder();
        o.fieldNames().forEachRemaining(n -> sb.append(n).append(','));
        return sb.toString();
    }

    private static String brief(JsonNode n) {
        String s = n.toString();
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
