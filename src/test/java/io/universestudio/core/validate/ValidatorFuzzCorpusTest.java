package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.index.EntryBuilder;
import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.index.RepoSchemas;
import io.universestudio.core.index.RepositoryIndex;
import io.universestudio.core.io.FileTrees;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.io.RevisionWriter;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.render.RenderFailure;
import io.universestudio.core.render.RenderRequest;
import io.universestudio.core.render.RenderResult;
import io.universestudio.core.render.Renderer;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No input makes validate, render or index fail: thousands of mutated corpus revisions (truncated, wrong
 * types, random keys, deep nesting, huge strings, random characters; hostile templates that loop, nest or
 * recurse without end; hostile schemas with self-references, bad patterns and absurd keywords; odd files
 * on disk: folders, sparse gigabytes, links out of the repository, other encodings) go through all three
 * in this JVM. Nothing is thrown, no operation takes more than 5 seconds of CPU time, and every message is
 * a plain sentence, free of parser internals, Java class names and stack traces.
 *
 * <p>Seeded: {@code -Dfuzz.seed=N} replays a run; the seed is printed with the counts.
 */
class ValidatorFuzzCorpusTest {

    private static final int MUTATIONS_PER_REVISION = 10;
    private static final int COSTLY_RUNS = 12;
    private static final long MAX_CPU_NANOS_PER_OPERATION = 5_000_000_000L;
    /** What a person must never read: parser internals, Java class names, stack traces. */
    private static final Pattern INTERNALS = Pattern.compile(
            "\\(code \\d+|StreamReadConstraints|\\[Source: |\\tat |\\bat (java|com|org|io)\\.|"
                    + "\\b(java|javax|jdk|sun|com|org|io|net)\\.([a-z_][a-z0-9_]*\\.)+[A-Z]\\w*|"
                    + "\\b[A-Z]\\w*(Exception|Error)\\b|@[0-9a-f]{6,}\\b");

    private final long seed = Long.getLong("fuzz.seed", 20261124L);
    private final Random random = new Random(seed);
    private final Validator validator = new Validator();
    private final Renderer renderer = new Renderer();
    private final RepoSchemas schemas = new IndexGenerator().schemas();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Map<String, Integer> counts = new TreeMap<>();
    private final Map<Integer, Integer> costly = new TreeMap<>();
    private final Map<String, Long> wallMillisByOperation = new TreeMap<>();
    private final Map<String, Long> wallMillisByKind = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private long maxCpuNanos;
    private long maxWallNanos;
    private String slowest = "";

    @TempDir
    Path temp;

    /** One mutated revision: what was done, and the revision (held in memory, or written to disk). */
    private record Mutant(String kind, Revision revision, Path folder) {
    }

