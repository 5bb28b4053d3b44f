package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.universestudio.core.json.JsonPointers;
import io.universestudio.core.json.TextPosition;
import io.universestudio.core.model.JsonDocument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** What the translation of one library error needs to know. */
    private record Finding(Error error, String pointer, JsonDocument doc, SchemaVocabulary vocabulary) {

        String file() {
            return doc.file().fileName();
        }

        /** The breadcrumb of the failing value, or the file name for the document itself. */
        String where() {
            String crumb = vocabulary.breadcrumb(pointer);
            return crumb.isEmpty() ? file() : crumb;
        }

        String code(String suffix) {
            return vocabulary.prefix() + "-" + suffix;
        }

        String shownValue() {
            return Describe.value(error.getInstanceNode());
        }

        /** The pointer of a member named by the error (a missing or unexpected field). */
        String member() {
            return pointer + "/" + error.getProperty();
        }

        Problem problem(String code, String at, TextPosition position, String hint, String message) {
            return Problem.error(code).in(doc.file()).at(at).at(position).hint(hint).message(message);
        }

        Problem problem(String code, String hint, String message) {
            return problem(code, pointer, doc.locations().nearest(pointer), hint, message);
        }
    }

    private static Problem describe(Error e, String pointer, JsonDocument doc, SchemaVocabulary v) {
        Finding f = new Finding(e, pointer, doc, v);
        if (inAnyOf(e)) {
            return f.problem(f.code("NOT-ALLOWED-VALUE"), v.fieldHint(pointer, "Correct the value."),
                    f.where() + ": " + f.shownValue() + " is not a valid value here.");
        }
        return switch (e.getKeyword() == null ? "" : e.getKeyword()) {
            case "required" -> missing(f);
            case "additionalProperties" -> unexpected(f);
            case "type" -> wrongType(f);
            case "pattern" -> pattern(f);
            case "enum" -> f.problem(f.code("NOT-ALLOWED-VALUE"), v.fieldHint(pointer, "Use one of: " + argument(e, 0) + "."),
                    f.where() + ": " + f.shownValue() + " is not one of the allowed values " + argument(e, 0) + ".");
            case "dependencies" -> dependencies(f);
            default -> f.problem(f.code("SCHEMA"), v.fieldHint(pointer, "Correct the value."),
                    f.where() + ": " + e.getMessage() + ".");
        };
    }

    private static Problem missing(Finding f) {
        String field = f.error().getProperty();
        String owner = f.pointer().isEmpty() ? f.file() : f.where();
        // Point at the object that lacks the field: the field itself has no place in the text.
        return f.problem(f.code("MISSING-FIELD"), f.member(), f.doc().locations().nearest(f.pointer()),
                f.vocabulary().fieldHint(f.member(), "Add \"" + field + "\" to " + owner + "."),
                owner + " needs \"" + field + "\", which is missing.");
    }

    private static Problem unexpected(Finding f) {
        String field = f.error().getProperty();
        String at = f.member();
        TextPosition position = f.doc().locations().nearest(at);
        String special = f.vocabulary().unexpectedField(at, field);
        if (special != null) {
            return f.problem(f.code("FIELD-NOT-ALLOWED"), at, position,
                    f.vocabulary().fieldHint(at, "Remove \"" + field + "\"."), special);
        }
        Set<String> allowed = new TreeSet<>();
        UniverseSchemas.get().siblingProperties(f.error().getSchemaLocation()).fieldNames().forEachRemaining(allowed::add);
        String suggestion = Spelling.closest(field, allowed);
        String hint = suggestion != null ? "Did you mean \"" + suggestion + "\"? Rename the field."
                : "Remove it, or check its spelling" + (allowed.isEmpty() ? "." : "; allowed here: "
                + String.join(", ", allowed) + ".");
        return f.problem(f.code("UNKNOWN-FIELD"), at, position, hint,
                "\"" + field + "\" is not a field " + (f.pointer().isEmpty() ? f.file() : f.where()) + " may have"
                        + f.vocabulary().versionSuffix() + "."
                        + (suggestion != null ? " Did you mean \"" + suggestion + "\"?" : ""));
    }

    private static Problem wrongType(Finding f) {
        String expected = Describe.article(argument(f.error(), 1));
        return f.problem(f.code("WRONG-TYPE"), f.vocabulary().fieldHint(f.pointer(), "Change the value to " + expected + "."),
                f.where() + ": expected " + expected + ", got " + f.shownValue() + ".");
    }

    private static Problem pattern(Finding f) {
        String regex = argument(f.error(), 0);
        String code = f.vocabulary().patternCode(f.pointer());
        String meaning = f.vocabulary().patternMeaning(f.pointer());
        return f.problem(code != null ? code : f.code("PATTERN"),
                f.vocabulary().fieldHint(f.pointer(), "Change the value so that it matches " + regex + "."),
                f.where() + ": " + f.shownValue() + " " + (meaning != null ? meaning : "does not match the pattern " + regex)
                        + ".");
    }

    private static Problem dependencies(Finding f) {
        String keyword = f.error().getProperty();
        String needs = neededKeywords(f.error());
        return f.problem(f.code("SCHEMA"), "Add " + needs + " next to \"" + keyword + "\", or remove \"" + keyword + "\".",
                f.where() + ": \"" + keyword + "\" only works together with " + needs + ".");
    }

    /** For a failed "dependencies": the keywords the offending one needs, e.g. "\"minimum\"". */
    private static String neededKeywords(Error e) {
        Object[] args = e.getArguments();
        Object needed = null;
        if (e.getProperty() != null && e.getSchemaNode() != null && e.getSchemaNode().path(e.getProperty()).isArray()) {
            needed = e.getSchemaNode().get(e.getProperty());
        } else if (args != null && args.length > 0 && e.getProperty() != null) {
            // The library passes the dependencies as text: "{exclusiveMinimum=[minimum], ...}".
            Matcher m = Pattern.compile(Pattern.quote(e.getProperty()) + "=\\[([^\\]]*)]").matcher(String.valueOf(args[0]));
            if (m.find()) {
                needed = Arrays.asList(m.group(1).split(",\\s*"));
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

    /** Turns "/licenses/0/url" into "licenses > #1 > url". */
    static String plainBreadcrumb(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (Iterator<String> it = JsonPointers.tokens(pointer).iterator(); it.hasNext(); ) {
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
