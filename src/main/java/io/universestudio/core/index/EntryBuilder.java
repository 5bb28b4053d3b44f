package io.universestudio.core.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.SourceText;

import java.util.Base64;
import java.util.Optional;

/**
 * Turns a revision into its repository entry exactly as the Universe's generator does
 * (universe-format.md 4.2): the package.json fields in file order, then {@code releaseVersion},
 * {@code resource}, {@code marathon} (base64 of the template's raw bytes), {@code config} and
 * {@code command}, each only when present and not empty (Python truthiness).
 */
public final class EntryBuilder {

    private EntryBuilder() {
    }

    /** The entry, or a plain reason why none can be built (a JSON file that does not parse). */
    public static Result build(Revision revision, int releaseVersion) {
        Optional<JsonDocument> pkg = revision.packageJson();
        if (pkg.isEmpty()) {
            return Result.refused("it has no package.json");
        }
        if (pkg.get().object().isEmpty()) {
            return Result.refused("its package.json is not a readable JSON object");
        }
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.setAll(pkg.get().object().get());
        entry.put("releaseVersion", releaseVersion);
        for (RevisionFile file : new RevisionFile[]{RevisionFile.RESOURCE, RevisionFile.TEMPLATE,
                RevisionFile.CONFIG, RevisionFile.COMMAND}) {
            if (!revision.has(file)) {
                continue;
            }
            if (file == RevisionFile.TEMPLATE) {
                byte[] bytes = revision.source(file).map(SourceText::bytes).orElse(new byte[0]);
                if (bytes.length > 0) {
                    entry.putObject("marathon").put("v2AppMustacheTemplate",
                            Base64.getEncoder().encodeToString(bytes));
                }
                continue;
            }
            Optional<JsonNode> tree = revision.document(file).flatMap(JsonDocument::tree);
            if (tree.isEmpty()) {
                return Result.refused("its " + file.fileName() + " is not valid JSON");
            }
            if (truthy(tree.get())) {
                entry.set(keyOf(file), tree.get());
            }
        }
        return new Result(entry, null);
    }

    private static String keyOf(RevisionFile file) {
        return switch (file) {
            case RESOURCE -> "resource";
            case CONFIG -> "config";
            case COMMAND -> "command";
            default -> throw new IllegalArgumentException(file.name());
        };
    }

    /** Python's truth value of a parsed JSON value. */
    static boolean truthy(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT, ARRAY -> node.size() > 0;
            case STRING -> !node.textValue().isEmpty();
            case NUMBER -> node.isIntegralNumber() ? node.bigIntegerValue().signum() != 0 : node.doubleValue() != 0;
            case BOOLEAN -> node.booleanValue();
            default -> false;
        };
    }

    /** An entry, or why the revision cannot become one. */
    public record Result(ObjectNode entry, String refusal) {
        static Result refused(String why) {
            return new Result(null, why);
        }

        public boolean built() {
            return entry != null;
        }
    }
}
