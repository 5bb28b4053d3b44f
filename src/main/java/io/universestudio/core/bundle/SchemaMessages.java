package io.universestudio.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import io.universestudio.core.validate.Problem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plain sentences for the schema library's findings on a metadata.json or a build definition: which
 * field, what was expected, what was found.
 */
final class SchemaMessages {

    private static final int MAX_SHOWN = 60;

    private SchemaMessages() {
    }

    /** The JSON pointer of the value a finding is about ("" for the document itself). */
    static String pointer(Error e) {
        String at = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
        return at.equals("$") || at.equals("/") ? "" : at;
    }

    /**
     * One problem per finding, except that the branches of one failed {@code anyOf} (config.json's
     * {@code type} may be a name or a list of names) make one problem for their value.
     */
    static List<Problem> problems(String code, String document, String schemaName, List<Error> errors) {
        List<Problem> out = new ArrayList<>();
        Set<String> anyOfValues = new HashSet<>();
        for (Error e : errors) {
            boolean inAnyOf = e.getEvaluationPath() != null && e.getEvaluationPath().toString().contains("anyOf");
            if (!inAnyOf) {
                out.add(problem(code, document, schemaName, e));
            } else if (anyOfValues.add(pointer(e))) {
                String where = pointer(e).isEmpty() ? document : document + " at " + pointer(e);
                out.add(Problem.error(code).subject(document).at(pointer(e)).hint("Correct the value.")
                        .message(where + ": " + shown(e.getInstanceNode()) + " is not a valid value here."));
            }
        }
        return out;
    }

    /**
     * One problem for one finding.
     *
     * @param document how the document is named in the message, e.g. {@code metadata.json}
     */
    static Problem problem(String code, String document, String schemaName, Error e) {
        String pointer = pointer(e);
        String where = pointer.isEmpty() ? document : document + " at " + pointer;
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        Problem.Builder b = Problem.error(code).subject(document).at(pointer);
        return switch (keyword) {
            case "required" -> b.at(pointer + "/" + e.getProperty())
                    .hint("Add \"" + e.getProperty() + "\".")
                    .message(where + " needs \"" + e.getProperty() + "\", which is missing.");
            case "additionalProperties" -> b.at(pointer + "/" + e.getProperty())
                    .hint("Remove \"" + e.getProperty() + "\" or check its spelling.")
                    .message("\"" + e.getProperty() + "\" is not allowed in " + where + ": the " + schemaName
                            + " does not have it.");
            case "type" -> b.hint("Change the value to " + typeWords(argument(e, 1)) + ".")
                    .message(where + ": expected " + typeWords(argument(e, 1)) + ", got " + shown(e.getInstanceNode())
                            + ".");
            case "pattern" -> b.hint("Change the value so that it matches " + argument(e, 0) + ".")
                    .message(where + ": " + shown(e.getInstanceNode()) + " does not match the pattern "
                            + argument(e, 0) + ".");
            case "enum" -> b.hint("Use one of " + argument(e, 0) + ".")
                    .message(where + ": " + shown(e.getInstanceNode()) + " is not one of " + argument(e, 0) + ".");
            default -> b.hint("Correct the value as the message says.")
                    .message(where + ": " + e.getMessage() + ".");
        };
    }

    private static String argument(Error e, int index) {
        Object[] args = e.getArguments();
        return args != null && args.length > index && args[index] != null ? String.valueOf(args[index]) : "";
    }

    private static String typeWords(String type) {
        return switch (type) {
            case "string" -> "a string";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "object" -> "an object";
            case "array" -> "a list";
            default -> type.isEmpty() ? "another value" : type;
        };
    }

    /** A short rendering of a value: {@code "text"}, {@code 42}, {@code an object}, {@code a list}. */
    static String shown(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        if (v.isObject()) {
            return "an object";
        }
        if (v.isArray()) {
            return "a list";
        }
        String text = v.toString();
        return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "...\"" : text;
    }
}
