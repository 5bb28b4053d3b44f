package io.universestudio.core.render;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What to render: the user's options (an empty object for "defaults only"), an optional app id override
 * and the repository URI Cosmos would record as {@code DCOS_PACKAGE_SOURCE}.
 */
public record RenderRequest(ObjectNode options, String appId, String source) {

    /** The official Universe, which a cluster registers by default. */
    public static final String DEFAULT_SOURCE = "https://universe.mesosphere.com/repo";

    public RenderRequest {
        options = options == null ? JsonNodeFactory.instance.objectNode() : options.deepCopy();
        appId = appId == null || appId.isEmpty() ? null : appId;
        source = source == null ? DEFAULT_SOURCE : source;
    }

    public static RenderRequest defaults() {
        return new RenderRequest(null, null, null);
    }

    public RenderRequest withOptions(ObjectNode newOptions) {
        return new RenderRequest(newOptions, appId, source);
    }

    public RenderRequest withAppId(String newAppId) {
        return new RenderRequest(options, newAppId, source);
    }

    public RenderRequest withSource(String newSource) {
        return new RenderRequest(options, appId, newSource);
    }
}
