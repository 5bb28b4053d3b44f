package io.universestudio.core.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.json.LocatedJsonReader;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What changed from one revision to the next: package.json, config.json, resource.json and, when a
 * renderer is given, the rendered Marathon app. Each as structured JSON changes plus a unified text diff.
 */
public record RevisionDiff(List<FileDiff> files) {

    public static final String RENDERED_APP = "marathon app (rendered)";
    private static final int CONTEXT_LINES = 3;

    public RevisionDiff {
        files = List.copyOf(files);
    }

    public static RevisionDiff between(Revision before, Revision after, AppRenderer renderer) {
        List<FileDiff> out = new ArrayList<>();
        for (RevisionFile file : List.of(RevisionFile.PACKAGE, RevisionFile.CONFIG, RevisionFile.RESOURCE)) {
            if (before.has(file) || after.has(file)) {
                out.add(compare(file.fileName(), before.text(file), after.text(file)));
            }
        }
        Optional<String> a = renderer.render(before);
        Optional<String> b = renderer.render(after);
        if (a.isPresent() || b.isPresent()) {
            out.add(compare(RENDERED_APP, a, b));
        }
        return new RevisionDiff(out);
    }

    public Optional<FileDiff> file(String title) {
        return files.stream().filter(f -> f.title().equals(title)).findFirst();
    }

    /** Every file's unified diff, one after the other; empty when nothing changed. */
    public String unified() {
        StringBuilder sb = new StringBuilder();
        files.forEach(f -> sb.append(f.unified()));
        return sb.toString();
    }

    /** The structured diff as JSON: {@code {"package.json": {"added": [...], ...}, ...}}. */
    public ObjectNode toJson() {
        ObjectNode root = JsonText.mapper().createObjectNode();
        for (FileDiff f : files) {
            if (f.structured()) {
                root.set(f.title(), JsonDiff.toJson(f.changes()));
            }
        }
        return root;
    }

    private static FileDiff compare(String title, Optional<String> before, Optional<String> after) {
        String a = before.orElse("");
        String b = after.orElse("");
        Optional<JsonNode> ta = before.flatMap(RevisionDiff::parse);
        Optional<JsonNode> tb = after.flatMap(RevisionDiff::parse);
        List<JsonChange> changes;
        boolean structured;
        if (ta.isPresent() && tb.isPresent()) {
            changes = JsonDiff.between(ta.get(), tb.get());
            structured = true;
        } else if (before.isEmpty() && tb.isPresent()) {
            changes = JsonDiff.between(JsonText.mapper().createObjectNode(), tb.get());
            structured = tb.get().isObject();
        } else if (after.isEmpty() && ta.isPresent()) {
            changes = JsonDiff.between(ta.get(), JsonText.mapper().createObjectNode());
            structured = ta.get().isObject();
        } else {
            changes = List.of();
            structured = false;
        }
        return new FileDiff(title, changes, structured, unified(title, a, b, before.isPresent(), after.isPresent()));
    }

    private static Optional<JsonNode> parse(String text) {
        return LocatedJsonReader.read(text).treeIfParsed();
    }

    private static String unified(String title, String a, String b, boolean hadBefore, boolean hasAfter) {
        if (a.equals(b)) {
            return "";
        }
        List<String> la = lines(a);
        List<String> lb = lines(b);
        Patch<String> patch = DiffUtils.diff(la, lb);
        List<String> out = UnifiedDiffUtils.generateUnifiedDiff(
                hadBefore ? "a/" + title : "/dev/null", hasAfter ? "b/" + title : "/dev/null", la, patch, CONTEXT_LINES);
        return String.join("\n", out) + "\n";
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        return List.of(text.split("\r?\n", -1));
    }
}
