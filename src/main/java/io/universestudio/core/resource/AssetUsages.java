package io.universestudio.core.resource;

import io.universestudio.core.schema.ConfigSchema;
import io.universestudio.core.template.MustacheScanner;
import io.universestudio.core.template.TemplateScope;
import io.universestudio.core.template.TemplateTag;
import io.universestudio.core.template.VariableRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where the template uses each asset ({@code resource.assets.uris.x}, {@code resource.assets.container.docker.x}). */
public final class AssetUsages {

    /** One use: the tag and the 1-based line it is on. */
    public record Usage(TemplateTag tag, int line) {
    }

    private AssetUsages() {
    }

    /** For every asset of the model (and only those), its uses in the template, in text order. */
    public static Map<Asset, List<Usage>> find(String template, ConfigSchema config, ResourceModel resource) {
        TemplateScope scope = new TemplateScope(MustacheScanner.scan(template), config, resource.tree());
        Map<Asset, List<Usage>> out = new LinkedHashMap<>();
        for (AssetKind kind : AssetKind.values()) {
            for (Asset a : resource.assets(kind)) {
                List<String> path = new ArrayList<>(kind.path());
                path.add(a.alias());
                List<Usage> uses = new ArrayList<>();
                scope.usages(VariableRef.Source.RESOURCE, path)
                        .forEach(t -> uses.add(new Usage(t, t.start().line())));
                out.put(a, List.copyOf(uses));
            }
        }
        return out;
    }
}
