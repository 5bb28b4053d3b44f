package io.universestudio.core.validate;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem code the rules can produce is documented in docs/validation-rules.md. */
class ValidationRulesDocTest {

    private static final Pattern CODE = Pattern.compile(
            "\"((?:PKG|RES|CMD|CONFIG|JSON|FILE|REV|REPO|TEMPLATE|VALIDATOR|BUNDLE|REGISTRY)-[A-Z0-9-]*[A-Z0-9])\"");

    @Test
    void everyCodeInTheSourcesIsDocumented() throws Exception {
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
        // Codes built from a file prefix and the failed keyword, as SchemaFindings does.
        for (String suffix : new String[] {"MISSING-FIELD", "UNKNOWN-FIELD", "WRONG-TYPE", "SCHEMA"}) {
            for (String prefix : new String[] {"PKG", "RES", "CMD", "CONFIG-SCHEMA"}) {
                codes.add(prefix + "-" + suffix);
            }
        }
        codes.remove("CONFIG-SCHEMA"); // the prefix of the config meta-schema codes, not a code
        String doc = Files.readString(Path.of("docs/validation-rules.md"));
        assertThat(codes).hasSizeGreaterThan(40).contains("BUNDLE-REF-MISSING", "REGISTRY-URL");
        assertThat(codes).allSatisfy(code -> assertThat(doc).contains("`" + code + "`"));
    }
}
