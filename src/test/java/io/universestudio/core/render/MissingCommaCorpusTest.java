package io.universestudio.core.render;

import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.json.TextPosition;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.Problem;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mistake a newcomer makes most: a comma deleted at the end of a line of a real template. For the
 * newest revision of every corpus package whose template renders with its defaults, the first and the
 * last line of plain template text (no tags) whose comma, deleted, breaks the JSON are tried (the last one
 * usually sits after sections and values printed by tags). The problem must be reported on that line or
 * on the line of the next token, in the project's own words.
 */
class MissingCommaCorpusTest {

    private static final List<String> LIBRARY_WORDS = List.of("code 34", "(code", "Unexpected character",
            "was expecting", "StreamReadConstraints", "[Source", "REDACTED", "JsonParseException", "token '");

    private record Case(String revision, int line, int nextTokenLine, Problem problem) {
        boolean rightLine() {
            if (problem.position() == null) {
                return false;
            }
            int reported = problem.position().line();
            return reported == line || reported == nextTokenLine;
        }
    }

    @Test
    void aDeletedCommaIsReportedOnItsLineInPlainWords() throws Exception {
        TemplateRule rule = new TemplateRule();
        Path packages = Shared.corpus().resolve("packages");
        List<Case> cases = new ArrayList<>();
        for (Path dir : newestRevisionPerPackage(packages)) {
            Revision revision = RevisionReader.read(dir);
            Optional<String> template = revision.template();
            if (template.isEmpty() || rule.check(revision).stream().anyMatch(p -> p.code().equals("TEMPLATE-NOT-JSON"))) {
                continue;
            }
            for (boolean fromEnd : new boolean[] {false, true}) {
                breakingComma(rule, revision, template.get(), fromEnd)
                        .ifPresent(c -> cases.add(new Case(packages.relativize(dir) + (fromEnd ? " (last)" : " (first)"),
                                c.line, c.nextTokenLine, c.problem)));
            }
        }
        long right = cases.stream().filter(Case::rightLine).count();
        Map<String, String> wrong = new TreeMap<>();
        cases.stream().filter(c -> !c.rightLine()).forEach(c -> wrong.put(c.revision, "comma on line " + c.line
                + ", reported at " + c.problem.position() + ": " + c.problem.message()));
        System.out.printf("Deleted commas: %d templates, %d reported on the comma's line or the next token's line%n",
                cases.size(), right);
        wrong.forEach((k, v) -> System.out.println("  " + k + ": " + v));

        assertThat(cases.stream().map(c -> c.revision.replaceAll(" .*", "")).distinct()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(wrong).isEmpty();
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.problem.message()).contains("comma is missing");
            assertThat(LIBRARY_WORDS).noneMatch(w -> c.problem.message().contains(w) || c.problem.hint().contains(w));
        });
    }

    @Test
    void helloWorldsCpusLineIsBlamedNotTheTagAboveIt() throws Exception {
        Revision revision = RevisionReader.read(Shared.revision("H/hello-world/0"));
        String template = revision.template().orElseThrow();
        assertThat(template.lines().skip(2).findFirst()).hasValue("  \"cpus\": 1.0,");
        Revision broken = revision.withText(RevisionFile.TEMPLATE, template.replaceFirst("1\\.0,", "1.0"));

        Problem p = new TemplateRule().check(broken).stream().filter(x -> x.code().equals("TEMPLATE-NOT-JSON"))
                .findFirst().orElseThrow();
        assertThat(p.where()).isEqualTo("marathon.json.mustache:3:14");
        assertThat(p.message()).endsWith("a comma is missing after template line 3, between 1.0 and \"mem\" on"
                + " template line 4.");
        assertThat(p.hint()).startsWith("Add a comma after 1.0.");

        RenderFailure f = (RenderFailure) new Renderer().render(broken, RenderRequest.defaults());
        assertThat(f.templatePosition()).hasToString("3:14");
        assertThat(f.tag()).as("the comma sits in plain template text, not in a tag's output").isNull();
        assertThat(f.position()).as("where reading stopped in the rendered text").hasToString("4:3");
    }

    private record Found(int line, int nextTokenLine, Problem problem) {
    }

    /** The first (or last) tag-free template line ending in a comma whose deletion makes the defaults render non-JSON. */
    private static Optional<Found> breakingComma(TemplateRule rule, Revision revision, String template, boolean fromEnd) {
        String[] lines = template.split("\n", -1);
        int[] starts = new int[lines.length];
        for (int i = 1; i < lines.length; i++) {
            starts[i] = starts[i - 1] + lines[i - 1].length() + 1;
        }
        for (int k = 0; k < lines.length; k++) {
            int i = fromEnd ? lines.length - 1 - k : k;
            String line = lines[i];
            String trimmed = line.stripTrailing();
            int lineStart = starts[i];
            if (line.contains("{{") || line.contains("}}") || !trimmed.endsWith(",") || trimmed.endsWith(",,")) {
                continue;
            }
            int comma = lineStart + trimmed.length() - 1;
            String broken = template.substring(0, comma) + template.substring(comma + 1);
            Revision edited = revision.withText(RevisionFile.TEMPLATE, broken);
            Optional<Problem> notJson = rule.check(edited).stream()
                    .filter(p -> p.code().equals("TEMPLATE-NOT-JSON")).findFirst();
            if (notJson.isPresent()) {
                int next = comma;
                while (next < broken.length() && Character.isWhitespace(broken.charAt(next))) {
                    next++;
                }
                return Optional.of(new Found(i + 1, TextPosition.ofOffset(broken, next).line(), notJson.get()));
            }
        }
        return Optional.empty();
    }

    private static List<Path> newestRevisionPerPackage(Path packages) throws Exception {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> letters = Files.list(packages)) {
            for (Path letter : letters.sorted().toList()) {
                try (Stream<Path> names = Files.list(letter)) {
                    for (Path pkg : names.sorted().toList()) {
                        try (Stream<Path> revs = Files.list(pkg)) {
                            revs.filter(p -> p.getFileName().toString().matches("\\d+"))
                                    .max(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString())))
                                    .ifPresent(out::add);
                        }
                    }
                }
            }
        }
        return out;
    }
}
