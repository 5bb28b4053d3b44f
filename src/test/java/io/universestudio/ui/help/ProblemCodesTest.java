package io.universestudio.ui.help;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Help > Problem codes says exactly what docs/validation-rules.md says, for every code the rules produce. */
class ProblemCodesTest {

    private static final Pattern CODE = Pattern.compile(
            "\"((?:PKG|RES|CMD|CONFIG|JSON|FILE|REV|REPO|TEMPLATE|VALIDATOR|BUNDLE|REGISTRY)-[A-Z0-9-]*[A-Z0-9])\"");

    @Test
    void theApplicationCarriesTheDocumentItself() throws Exception {
        assertThat(ProblemCodes.bundled().source()).isEqualTo(Files.readString(Path.of("docs/validation-rules.md")));
    }

    @Test
    void everyCodeTheRulesProduceHasAnExplanationWithWhatOrFix() throws Exception {
        Set<String> codes = new TreeSet<>();
        for (String folder : new String[] {"validate", "bundle"}) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/universestudio/core", folder))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = CODE.matcher(Files.readString(f));
                    while (m.find()) {
                        codes.add(m.group(1));
                    }
                }
            }
        }
        codes.remove("CONFIG-SCHEMA");
        ProblemCodes help = ProblemCodes.bundled();
        assertThat(codes).hasSizeGreaterThan(40);
        assertThat(codes).allSatisfy(code -> {
            ProblemCodes.Entry entry = help.find(code).orElseThrow(() -> new AssertionError(code + " has no entry"));
            assertThat(entry.mentions()).allSatisfy(m -> assertThat(m.column("What") + m.column("Fix")).isNotBlank());
        });
    }

    @Test
    void aRowNamingSeveralCodesExplainsEachAndACodeInTwoTablesHasBoth() {
        ProblemCodes help = ProblemCodes.parse("""
                ## Files
                | Code | Severity | What | Fix |
                |---|---|---|---|
                | `RES-A`, `RES-B` (in 2.0) | error | resource.json is `odd`. | Fix **it**. |

                ## Fixes
                | Code | Fix |
                |---|---|
                | `RES-A` | Add a thing. |
                """);
        assertThat(help.entries()).extracting(ProblemCodes.Entry::code).containsExactly("RES-A", "RES-B");
        ProblemCodes.Entry a = help.find("RES-A").orElseThrow();
        assertThat(a.mentions()).extracting(ProblemCodes.Mention::section).containsExactly("Files", "Fixes");
        assertThat(a.severity()).isEqualTo("error");
        assertThat(a.summary()).isEqualTo("resource.json is odd.");
        assertThat(a.mentions().get(0).column("Fix")).isEqualTo("Fix it.");
        assertThat(a.mentions().get(0).column("Note")).isEqualTo("(in 2.0)");
        assertThat(a.mentions().get(1).column("Fix")).isEqualTo("Add a thing.");
        assertThat(help.search("odd res-b")).extracting(ProblemCodes.Entry::code).containsExactly("RES-B");
        assertThat(help.search("thing")).extracting(ProblemCodes.Entry::code).containsExactly("RES-A");
    }
}