    @Test
    void mutatedCorpusRevisionsPassValidateRenderAndIndexWithPlainMessages() throws Exception {
        List<Path> revisions = Shared.corpusRevisions();
        long start = System.nanoTime();
        long cpuStart = os.getProcessCpuTime();
        int runs = 0;
        for (int i = 0; i < revisions.size(); i += 5) {
            Revision original = RevisionReader.read(revisions.get(i));
            for (int m = 0; m < MUTATIONS_PER_REVISION; m++) {
                Mutant mutant = mutate(original, revisions.get(i).getFileName().toString());
                counts.merge(mutant.kind(), 1, Integer::sum);
                String label = revisions.get(i) + " mutation " + m + " (" + mutant.kind() + ")";
                long t0 = System.nanoTime();
                check(label, mutant);
                wallMillisByKind.merge(mutant.kind().replaceAll(" (package|config|resource|command)\\.json| marathon\\.json\\.mustache", ""),
                        (System.nanoTime() - t0) / 1_000_000, Long::sum);
                runs++;
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        long cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1_000_000_000L;
        System.out.printf("Fuzz (seed %d): %d mutated revisions through validate, render and index in %d s (%d s CPU);"
                        + " %d failures; slowest operation %d ms CPU, %d ms wall (%s); ms per operation: %s"
                        + "%n  by mutation: %s%n",
                seed, runs, seconds, cpuSeconds, failures.size(), maxCpuNanos / 1_000_000, maxWallNanos / 1_000_000, slowest,
                wallMillisByOperation, counts);
        System.out.println("  ms by mutation: " + wallMillisByKind);
        assertThat(failures).as("seed " + seed).isEmpty();
        assertThat(runs).isGreaterThanOrEqualTo(2000);
        assertThat(maxCpuNanos).as("CPU time of the slowest operation (%s)", slowest)
                .isLessThan(MAX_CPU_NANOS_PER_OPERATION);
    }

    private void check(String label, Mutant mutant) {
        Revision r = mutant.revision();
        ValidationReport report = timed(label, "validate", () -> validator.validate(r));
        if (report != null) {
            if (!report.withCode("VALIDATOR-INTERNAL").isEmpty()) {
                failures.add(label + ": " + report.withCode("VALIDATOR-INTERNAL"));
            }
            for (Problem p : report.problems()) {
                plain(label, "validate " + p.code(), p.message());
                plain(label, "hint of " + p.code(), p.hint());
                if (p.message().isBlank()) {
                    failures.add(label + ": a blank message for " + p.code());
                }
                if (p.file() != null && p.position() != null) {
                    int length = r.text(p.file()).orElse("").length();
                    if (p.position().offset() < 0 || p.position().offset() > length) {
                        failures.add(label + ": " + p.code() + " points outside its file");
                    }
                }
            }
        }
        RenderResult rendered = timed(label, "render", () -> renderer.render(r, RenderRequest.defaults()));
        if (rendered instanceof RenderFailure f) {
            plain(label, "render " + f.kind(), f.message());
            f.optionsErrors().forEach(e -> plain(label, "render option", e.message()));
        }
        if (mutant.folder() != null) {
            RepositoryIndex index = timed(label, "index", () -> new IndexGenerator(schemas).index(temp.resolve("repo")));
            if (index != null) {
                index.problems().forEach(p -> plain(label, "index " + p.code(), p.message()));
            }
        } else {
            List<String> reasons = timed(label, "index", () -> indexInMemory(r));
            if (reasons != null) {
                reasons.forEach(reason -> plain(label, "index", reason));
            }
        }
    }

    /** The index's own steps for one revision: the entry from the files' bytes, then every schema it meets. */
    private List<String> indexInMemory(Revision r) {
        Map<RevisionFile, byte[]> files = new EnumMap<>(RevisionFile.class);
        for (RevisionFile f : RevisionFile.values()) {
            r.source(f).ifPresent(s -> files.put(f, s.bytes()));
        }
        EntryBuilder.Result entry = EntryBuilder.build(files, 0);
        return entry.built() ? RepositoryIndex.check(entry.entry(), schemas).reasons() : List.of(entry.refusal());
    }

    private <T> T timed(String label, String operation, Callable<T> work) {
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        try {
            return work.call();
        } catch (Throwable e) {
            failures.add(label + ": " + operation + " threw " + e);
            return null;
        } finally {
            long usedCpu = os.getProcessCpuTime() - cpu;
            long usedWall = System.nanoTime() - wall;
            if (usedCpu > maxCpuNanos) {
                maxCpuNanos = usedCpu;
                slowest = operation + " of " + label;
            }
            maxWallNanos = Math.max(maxWallNanos, usedWall);
            wallMillisByOperation.merge(operation, usedWall / 1_000_000, Long::sum);
        }
    }

    private void plain(String label, String where, String message) {
        if (message != null && INTERNALS.matcher(message).find()) {
            failures.add(label + ": " + where + " says \"" + shorten(message) + "\"");
        }
    }

    private static String shorten(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    // ---------------------------------------------------------------- mutations

    private Mutant mutate(Revision r, String name) throws Exception {
        int family = random.nextInt(20);
        if (family < 12) {
            return content(r);
        }
        if (family < 15) {
            return hostileTemplate(r);
        }
        if (family < 18) {
            return hostileSchema(r);
        }
        return oddFile(r, name);
    }

    private Mutant content(Revision r) {
        List<RevisionFile> present = new ArrayList<>();
        for (RevisionFile f : RevisionFile.values()) {
            if (r.has(f)) {
                present.add(f);
            }
        }
        RevisionFile file = present.get(random.nextInt(present.size()));
        String text = r.text(file).orElse("");
        return switch (random.nextInt(8)) {
            case 0 -> new Mutant("truncated", r.withText(file, text.substring(0, random.nextInt(text.length() + 1))), null);
            case 1 -> new Mutant("characters deleted", r.withText(file, deleteSome(text)), null);
            case 2 -> new Mutant("junk inserted", r.withText(file, insertJunk(text)), null);
            case 3 -> new Mutant("nested 5,000 deep", r.withText(file, "[".repeat(5000) + "]".repeat(5000)), null);
            case 4 -> file.isJson() ? new Mutant("value retyped", r.withTree(file, retype(r, file)), null)
                    : new Mutant("unclosed section", r.withText(file, text + "{{#x}}"), null);
            case 5 -> file.isJson() ? new Mutant("keys added", r.withTree(file, randomKeys(r, file)), null)
                    : new Mutant("stray close", r.withText(file, "{{/a}}" + text), null);
            case 6 -> new Mutant("huge string", r.withText(file, text.replaceFirst("\"", "\"" + "x".repeat(300_000))), null);
            default -> new Mutant("file removed", r.without(file), null);
        };
    }

    private static String thousand() {
        return IntStream.range(0, 1000).mapToObj(Integer::toString).collect(Collectors.joining(",", "[", "]"));
    }

    /** The revision's config.json with one more top-level option (a fresh object config when it has none). */
    private static Revision withOption(Revision r, String name, JsonNode schema) {
        ObjectNode config = r.config().flatMap(d -> d.object()).map(ObjectNode::deepCopy)
                .orElseGet(() -> JsonNodeFactory.instance.objectNode().put("type", "object"));
        JsonNode props = config.get("properties");
        ObjectNode properties = props instanceof ObjectNode o ? o : config.putObject("properties");
        properties.set(name, schema);
        return r.withTree(RevisionFile.CONFIG, config);
    }

    private static ObjectNode schema(String json) {
        try {
            return (ObjectNode) JsonText.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Hostile templates. The two that write up to the 10 MB budget cost most of a second each, so each runs
     * at most {@link #COSTLY_RUNS} times; the others are instant refusals.
     */
    private Mutant hostileTemplate(Revision r) {
        String template = r.template().orElse("{}");
        int at = random.nextInt(template.length() + 1);
        int kind = random.nextInt(9);
        if ((kind == 0 || kind == 8) && costly.merge(kind, 1, Integer::sum) > COSTLY_RUNS) {
            kind = 1 + random.nextInt(7);
        }
        return switch (kind) {
            case 0 -> new Mutant("template: three loops over 1,000 items", withOption(r, "fuzzarr",
                    schema("{\"type\": \"array\", \"default\": " + thousand() + "}"))
                    .withText(RevisionFile.TEMPLATE, template.substring(0, at)
                            + "{{#fuzzarr}}{{#fuzzarr}}{{#fuzzarr}}ab{{/fuzzarr}}{{/fuzzarr}}{{/fuzzarr}}"
                            + template.substring(at)), null);
            case 1 -> new Mutant("template: 1,000 nested sections", r.withText(RevisionFile.TEMPLATE,
                    template.substring(0, at) + "{{#a}}".repeat(1000) + "{{/a}}".repeat(1000) + template.substring(at)), null);
            case 2 -> new Mutant("template: 5,000 unclosed sections", r.withText(RevisionFile.TEMPLATE,
                    template + "{{^z}}".repeat(5000)), null);
            case 3 -> new Mutant("template: asJson renders itself", withOption(r, "fuzzself",
                    schema("{\"type\": \"string\", \"default\": \"{{#asJson}}fuzzself{{/asJson}}\"}"))
                    .withText(RevisionFile.TEMPLATE, "{\"id\": \"/x\", \"cmd\": {{#asJson}}fuzzself{{/asJson}}}"), null);
            case 4 -> new Mutant("template: asJson option nesting 3,000 deep", withOption(r, "fuzzdeep",
                    schema("{\"type\": \"string\", \"default\": \"" + "{{#a}}".repeat(3000) + "\"}"))
                    .withText(RevisionFile.TEMPLATE, "{\"cmd\": {{#asJson}}fuzzdeep{{/asJson}}}"), null);
            case 5 -> new Mutant("template: partials, inheritance and delimiters", r.withText(RevisionFile.TEMPLATE,
                    template.substring(0, at) + List.of("{{> other}}", "{{<base}}{{$x}}y{{/x}}{{/base}}",
                            "{{=<% %>=}}<%#a%>x<%/a%>", "{{{x}", "{{ }}", "{{#}}{{/}}", "{{&class}}", "{{%PRAGMA}}",
                            "{{?x}}y{{/x}}").get(random.nextInt(9)) + template.substring(at)), null);
            case 6 -> new Mutant("template: sections over the resource", r.withText(RevisionFile.TEMPLATE,
                    template.substring(0, at) + "{{#resource.assets.uris}}{{#resource}}{{.}}{{/resource}}"
                            + "{{/resource.assets.uris}}{{#.}}{{#.}}{{.}}{{/.}}{{/.}}" + template.substring(at)), null);
            case 7 -> new Mutant("template: binary", r.withText(RevisionFile.TEMPLATE,
                    new String(randomBytes(2000), StandardCharsets.ISO_8859_1)), null);
            default -> new Mutant("template: a value of 300,000 characters in a loop", withOption(r, "fuzzlong",
                    schema("{\"type\": \"string\", \"default\": \"" + "y".repeat(300_000) + "\"}"))
                    .withText(RevisionFile.TEMPLATE, "{\"a\": [{{#resource.images}}\"{{fuzzlong}}{{fuzzlong}}\",{{/resource.images}}"
                            + "\"{{fuzzlong}}\"]}"), null);
        };
    }

    private Mutant hostileSchema(Revision r) {
        return switch (random.nextInt(10)) {
            case 0 -> new Mutant("schema: $ref to itself", withOption(r, "fuzzref",
                    schema("{\"$ref\": \"#/properties/fuzzref\"}")), null);
            case 1 -> new Mutant("schema: $ref to the root", withOption(r, "fuzzroot",
                    schema("{\"type\": \"object\", \"properties\": {\"again\": {\"$ref\": \"#\"}}, \"default\": {\"again\":"
                            + " {\"again\": {}}}}")), null);
            case 2 -> new Mutant("schema: broken and backtracking patterns", withOption(r, "fuzzpattern",
                    schema("{\"type\": \"string\", \"pattern\": \"" + List.of("([a-z", "^(a+)+$", "(x+x+)+y", "\\\\",
                            "[z-a]", "(?<n>a)\\\\k<m>").get(random.nextInt(6)) + "\", \"default\": \"" + "a".repeat(30)
                            + "!\"}")), null);
            case 3 -> new Mutant("schema: keywords of the wrong type", withOption(r, "fuzztypes",
                    schema("{\"type\": [\"string\", 7, null], \"required\": 5, \"properties\": [], \"enum\": {},"
                            + " \"minimum\": \"x\", \"items\": 3, \"default\": {}}")), null);
            case 4 -> new Mutant("schema: absurd numbers", withOption(r, "fuzznumbers",
                    schema("{\"type\": \"number\", \"minimum\": 1e400, \"maximum\": -1e400, \"multipleOf\": 1e-400,"
                            + " \"default\": 123456789012345678901234567890123456789012345678901234567890}")), null);
            case 5 -> new Mutant("schema: 5,000-value enum", withOption(r, "fuzzenum", schema("{\"type\": \"integer\","
                    + " \"enum\": " + IntStream.range(0, 5_000).mapToObj(Integer::toString)
                    .collect(Collectors.joining(",", "[", "]")) + ", \"default\": -1}")), null);
            case 6 -> new Mutant("schema: keys of odd characters", withOption(r, "", schema("{\"type\": \"object\","
                    + " \"properties\": {\"/\": {\"default\": 1}, \"~1\": {\"default\": 2}, \"a.b\": {\"default\": 3},"
                    + " \"\\u0000\": {\"default\": 4}, \"" + "k".repeat(5000) + "\": {\"default\": 5}}}")), null);
            case 7 -> new Mutant("schema: nested 90 levels with defaults", withOption(r, "fuzznest",
                    schema("{\"type\": \"object\", \"properties\": {\"a\": ".repeat(90) + "{\"default\": 1}"
                            + "}}".repeat(90))), null);
            case 8 -> new Mutant("schema: formats and dependencies", withOption(r, "fuzzformat",
                    schema("{\"type\": \"string\", \"format\": \"regex\", \"default\": \"([\", \"dependencies\":"
                            + " {\"x\": [\"y\", 3]}, \"additionalProperties\": {\"$ref\": \"#/nowhere\"},"
                            + " \"allOf\": [{\"$ref\": \"http://example.invalid/s.json\"}]}")), null);
            default -> new Mutant("schema: not an object", r.withText(RevisionFile.CONFIG,
                    List.of("[]", "\"config\"", "null", "{\"type\": \"object\", \"properties\": null}", "1e99999")
                            .get(random.nextInt(5))), null);
        };
    }

    /** The revision written into a one-package repository, with something odd among its files. */
    private Mutant oddFile(Revision r, String revisionFolder) throws Exception {
        Path repo = temp.resolve("repo");
        FileTrees.deleteTree(repo);
        Path dir = repo.resolve("packages").resolve("F").resolve("fuzz").resolve("0");
        RevisionWriter.write(r, dir);
        RevisionFile file = RevisionFile.values()[random.nextInt(RevisionFile.values().length)];
        Path target = dir.resolve(file.fileName());
        Files.deleteIfExists(target);
        String kind;
        switch (random.nextInt(7)) {
            case 0 -> {
                Files.createDirectories(target.resolve("inside"));
                kind = "file: a folder instead of " + file.fileName();
            }
            case 1 -> {
                try (RandomAccessFile f = new RandomAccessFile(target.toFile(), "rw")) {
                    f.setLength(2L * 1024 * 1024 * 1024 + random.nextInt(1000));
                }
                kind = "file: " + file.fileName() + " sparse, over 2 GB";
            }
            case 2 -> {
                Path outside = Files.writeString(temp.resolve("outside-" + revisionFolder), "{\"secret\": true}");
                Files.createSymbolicLink(target, random.nextBoolean() ? outside : Path.of("/dev/zero"));
                kind = "file: " + file.fileName() + " links out of the repository";
            }
            case 3 -> {
                Files.createSymbolicLink(target, dir.resolve("nowhere"));
                kind = "file: " + file.fileName() + " links to nothing";
            }
            case 4 -> {
                byte[] body = r.text(file).orElse("{}").getBytes(random.nextBoolean() ? StandardCharsets.UTF_16LE
                        : StandardCharsets.UTF_16BE);
                Files.write(target, random.nextBoolean() ? body : concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                        r.text(file).orElse("{}").getBytes(StandardCharsets.UTF_8)));
                kind = "file: " + file.fileName() + " in UTF-16 or with a byte order mark";
            }
            case 5 -> {
                Files.write(target, randomBytes(5000));
                kind = "file: " + file.fileName() + " binary";
            }
            default -> {
                Files.write(target, new byte[0]);
                kind = "file: " + file.fileName() + " empty";
            }
        }
        return new Mutant(kind, RevisionReader.read(dir), dir);
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private String deleteSome(String text) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0; i < 5 && sb.length() > 0; i++) {
            sb.deleteCharAt(random.nextInt(sb.length()));
        }
        return sb.toString();
    }

    private String insertJunk(String text) {
        String[] junk = {"{", "}", "[", "]", ",", ":", "\"", "\\u00e9", "\u00e9", "{{", "}}", "{{#", "{{>", "\\", "\u0000",
                "null", "\ufeff", "\u0001", "1e99999", "-", "/*", "'"};
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
