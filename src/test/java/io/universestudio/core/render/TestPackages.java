package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.core.model.SourceText;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Small in-memory packages for render tests. */
final class TestPackages {

    static final String PACKAGE = """
            {"packagingVersion": "4.0", "name": "demo", "version": "1.0.0", "maintainer": "me@example.com",
             "description": "A demo", "tags": ["demo"]}""";

    private TestPackages() {
    }

    /** A 4.0 package with the given config (null for none) and template, and a small resource. */
    static Revision revision(String config, String template) {
        return revision(PACKAGE, config, """
                {"assets": {"uris": {"jre-tar-gz": "https://example.com/jre.tgz"},
                 "container": {"docker": {"image": "demo/app:1"}}}}""", template);
    }

    static Revision revision(String pkg, String config, String resource, String template) {
        Map<RevisionFile, SourceText> files = new EnumMap<>(RevisionFile.class);
        files.put(RevisionFile.PACKAGE, SourceText.of(pkg));
        if (config != null) {
            files.put(RevisionFile.CONFIG, SourceText.of(config));
        }
        if (resource != null) {
            files.put(RevisionFile.RESOURCE, SourceText.of(resource));
        }
        if (template != null) {
            files.put(RevisionFile.TEMPLATE, SourceText.of(template));
        }
        return Revision.of(files, RevisionOrigin.NEW, List.of());
    }

    static ObjectNode json(String text) {
        try {
            return (ObjectNode) JsonText.mapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Renders {@code template} with a config whose defaults are {@code defaults} (every key declared). */
    static RenderResult renderWith(String defaults, String template) {
        return new Renderer().render(revision(configFor(json(defaults)), template), RenderRequest.defaults());
    }

    /** A permissive config declaring each top-level key of {@code defaults} with that default. */
    static String configFor(ObjectNode defaults) {
        ObjectNode config = JsonText.mapper().createObjectNode().put("type", "object");
        ObjectNode props = config.putObject("properties");
        defaults.properties().forEach(e -> props.putObject(e.getKey()).set("default", e.getValue()));
        return JsonText.compact(config);
    }

    static ObjectNode app(RenderResult result) {
        if (result instanceof RenderFailure f) {
            throw new AssertionError("render failed: " + f.describe() + "\n" + f.renderedText());
        }
        return ((RenderSuccess) result).renderJson();
    }

    static String text(RenderResult result) {
        return result instanceof RenderSuccess s ? s.renderedText() : ((RenderFailure) result).renderedText();
    }

    static JsonNode field(RenderResult result, String name) {
        return app(result).get(name);
    }
}
