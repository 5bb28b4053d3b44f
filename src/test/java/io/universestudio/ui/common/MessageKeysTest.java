package io.universestudio.ui.common;

import io.universestudio.core.model.PackageField;
import io.universestudio.core.validate.Severity;
import io.universestudio.ui.publish.PublishFailures;
import io.universestudio.ui.wizard.NewPackageViewModel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text key the application can ask for exists in messages.properties, so none shows as {@code !key!}.
 *
 * <p>Keys reach {@link Messages#get} as literals, through helpers ({@code item("action.publish", ...)}) and
 * variables, or are completed at run time ({@code "pkg." + field + ".label"}). So the check does not look
 * for calls: every string literal in the UI sources that is shaped like a key (lower-case words joined by
 * dots) must be a key, unless it is one of the few file and host names listed below. A literal ending in a
 * dot starts keys completed at run time; each such prefix must have its completions enumerated below from
 * the code the window uses. Only the UI can ask: core and cli cannot reach {@link Messages} (ArchitectureTest).
 */
class MessageKeysTest {

    private static final Path UI_SOURCES = Path.of("src/main/java/io/universestudio/ui");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.-]+)\"");
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_-]+)+");
    private static final Pattern PREFIX = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9_-]+)*\\.");
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(json|css|fxml|png|mustache)");
    /** Dotted literals in the UI that are not keys. */
    private static final Set<String> NOT_KEYS = Set.of(Messages.BUNDLE, "github.com", "gitlab.com",
            "java.version", "java.vendor", "javafx.version", "javafx.runtime.version", "prism.order");

    /** Keys completed at run time, by prefix, enumerated from the code that completes them. */
    private static final Map<String, Supplier<List<String>>> COMPLETED_AT_RUN_TIME = new LinkedHashMap<>();

    static {
        COMPLETED_AT_RUN_TIME.put("pkg.", () -> {
            List<String> keys = new ArrayList<>();
            for (PackageField f : PackageField.ALL) {
                keys.add("pkg." + f.key() + ".label");
                keys.add("pkg." + f.key() + ".help");
                if (f.kind() == PackageField.Kind.BOOLEAN) {
                    keys.add("pkg." + f.key() + ".check");
                }
            }
            return keys;
        });
        COMPLETED_AT_RUN_TIME.put("severity.", () -> Stream.of(Severity.values()).map(s -> "severity." + s.label()).toList());
        COMPLETED_AT_RUN_TIME.put("wizard.sample.", () -> new NewPackageViewModel().samples().stream()
                .map(s -> "wizard.sample." + s).toList());
        COMPLETED_AT_RUN_TIME.put("publish.failed.", () -> Stream.of(PublishFailures.Cause.values())
                .map(PublishFailures::key).toList());
    }

    private final ResourceBundle bundle = Messages.load().bundle();

    /** A string literal and where it is. */
    record Literal(String text, Path file, int line) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line;
        }
    }

    @Test
    void everyKeyTheInterfaceCanAskForExists() throws IOException {
        Map<String, List<String>> missing = new TreeMap<>();
        Set<String> prefixesInCode = new TreeSet<>();
        int checked = 0;
        for (Literal literal : uiLiterals()) {
            String text = literal.text();
            if (PREFIX.matcher(text).matches()) {
                prefixesInCode.add(text);
            } else if (KEY.matcher(text).matches() && !NOT_KEYS.contains(text) && !FILE_NAME.matcher(text).matches()) {
                checked++;
                if (!bundle.containsKey(text)) {
                    missing.computeIfAbsent(text, k -> new ArrayList<>()).add(literal.toString());
                }
            }
        }
        for (String key : fxmlKeys()) {
            checked++;
            if (!bundle.containsKey(key)) {
                missing.computeIfAbsent(key, k -> new ArrayList<>()).add("an FXML file");
            }
        }
        assertThat(prefixesInCode).as("key prefixes completed at run time: enumerate their keys in COMPLETED_AT_RUN_TIME")
                .containsExactlyInAnyOrderElementsOf(COMPLETED_AT_RUN_TIME.keySet());
        for (Map.Entry<String, Supplier<List<String>>> e : COMPLETED_AT_RUN_TIME.entrySet()) {
            List<String> keys = e.getValue().get();
            assertThat(keys).as(e.getKey()).isNotEmpty().allMatch(k -> k.startsWith(e.getKey()));
            for (String key : keys) {
                checked++;
                if (!bundle.containsKey(key)) {
                    missing.computeIfAbsent(key, k -> new ArrayList<>()).add("completed at run time from \"" + e.getKey() + "\"");
                }
            }
        }
        assertThat(checked).as("the scan sees the interface's keys").isGreaterThan(300);
        assertThat(missing).as("keys the interface can ask for, missing from messages.properties").isEmpty();
    }

    @Test
    void theScanFindsKeysPassedThroughHelpersAndVariablesButNotInComments() {
        String source = """
                class X {
                    // messages.get("in.a.comment")
                    /* "in.a.block.comment" */
                    MenuItem item = item("action.publish", "Shortcut+P", this::publish);
                    String key = ok ? "repos.kind.local" : "repos.kind.git";
                    String text = "a \\"quoted\\" word"; char c = '"'; String url = "http://example.com//x";
                    String last = "status.saved";
                }
                """;
        assertThat(literals(source, Path.of("X.java"))).extracting(Literal::text).containsExactly(
                "action.publish", "Shortcut+P", "repos.kind.local", "repos.kind.git", "a \\\"quoted\\\" word",
                "http://example.com//x", "status.saved");
    }

    @Test
    void everyTextSurvivesMessageFormat() {
        for (String key : bundle.keySet()) {
            String pattern = bundle.getString(key);
            java.text.Format[] formats = new java.text.MessageFormat(pattern).getFormatsByArgumentIndex();
            Object[] args = {"A", "B", "C", "D"};
            for (int i = 0; i < formats.length && i < args.length; i++) {
                if (formats[i] instanceof java.text.NumberFormat || formats[i] instanceof java.text.ChoiceFormat) {
                    args[i] = 2; // a count: "2 files"
                }
            }
            String formatted = Messages.load().get(key, args);
            long quotesIn = pattern.replace("''", "\u0000").chars().filter(c -> c == 0).count();
            long quotesOut = formatted.chars().filter(c -> c == '\'').count();
            assertThat(quotesOut).as("single quotes in %s must be doubled", key).isEqualTo(quotesIn);
        }
    }

    @Test
    void patternsWithArgumentsFormat() {
        Messages m = Messages.load();
        assertThat(m.get("unsaved.discard")).isEqualTo("Don't Save");
        assertThat(m.get("status.saved", 2, "/x")).isEqualTo("Saved 2 changed files to /x");
        assertThat(m.get("no.such.key")).isEqualTo("!no.such.key!");
    }

    private static List<Literal> uiLiterals() throws IOException {
        List<Literal> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                all.addAll(literals(Files.readString(f), f));
            }
        }
        return all;
    }

    private static List<String> fxmlKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher m = FXML_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    /**
     * The string literals of Java source, as written (escapes kept), leaving out comments, character
     * literals and text blocks (no key is written in a text block).
     */
    static List<Literal> literals(String source, Path file) {
        List<Literal> out = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? n : end + 3;
                line += count(source, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    out.add(new Literal(source.substring(i + 1, Math.min(j, n)), file, line));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
