package io.universestudio.core.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;

/**
 * The DC/OS UI's {@code media} keyword: a hint about what a string option holds, which picks the widget
 * the install form draws. The corpus uses exactly these (counts from universe-format.md section 2.5):
 * {@code application/x-zone-constraints+json} (446), {@code application/x-secret+string} (309),
 * {@code application/x-region+string} (112), {@code application/x-yaml} with
 * {@code "binaryEncoding": "base64"} (97), {@code application/x-service-account+string} (59).
 */
public record MediaHint(String type, String binaryEncoding) {

    /** What the hint means to the form. */
    public enum Kind {
        SECRET("application/x-secret+string"),
        ZONE_CONSTRAINTS("application/x-zone-constraints+json"),
        REGION_ZONE_CONSTRAINTS("application/x-region-zone-constraints+json"),
        REGION("application/x-region+string"),
        SERVICE_ACCOUNT("application/x-service-account+string"),
        YAML("application/x-yaml"),
        OTHER("");

        private final String mediaType;

        Kind(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    public static final MediaHint SECRET = new MediaHint(Kind.SECRET.mediaType, null);
    public static final MediaHint ZONE_CONSTRAINTS = new MediaHint(Kind.ZONE_CONSTRAINTS.mediaType, null);
    public static final MediaHint REGION = new MediaHint(Kind.REGION.mediaType, null);
    public static final MediaHint SERVICE_ACCOUNT = new MediaHint(Kind.SERVICE_ACCOUNT.mediaType, null);
    /** YAML stored base64-encoded, as every corpus use of {@code application/x-yaml} does. */
    public static final MediaHint YAML_BASE64 = new MediaHint(Kind.YAML.mediaType, "base64");

    public Kind kind() {
        for (Kind k : Kind.values()) {
            if (k.mediaType.equals(type)) {
                return k;
            }
        }
        return Kind.OTHER;
    }

    public boolean base64() {
        return "base64".equals(binaryEncoding);
    }

    /** Reads a {@code media} keyword value; empty when it is not an object with a string {@code type}. */
    public static Optional<MediaHint> of(JsonNode media) {
        if (media == null || !media.isObject() || !media.path("type").isTextual()) {
            return Optional.empty();
        }
        JsonNode enc = media.get("binaryEncoding");
        return Optional.of(new MediaHint(media.get("type").asText(), enc != null && enc.isTextual() ? enc.asText() : null));
    }

    /** The keyword value, {@code binaryEncoding} first as the corpus writes it. */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (binaryEncoding != null) {
            o.put("binaryEncoding", binaryEncoding);
        }
        o.put("type", type);
        return o;
    }
}
