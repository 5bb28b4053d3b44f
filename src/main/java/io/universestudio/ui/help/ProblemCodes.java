package io.universestudio.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The explanation of every problem code, read from docs/validation-rules.md itself: the build copies that
 * file into the application (pom.xml, resources), so the window and the document cannot say different
 * things. Each table row of the document becomes a {@link Mention} of each code in its first cell; a code
 * named in several tables (a rule and its fix) has all of them.
 */
public final class ProblemCodes {

    /** Where the build puts the copy of docs/validation-rules.md. */
    public static final String RESOURCE = "/io/universestudio/help/validation-rules.md";
    private static final Pattern CODE = Pattern.compile("`([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)`");

    /** One table row naming the code: the section it is in and the row's columns by their header. */
    public record Mention(String section, Map<String, String> columns) {
        public String column(String name) {
            return columns.getOrDefault(name, "");
        }
    }

    /** A code and every row that explains it. */
    public record Entry(String code, List<Mention> mentions) {

        /** The severity the first row with one gives ("error", "warning", "info"), or "". */
        public String severity() {
            return mentions.stream().map(m -> m.column("Severity")).filter(s -> !s.isEmpty()).findFirst().orElse("");
        }

        /** The first "What" of the code: a one-line summary for lists. */
        public String summary() {
            return mentions.stream().map(m -> m.column("What")).filter(s -> !s.isEmpty()).findFirst()
                    .orElse(mentions.get(0).column("Fix"));
        }

        /** True when every word of {@code query} is in the code, the section or the text. */
        public boolean matches(String query) {
            String all = (code + " " + mentions.stream().map(m -> m.section() + " " + String.join(" ", m.columns().values()))
                    .reduce("", (a, b) -> a + " " + b)).toLowerCase(Locale.ROOT);
            for (String word : query.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
                if (!word.isEmpty() && !all.contains(word)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final String source;
    private final Map<String, Entry> entries;

    private ProblemCodes(String source, Map<String, Entry> entries) {
        this.source = source;
        this.entries = entries;
    }

    /** The explanations the application carries. */
    public static ProblemCodes bundled() {
        try (InputStream in = ProblemCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not in the build: pom.xml copies it from docs/");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the tables of the document: a header row names the columns, then one row per code (or codes). */
    public static ProblemCodes parse(String markdown) {
        Map<String, List<Mention>> byCode = new LinkedHashMap<>();
        String section = "";
        List<String> header = null;
        for (String raw : markdown.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("## ")) {
                section = plain(line.substring(3));
                header = null;
            } else if (!line.startsWith("|")) {
                header = null;
            } else if (header == null) {
                header = cells(line);
            } else if (!line.matches("\\|[-|: ]+\\|")) {
                List<String> cells = cells(line);
                Map<String, String> columns = new LinkedHashMap<>();
                for (int i = 1; i < cells.size() && i < header.size(); i++) {
                    columns.put(header.get(i), plain(cells.get(i)));
                }
                String first = cells.get(0);
                String note = plain(first.replaceAll(CODE.pattern() + ",?", "")).strip();
                if (!note.isEmpty()) {
                    columns.put("Note", note);
                }
                Matcher m = CODE.matcher(first);
                while (m.find()) {
                    byCode.computeIfAbsent(m.group(1), c -> new ArrayList<>()).add(new Mention(section, Map.copyOf(columns)));
                }
            }
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        byCode.forEach((code, mentions) -> entries.put(code, new Entry(code, List.copyOf(mentions))));
        return new ProblemCodes(markdown, entries);
    }

    private static List<String> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
        List<String> out = new ArrayList<>();
        for (String c : inner.split("(?<!\\\\)\\|", -1)) {
            out.add(c.strip().replace("\\|", "|"));
        }
        return out;
    }

    /** Markdown to the plain text a label shows: code marks and emphasis dropped. */
    static String plain(String markdown) {
        return markdown.replace("`", "").replace("**", "").strip();
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    public Optional<Entry> find(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    public List<Entry> search(String query) {
        return entries.values().stream().filter(e -> e.matches(query)).toList();
    }

    /** The document as read, word for word. */
    public String source() {
        return source;
    }
}
