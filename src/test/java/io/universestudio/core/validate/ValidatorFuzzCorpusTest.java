package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No input makes the validator throw: thousands of mutated corpus files (truncated, wrong types, random
 * keys, deep nesting, huge strings, random characters) each give a report, with no internal failure and
 * every position inside its file.
 */
class ValidatorFuzzCorpusTest {

    private static final int MUTATIONS_PER_REVISION = 12;
    private final Random random = new Random(20261124L);
    private final Validator validator = new Validator();

    @Test
    void mutatedCorpusFilesAlwaysGiveAReport() throws Exception {
        List<Path> revisions = Shared.corpusRevisions();
        int validated = 0;
        for (int i = 0; i < revisions.size(); i += 5) {
            Revision original = RevisionReader.read(revisions.get(i));
            for (int m = 0; m < MUTATIONS_PER_REVISION; m++) {
                Revision mutated = mutate(original);
                ValidationReport report = validator.validate(mutated);
                assertThat(report.withCode("VALIDATOR-INTERNAL")).as(revisions.get(i) + " mutation " + m).isEmpty();
                for (Problem p : report.problems()) {
                    assertThat(p.message()).isNotBlank();
                    if (p.file() != null && p.position() != null) {
                        assertThat(p.position().offset()).isBetween(0, mutated.text(p.file()).orElse("").length());
                    }
                }
                validated++;
            }
        }
        System.out.println("Fuzz: " + validated + " mutated revisions validated without a crash.");
        assertThat(validated).isGreaterThan(2000);
    }

    private Revision mutate(Revision r) {
        List<RevisionFile> present = new ArrayList<>();
        for (RevisionFile f : RevisionFile.values()) {
            if (r.has(f)) {
                present.add(f);
            }
        }
        RevisionFile file = present.get(random.nextInt(present.size()));
        String text = r.text(file).orElse("");
        return switch (random.nextInt(8)) {
            case 0 -> r.withText(file, text.substring(0, random.nextInt(text.length() + 1))); // truncated
            case 1 -> r.withText(file, deleteSome(text));
            case 2 -> r.withText(file, insertJunk(text));
            case 3 -> r.withText(file, "[".repeat(5000) + "]".repeat(5000)); // deep nesting
            case 4 -> file.isJson() ? r.withTree(file, retype(r, file)) : r.withText(file, text + "{{#x}}");
            case 5 -> file.isJson() ? r.withTree(file, randomKeys(r, file)) : r.withText(file, "{{/a}}" + text);
            case 6 -> r.withText(file, text.replaceFirst("\"", "\"" + "x".repeat(1_000_000))); // huge string
            default -> r.without(file);
        };
    }

    private String deleteSome(String text) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0; i < 5 && sb.length() > 0; i++) {
            sb.deleteCharAt(random.nextInt(sb.length()));
        }
        return sb.toString();
    }

    private String insertJunk(String text) {
        String[] junk = {"{", "}", "[", "]", ",", ":", "\"", "\\u00e9", "\u00e9", "{{", "}}", "{{#", "{{>", "\\", "\u0000", "null"};
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0; i < 3; i++) {
            sb.insert(random.nextInt(sb.length() + 1), junk[random.nextInt(junk.length)]);
        }
        return sb.toString();
    }

    /** Replaces a random value of the tree with a value of another type. */
    private JsonNode retype(Revision r, RevisionFile file) {
        JsonNode tree = r.document(file).flatMap(d -> d.tree()).map(n -> (JsonNode) n.deepCopy()).orElse(null);
        if (tree == null || !tree.isContainerNode() || tree.isEmpty()) {
            return JsonNodeFactory.instance.textNode("not an object");
        }
        JsonNode parent = tree;
        for (int depth = 0; depth < 1 + random.nextInt(6); depth++) {
            JsonNode child = randomChild(parent);
            if (child == null || !child.isContainerNode() || child.isEmpty()) {
                break;
            }
            parent = child;
        }
        JsonNode replacement = switch (random.nextInt(6)) {
            case 0 -> JsonNodeFactory.instance.numberNode(random.nextInt());
            case 1 -> JsonNodeFactory.instance.textNode("one");
            case 2 -> JsonNodeFactory.instance.booleanNode(true);
            case 3 -> JsonNodeFactory.instance.nullNode();
            case 4 -> JsonNodeFactory.instance.arrayNode().add(1).add("two");
            default -> JsonNodeFactory.instance.objectNode().put("type", "objekt");
        };
        if (parent instanceof ObjectNode o && o.size() > 0) {
            o.set(nthKey(o, random.nextInt(o.size())), replacement);
        } else if (parent instanceof ArrayNode a && a.size() > 0) {
            a.set(random.nextInt(a.size()), replacement);
        }
        return tree;
    }

    private JsonNode randomKeys(Revision r, RevisionFile file) {
        JsonNode tree = r.document(file).flatMap(d -> d.tree()).map(n -> (JsonNode) n.deepCopy()).orElse(null);
        if (!(tree instanceof ObjectNode o)) {
            return JsonNodeFactory.instance.objectNode().put("k", 1);
        }
        o.put("desription", "typo");
        o.putObject("type:").put("pattern", "([a-z");
        o.put("x" + random.nextInt(1000), random.nextInt());
        return o;
    }

    private JsonNode randomChild(JsonNode parent) {
        if (parent.isObject()) {
            return parent.get(nthKey((ObjectNode) parent, random.nextInt(parent.size())));
        }
        return parent.get(random.nextInt(parent.size()));
    }

    private static String nthKey(ObjectNode o, int n) {
        Iterator<String> it = o.fieldNames();
        String key = it.next();
        for (int i = 0; i < n; i++) {
            key = it.next();
        }
        return key;
    }
}
