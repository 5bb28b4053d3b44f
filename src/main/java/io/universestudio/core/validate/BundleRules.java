package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.json.JsonPointers;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where a revision could not become a package.dcos or go to the DC/OS package registry, as information
 * (package-dcos.md): a package.dcos takes packaging 3.0-5.0; the registry takes 4.0 and later, downloads
 * every image, asset and CLI address in resource.json when it builds, and older registry versions reject
 * {@code lastUpdated}. Problems the other rules already report as errors are not repeated here.
 */
public final class BundleRules implements Rule {

    /** The codes this rule gives about the registry (the {@code bundle definition} command shows these). */
    public static final String REGISTRY_PREFIX = "REGISTRY-";

    @Override
    public List<Problem> check(Revision revision) {
        JsonDocument pkg = revision.packageJson().orElse(null);
        if (pkg == null || pkg.object().isEmpty()) {
            return List.of();
        }
        List<Problem> out = new ArrayList<>();
        PackagingVersion version = revision.packagingVersion().orElse(null);
        if (version == PackagingVersion.V2_0) {
            out.add(Problem.info("BUNDLE-PACKAGING-VERSION").in(RevisionFile.PACKAGE).at("/packagingVersion")
                    .at(pkg.locations().nearest("/packagingVersion"))
                    .hint("Tools > Migrate to packaging 4.0 moves it to a version a package.dcos can have.")
                    .message("This revision cannot become a package.dcos: packaging version 2.0 was never accepted"
                            + " in one (3.0, 4.0 and 5.0 are)."));
        }
        if (version == PackagingVersion.V2_0 || version == PackagingVersion.V3_0) {
            out.add(Problem.info("REGISTRY-PACKAGING-VERSION").in(RevisionFile.PACKAGE).at("/packagingVersion")
                    .at(pkg.locations().nearest("/packagingVersion"))
                    .hint("Tools > Migrate to packaging 4.0 moves it to a version the registry takes.")
                    .message("The DC/OS package registry would not take this revision: it accepts packaging version"
                            + " 4.0 and later, and this one is " + version.text() + "."));
        }
        if (pkg.object().get().has("lastUpdated")) {
            out.add(Problem.info("REGISTRY-LAST-UPDATED").in(RevisionFile.PACKAGE).at("/lastUpdated")
                    .at(pkg.locations().nearest("/lastUpdated"))
                    .hint("If dcos registry migrate or build rejects the package, remove \"lastUpdated\".")
                    .message("Older versions of the DC/OS package registry reject \"lastUpdated\"; newer ones accept"
                            + " it."));
        }
        revision.resource().flatMap(JsonDocument::object).ifPresent(resource ->
                downloadAddresses(resource).forEach((pointer, url) -> {
                    if (!downloadable(url)) {
                        JsonDocument doc = revision.resource().get();
                        out.add(Problem.info("REGISTRY-URL").in(RevisionFile.RESOURCE).at(pointer)
                                .at(doc.locations().nearest(pointer))
                                .hint("Give a full http:// or https:// address the registry can download.")
                                .message("The DC/OS package registry could not build this revision: it downloads"
                                        + " every address in resource.json, and " + SchemaFindings.plainBreadcrumb(pointer)
                                        + " is " + Describe.value(url) + ", not an http(s) address it can download."));
                    }
                }));
        return out;
    }

    /** Every image, asset and CLI address in resource.json, by JSON pointer (strings only). */
    static Map<String, JsonNode> downloadAddresses(JsonNode resource) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode images = resource.path("images");
        for (String icon : new String[] {"icon-small", "icon-medium", "icon-large"}) {
            addText(out, "/images/" + icon, images.get(icon));
        }
        JsonNode screenshots = images.path("screenshots");
        for (int i = 0; i < screenshots.size(); i++) {
            addText(out, "/images/screenshots/" + i, screenshots.get(i));
        }
        resource.path("assets").path("uris").properties().forEach(e ->
                addText(out, JsonPointers.child("/assets/uris", e.getKey()), e.getValue()));
        resource.path("cli").path("binaries").properties().forEach(os ->
                os.getValue().properties().forEach(arch -> addText(out, JsonPointers.child(JsonPointers.child(
                        JsonPointers.child("/cli/binaries", os.getKey()), arch.getKey()), "url"),
                        arch.getValue().get("url"))));
        return out;
    }

    private static void addText(Map<String, JsonNode> out, String pointer, JsonNode value) {
        if (value != null && value.isTextual()) {
            out.put(pointer, value);
        }
    }

    /** An absolute http or https address with a host: something a build can download. */
    static boolean downloadable(JsonNode url) {
        try {
            URI uri = new URI(url.textValue());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
