package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.model.Revision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The five labels Cosmos puts on every app it renders, with their exact encodings and the decoded forms
 * for display.
 *
 * @param name              {@code DCOS_PACKAGE_NAME}
 * @param version           {@code DCOS_PACKAGE_VERSION}
 * @param source            {@code DCOS_PACKAGE_SOURCE}: the repository URI
 * @param options           {@code DCOS_PACKAGE_OPTIONS}: base64 of the user's options, compact, nulls dropped
 * @param definition        {@code DCOS_PACKAGE_DEFINITION}: base64 of the storage envelope
 * @param decodedOptions    the options the OPTIONS label holds
 * @param envelope          the envelope the DEFINITION label holds ({@code data} still gzip+base64)
 * @param packageDefinition the package inside the envelope, as Cosmos re-encodes it (nulls kept)
 */
public record CosmosLabels(String name, String version, String source, String options, String definition,
                           JsonNode decodedOptions, JsonNode envelope, JsonNode packageDefinition) {

    public static final String NAME = "DCOS_PACKAGE_NAME";
    public static final String VERSION = "DCOS_PACKAGE_VERSION";
    public static final String SOURCE = "DCOS_PACKAGE_SOURCE";
    public static final String OPTIONS = "DCOS_PACKAGE_OPTIONS";
    public static final String DEFINITION = "DCOS_PACKAGE_DEFINITION";

    static CosmosLabels of(Revision revision, ObjectNode userOptions, String source) {
        return of(definition(revision), userOptions, source);
    }

    static CosmosLabels of(Definition definition, ObjectNode userOptions, String source) {
        JsonNode options = JsonMerge.dropNulls(userOptions);
        return new CosmosLabels(definition.name(), definition.version(), source,
                base64(JsonText.compact(options).getBytes(StandardCharsets.UTF_8)),
                definition.label(), options, definition.envelopeTree(), definition.packageDefinition());
    }

    /** The package-dependent half of the labels: the costly part (gzip of the whole package), cached by callers. */
    /**
     * The package-dependent half of the labels. The package is Cosmos's re-encoding, needed by every render
     * (its resource is in the template's scope); the envelope, the gzip and base64 of the whole package, is
     * made on first use only, because lint renders never look at the labels (it was most of a corpus
     * validation's CPU time). Thread-safe.
     */
    static final class Definition {
        private final String name;
        private final String version;
        private final ObjectNode packageDefinition;
        private final String mediaVersion;
        private volatile Envelope envelope;

        private record Envelope(String label, JsonNode tree) {
        }

        private Definition(ObjectNode packageDefinition, String mediaVersion) {
            this.name = text(packageDefinition.get("name"));
            this.version = text(packageDefinition.get("version"));
            this.packageDefinition = packageDefinition;
            this.mediaVersion = mediaVersion;
        }

        String name() {
            return name;
        }

        String version() {
            return version;
        }

        JsonNode packageDefinition() {
            return packageDefinition;
        }

        /** {@code DCOS_PACKAGE_DEFINITION}: base64 of the envelope. */
        String label() {
            return envelope().label();
        }

        /** The storage envelope: the media type, and the package gzipped and base64-encoded. */
        JsonNode envelopeTree() {
            return envelope().tree();
        }

        private Envelope envelope() {
            Envelope e = envelope;
            if (e == null) {
                ObjectNode metadata = JsonNodeFactory.instance.objectNode()
                        .put("Content-Type", "application/vnd.dcos.universe.package+json;charset=utf-8;version="
                                + mediaVersion)
                        .put("Content-Encoding", "gzip");
                ObjectNode tree = JsonNodeFactory.instance.objectNode();
                tree.set("metadata", metadata);
                tree.put("data", base64(gzip(JsonText.compact(packageDefinition).getBytes(StandardCharsets.UTF_8))));
                e = new Envelope(base64(JsonText.compact(tree).getBytes(StandardCharsets.UTF_8)), tree);
                envelope = e; // two threads may both compute it: the same value, so either wins
            }
            return e;
        }
    }

    static Definition definition(Revision revision) {
        return new Definition(CosmosPackage.definition(revision), CosmosPackage.packagingVersion(revision).mediaVersion());
    }

    /** The labels as Cosmos merges them, in the order its Scala HashMap yields them. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(OPTIONS, options);
        m.put(SOURCE, source);
        m.put(DEFINITION, definition);
        m.put(VERSION, version);
        m.put(NAME, name);
        return m;
    }

    /** The same labels with OPTIONS and DEFINITION shown decoded, for people to read. */
    public ObjectNode decoded() {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set(OPTIONS, decodedOptions.deepCopy());
        out.put(SOURCE, source);
        ObjectNode def = JsonNodeFactory.instance.objectNode();
        def.set("metadata", envelope.get("metadata"));
        def.set("data", packageDefinition.deepCopy());
        out.set(DEFINITION, def);
        out.put(VERSION, version);
        out.put(NAME, name);
        return out;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asText();
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory failed", e);
        }
        return out.toByteArray();
    }
}
