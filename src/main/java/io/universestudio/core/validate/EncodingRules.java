package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.json.JsonPointers;
import io.universestudio.core.json.TextPosition;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Universe's ASCII rules for package, config, resource and command JSON: the file must be pure
 * ASCII (its validator opens it with the ascii codec), and no non-ASCII character may arrive through a
 * {@code \\u} escape such as {@code \\u00e9} (DCOS-42473; a literal backslash followed by {@code u} and four hex digits is
 * caught by the same check). The template may be any UTF-8.
 */
final class EncodingRules implements Rule {

    private static final Pattern ESCAPE_LOOKALIKE = Pattern.compile("\\\\u[0-9a-fA-F]{4}");
    private static final int MAX_PER_FILE = 20;

    @Override
    public List<Problem> check(Revision revision) {
        List<Problem> out = new ArrayList<>();
        for (RevisionFile file : RevisionFile.values()) {
            if (!file.isJson()) {
                continue;
            }
            revision.document(file).ifPresent(doc -> checkDocument(doc, out));
        }
        return out;
    }

    private static void checkDocument(JsonDocument doc, List<Problem> out) {
        if (doc.source().malformedByteOffset().isPresent()) {
            return; // not even UTF-8: FILE-NOT-UTF8 says so, and the replacement characters would only repeat it
        }
        String text = doc.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 127) {
                // The value (or member, for a key) holding it, so a form can go to the field; null when the
                // file does not parse.
                String pointer = doc.locations().pointerAt(i).orElse(null);
                out.add(Problem.error("FILE-NOT-ASCII").in(doc.file()).at(pointer).at(TextPosition.ofOffset(text, i))
                        .hint("Replace it with plain ASCII (e.g. e for \u00e9, \" for \u201c); the Universe also rejects"
                                + " \\u escapes for such characters.")
                        .message(doc.file().fileName() + " contains the non-ASCII character '" + c + "' (U+"
                                + String.format("%04X", (int) c) + "); the Universe accepts only ASCII in JSON files."));
                return; // the Universe stops reading at the first one; the escapes check would repeat it
            }
        }
        // Both escape findings need "\\u" in the raw text (an escape, or an escaped backslash before u);
        // real files almost never have it, so the tree walk is skipped for them.
        if (text.contains("\\u")) {
            doc.tree().ifPresent(tree -> escapes(doc, tree, "", out, new int[] {0}));
        }
    }

    private static void escapes(JsonDocument doc, JsonNode node, String pointer, List<Problem> out, int[] count) {
        if (count[0] >= MAX_PER_FILE) {
            return;
        }
        if (node.isTextual()) {
            checkString(doc, node.asText(), pointer, false, out, count);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = JsonPointers.child(pointer, e.getKey());
                checkString(doc, e.getKey(), child, true, out, count);
                escapes(doc, e.getValue(), child, out, count);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                escapes(doc, node.get(i), JsonPointers.child(pointer, i), out, count);
            }
        }
    }

    private static void checkString(JsonDocument doc, String s, String pointer, boolean key, List<Problem> out,
                                    int[] count) {
        boolean nonAscii = s.chars().anyMatch(ch -> ch > 127);
        boolean lookalike = !nonAscii && ESCAPE_LOOKALIKE.matcher(s).find();
        if (!nonAscii && !lookalike) {
            return;
        }
        count[0]++;
        TextPosition at = key ? doc.locations().key(pointer).orElse(doc.locations().nearest(pointer))
                : doc.locations().nearest(pointer);
        String what = key ? "The key \"" + shorten(s) + "\"" : "The text of " + SchemaFindings.plainBreadcrumb(pointer);
        out.add(Problem.error("JSON-UNICODE-ESCAPE").in(doc.file()).at(pointer).at(at)
                .hint(nonAscii ? "Replace the escaped character with plain ASCII text."
                        : "Avoid a backslash followed by u and four hex digits, e.g. write \\\\ u or reword it.")
                .message(what + (nonAscii ? " holds a non-ASCII character written as a \\u escape"
                        : " contains \\u followed by four hex digits") + "; the Universe's validator rejects it."));
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
