package io.universestudio.core.bundle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.universestudio.core.json.JsonText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads JSON for bundles as Python's {@code json} module reads it (what the DC/OS CLI used): numbers
 * kept exactly (so {@code 0.10} stays {@code 0.10} through a round trip), a repeated key keeps its first
 * place and its last value, and text after the value is an error. Writes it in the Universe's style.
 */
final class BundleJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private BundleJson() {
    }

    /** The parsed value, or why the bytes are not JSON. */
    record Parsed(JsonNode tree, String error) {
        boolean ok() {
            return tree != null;
        }
    }

    static Parsed parse(byte[] bytes) {
        try {
            JsonNode tree = MAPPER.readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                return new Parsed(null, "it is empty");
            }
            return new Parsed(tree, null);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column "
                    + at.getColumnNr() + ")";
            return new Parsed(null, e.getOriginalMessage() + where);
        } catch (IOException e) {
            return new Parsed(null, e.getMessage());
        }
    }

    /** Two-space indent, {@code "key": value}, a final newline; non-ASCII written as it is, in UTF-8. */
    static byte[] pretty(JsonNode node) {
        return JsonText.pretty(node).getBytes(StandardCharsets.UTF_8);
    }
}
