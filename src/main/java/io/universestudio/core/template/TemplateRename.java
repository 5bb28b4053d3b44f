package io.universestudio.core.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.schema.ConfigSchema;
import io.universestudio.core.schema.OptionPath;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes the template edits that follow renaming (or moving) an option: every {@code {{a.b}}},
 * {@code {{{a.b}}}}, {@code {{#a.b}}}, {@code {{^a.b}}}, {@code {{/a.b}}} that refers to the option or to
 * an option below it, whether written in full or relative to an enclosing section.
 */
public final class TemplateRename {

    private TemplateRename() {
    }

    /**
     * @param before the config as it was before the rename (names are resolved against it)
     * @param resource resource.json's tree, or null
     */
    public static RenamePreview preview(String template, ConfigSchema before, JsonNode resource,
                                        OptionPath from, OptionPath to) {
        TemplateScope scope = new TemplateScope(MustacheScanner.scan(template), before, resource);
        List<TextEdit> edits = new ArrayList<>();
        List<TemplateTag> manual = new ArrayList<>();
        boolean sameParent = from.parent().equals(to.parent());
        for (TemplateTag tag : scope.usages(VariableRef.Source.CONFIG, from.names())) {
            VariableRef ref = scope.resolve(tag).orElseThrow();
            int fromScope = ref.fromScope();
            if (fromScope >= from.size()) {
                continue; // the renamed name is in an enclosing section's tag, which is edited itself
            }
            String newName;
            if (fromScope == 0) {
                newName = ref.optionPath().replacePrefix(from, to).dotted();
            } else if (sameParent) {
                String[] names = tag.name().split("\\.", -1);
                names[from.size() - 1 - fromScope] = to.name();
                newName = String.join(".", names);
            } else {
                manual.add(tag);
                continue;
            }
            edits.add(new TextEdit(tag.nameStart(), tag.nameEnd(), newName,
                    tag.start().line(), tag.name()));
        }
        return new RenamePreview(edits, TextEdit.applyAll(template, edits), manual);
    }
}
