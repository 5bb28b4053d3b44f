package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.universestudio.core.model.JsonDocument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Applies one of the project's schemas to a document and turns the library's findings into problems a
 * newcomer can act on: a breadcrumb to the field, what was expected, what was found, a hint, the line.
 * File-specific wording (codes, hints per field) comes from a {@link SchemaVocabulary}.
 */
final class SchemaFindings {

    private SchemaFindings() {
    }

    static List<Problem> check(Schema schema, JsonDocument doc, JsonNode tree, SchemaVocabulary vocabulary) {
        if (JsonDepth.tooDeep(tree)) {
            return List.of(Problem.error("JSON-TOO-DEEP").in(doc.file()).at("").at(doc.locations().nearest(""))
                    .hint("Flatten the structure; real package files nest a dozen levels at most.")
                    .message(doc.file().fileName() + " nests more than " + JsonDepth.LIMIT
                            + " levels deep, so it was not checked further."));
        }
        List<Error> errors;
        try {
            errors = schema.validate(tree);
        } catch (RuntimeException e) {
            // The library should not throw on instances; if it does, say so rather than lose the report.
            return List.of(Problem.error(vocabulary.prefix() + "-SCHEMA").in(doc.file()).at("")
                    .at(doc.locations().nearest(""))
                    .hint("Please report this file to the Universe Studio developers.")
                    .message(doc.file().fileName() + " could not be checked against its schema: " + e.getMessage()));
        }
        List<Problem> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Error e : errors) {
            String pointer = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
            Problem p = describe(e, pointer, doc, vocabulary);
            // Each anyOf branch reports its own failure for the same value; one problem per value says it all.
            String key = inAnyOf(e) ? "anyOf|" + p.pointer() : p.code() + "|" + p.pointer() + "|" + p.message();
            if (seen.add(key)) {
                out.add(p);
            }
        }
        return out;
    }

    private static Problem describe(Error e, String pointer, JsonDocument doc, SchemaVocabulary v) {
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        String crumb = v.breadcrumb(pointer);
        JsonNode value = e.getInstanceNode();
        String file = doc.file().fileName();
        boolean inAnyOf = inAnyOf(e);
        Problem.Builder b;
        String message;
        String target = pointer;
        if (inAnyOf) {
            return Problem.error(v.prefix() + "-NOT-ALLOWED-VALUE").in(doc.file()).at(pointer)
                    .at(doc.locations().nearest(pointer)).hint(v.fieldHint(pointer, "Correct the value."))
                    .message(crumbOr(crumb, file) + ": " + Describe.value(value) + " is not a valid value here.");
        }
        switch (keyword) {
            case "required" -> {
                String field = e.getProperty();
                target = pointer.isEmpty() ? "/" + field : pointer + "/" + field;
                b = Problem.error(v.prefix() + "-MISSING-FIELD").hint(v.fieldHint(target,
                        "Add \"" + field + "\" to " + (pointer.isEmpty() ? file : crumb) + "."));
                message = (pointer.isEmpty() ? file : crumb) + " needs \"" + field + "\", which is missing.";
                return b.in(doc.file()).at(target).at(doc.locations().nearest(pointer)).message(message);
            }
            case "additionalProperties" -> {
                String field = e.getProperty();
                target = pointer.isEmpty() ? "/" + field : pointer + "/" + field;
                String special = v.unexpectedField(target, field);
                if (special != null) {
                    b = Problem.error(v.prefix() + "-FIELD-NOT-ALLOWED").hint(v.fieldHint(target,
                            "Remove \"" + field + "\"."));
                    message = special;
                } else {
                    Set<String> allowed = new HashSet<>();
                    JsonNode props = UniverseSchemas.get().siblingProperties(e.getSchemaLocation());
                    props.fieldNames().forEachRemaining(allowed::add);
                    String suggestion = Spelling.closest(field, allowed);
                    b = Problem.error(v.prefix() + "-UNKNOWN-FIELD").hint(suggestion != null
                            ? "Did you mean \"" + suggestion + "\"? Rename the field."
                            : "Remove it, or check its spelling" + (allowed.isEmpty() ? "." : "; allowed here: "
                            + String.join(", ", allowed.stream().sorted().toList()) + "."));
                    message = "\"" + field + "\" is not a field " + (pointer.isEmpty() ? file : crumb)
                            + " may have" + v.versionSuffix() + "."
                            + (suggestion != null ? " Did you mean \"" + suggestion + "\"?" : "");
                }
            }
            case "type" -> {
                String expected = argument(e, 1);
                b = Problem.error(v.prefix() + "-WRONG-TYPE").hint(v.fieldHint(pointer,
                        "Change the value to " + Describe.article(expected) + "."));
                message = crumbOr(crumb, file) + ": expected " + Describe.article(expected) + ", got "
                        + Describe.value(value) + ".";
            }
            case "pattern" -> {
                String code = v.patternCode(pointer);
                b = Problem.error(code != null ? code : v.prefix() + "-PATTERN")
                        .hint(v.fieldHint(pointer, "Change the value so that it matches " + argument(e, 0) + "."));
                String meaning = v.patternMeaning(pointer);
                message = crumbOr(crumb, file) + ": " + Describe.value(value) + " "
                        + (meaning != null ? meaning : "does not match the pattern " + argument(e, 0)) + ".";
            }
            case "enum" -> {
                b = Problem.error(v.prefix() + "-NOT-ALLOWED-VALUE").hint(v.fieldHint(pointer,
                        "Use one of: " + argument(e, 0) + "."));
                message = crumbOr(crumb, file) + ": " + Describe.value(value) + " is not one of the allowed values "
                        + argument(e, 0) + ".";
            }
            case "dependencies" -> {
                String needs = argumentOf(e);
                b = Problem.error(v.prefix() + "-SCHEMA").hint("Add " + needs + " next to \"" + e.getProperty()
                        + "\", or remove \"" + e.getProperty() + "\".");
                message = crumbOr(crumb, file) + ": \"" + e.getProperty() + "\" only works together with " + needs + ".";
            }
            default -> {
                b = Problem.error(v.prefix() + "-SCHEMA").hint(v.fieldHint(pointer, "Correct the value."));
                message = crumbOr(crumb, file) + ": " + e.getMessage() + ".";
            }
        }
        return b.in(doc.file()).at(target).at(doc.locations().nearest(target)).message(message);
    }

    /** For a failed "dependencies": the keywords the offending one needs, e.g. "\"minimum\"". */
    private static String argumentOf(Error e) {
        Object[] args = e.getArguments();
        Object needed = null;
        if (e.getProperty() != null && e.getSchemaNode() != null && e.getSchemaNode().path(e.getProperty()).isArray()) {
            needed = e.getSchemaNode().get(e.getProperty());
        } else if (args != null && args.length > 0 && e.getProperty() != null) {
            // The library passes the dependencies as text: "{exclusiveMinimum=[minimum], ...}".
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                    java.util.regex.Pattern.quote(e.getProperty()) + "=\\[([^\\]]*)]").matcher(String.valueOf(args[0]));
            if (m.find()) {
                needed = java.util.Arrays.stream(m.group(1).split(",\\s*")).toList();
            }
        }
        if (needed instanceof Iterable<?> names) {
            List<String> quoted = new ArrayList<>();
            names.forEach(n -> quoted.add("\"" + (n instanceof JsonNode j ? j.asText() : String.valueOf(n)) + "\""));
            return String.join(" and ", quoted);
        }
        return "other keywords";
    }

    private static boolean inAnyOf(Error e) {
        return e.getEvaluationPath() != null && e.getEvaluationPath().toString().contains("anyOf");
    }

    private static String crumbOr(String crumb, String file) {
        return crumb.isEmpty() ? file : crumb;
    }

    private static String argument(Error e, int index) {
        Object[] args = e.getArguments();
        return args != null && args.length > index && args[index] != null ? String.valueOf(args[index]) : "";
    }

    /** Wording hooks for one file. */
    interface SchemaVocabulary {
        /** Code prefix such as PKG or RES. */
        String prefix();

        /** "Service > CPUs" or "licenses > #1 > url" for a pointer into the document. */
        String breadcrumb(String pointer);

        /** " for packagingVersion 4.0" or "". */
        default String versionSuffix() {
            return "";
        }

        /** A specific code for a failed pattern at this pointer, or null for the generic one. */
        default String patternCode(String pointer) {
            return null;
        }

        /** What the pattern means in words ("must start with http:// or https://"), or null. */
        default String patternMeaning(String pointer) {
            return null;
        }

        /** A message when this field is known but not allowed here (e.g. in this packaging version). */
        default String unexpectedField(String pointer, String field) {
            return null;
        }

        default String fieldHint(String pointer, String fallback) {
            return fallback;
        }
    }

    /** Turns "/licenses/0/url" into "licenses > #1 > url". */
    static String plainBreadcrumb(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (Iterator<String> it = io.universestudio.core.json.JsonPointers.tokens(pointer).iterator(); it.hasNext(); ) {
            String t = it.next();
            sb.append(t.chars().allMatch(Character::isDigit) && !t.isEmpty() ? "#" + (Integer.parseInt(t) + 1) : t);
            if (it.hasNext()) {
                sb.append(" > ");
            }
        }
        return sb.toString();
    }

    /** The pointer with array indexes replaced by "*", for looking fields up in a table. */
    static String shape(String pointer) {
        return pointer.replaceAll("/\\d+(?=/|$)", "/*");
    }
}
