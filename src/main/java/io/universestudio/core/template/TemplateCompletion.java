package io.universestudio.core.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.schema.ConfigOption;
import io.universestudio.core.schema.ConfigSchema;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completion of variable paths while typing a tag: after {@code {{}, {@code {{{}, {@code {{&},
 * {@code {{#}, {@code {{^} (option paths, names relative to enclosing object sections, and
 * {@code resource.*}) and after {@code {{/} (the innermost open section first).
 */
public final class TemplateCompletion {

    private TemplateCompletion() {
    }

    public static List<Completion> at(String text, int caret, ConfigSchema config, JsonNode resource) {
        int found = text.lastIndexOf("{{", Math.max(0, caret - 2));
        if (found < 0 || caret < found + 2 || text.substring(found, caret).contains("}}")) {
            return List.of();
        }
        // In "{{{" the last "{{" found is the inner pair; the tag starts one brace earlier.
        int open = found > 0 && text.charAt(found - 1) == '{' ? found - 1 : found;
        int i = open + 2;
        char sigil = i < caret ? text.charAt(i) : '\0';
        boolean hasSigil = "{&#^/".indexOf(sigil) >= 0 && sigil != '\0';
        int afterSigil = hasSigil ? i + 1 : i;
        while (afterSigil < caret && text.charAt(afterSigil) == ' ') {
            afterSigil++;
        }
        int nameStart = afterSigil;
        String typed = text.substring(nameStart, caret);
        if (!typed.chars().allMatch(TemplateCompletion::nameChar)) {
            return List.of();
        }
        int nameEnd = caret;
        while (nameEnd < text.length() && nameChar(text.charAt(nameEnd))) {
            nameEnd++;
        }
        int replaceEnd = nameEnd;
        String closer = sigil == '{' ? "}}}" : "}}";
        String suffix = text.startsWith(closer, replaceEnd) || text.startsWith(" " + closer, replaceEnd) ? "" : closer;

        TemplateStructure structure = MustacheScanner.scan(text);
        TemplateScope scope = new TemplateScope(structure, config, resource);
        List<Completion> out = new ArrayList<>();
        if (sigil == '/') {
            List<MustacheSection> enclosing = structure.enclosing(open);
            for (int k = enclosing.size() - 1; k >= 0; k--) {
                MustacheSection s = enclosing.get(k);
                if (s.open().startOffset() < open && (s.close() == null || s.close().startOffset() == open)
                        && s.open().name().startsWith(typed)) {
                    out.add(new Completion(s.open().name(), suffix, nameStart, replaceEnd, "closes the section",
                            VariableRef.Source.CONFIG, null));
                    break;
                }
            }
            return out;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (VariableRef sc : scope.objectScopes(open)) {
            if (sc.source() == VariableRef.Source.CONFIG) {
                config.option(sc.optionPath()).ifPresent(o -> addOptions(o, "", typed, sigil, suffix, nameStart, replaceEnd, seen, out));
            }
        }
        addOptions(config.root(), "", typed, sigil, suffix, nameStart, replaceEnd, seen, out);
        if (resource != null && resource.isObject()) {
            addResource(resource, "resource", typed, sigil, suffix, nameStart, replaceEnd, seen, out);
        }
        return out;
    }

    private static boolean nameChar(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    private static void addOptions(ConfigOption parent, String prefix, String typed, char sigil, String suffix,
                                   int start, int end, Set<String> seen, List<Completion> out) {
        for (ConfigOption o : parent.children()) {
            String path = prefix.isEmpty() ? o.name() : prefix + "." + o.name();
            if (path.startsWith(typed) && seen.add(path)) {
                String detail = o.typeText() + o.description().map(d -> " · " + d).orElse("");
                out.add(new Completion(path, suffix, start, end, detail, VariableRef.Source.CONFIG, close(sigil, path)));
            }
            if (typed.startsWith(path + ".") || path.startsWith(typed) || typed.isEmpty()) {
                addOptions(o, path, typed, sigil, suffix, start, end, seen, out);
            }
        }
    }

    private static void addResource(JsonNode node, String path, String typed, char sigil, String suffix,
                                    int start, int end, Set<String> seen, List<Completion> out) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = path + "." + e.getKey();
            if (p.startsWith(typed) && seen.add(p)) {
                String detail = e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().getNodeType().name().toLowerCase();
                out.add(new Completion(p, suffix, start, end, detail, VariableRef.Source.RESOURCE, close(sigil, p)));
            }
            if (e.getValue().isObject() && (typed.startsWith(p + ".") || p.startsWith(typed))) {
                addResource(e.getValue(), p, typed, sigil, suffix, start, end, seen, out);
            }
        }
    }

    private static String close(char sigil, String path) {
        return sigil == '#' || sigil == '^' ? "{{/" + path + "}}" : null;
    }
}
