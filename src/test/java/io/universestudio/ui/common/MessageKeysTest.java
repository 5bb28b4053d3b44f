package io.universestudio.ui.common;

import io.universestudio.core.model.PackageField;
import io.universestudio.core.validate.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text key the FXML files and the code use exists in messages.properties. */
class MessageKeysTest {

    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile("messages\\.get\\(\\s*\"([A-Za-z0-9_.]+)\"");
    private static final Pattern KEY_CONSTANT = Pattern.compile("\"((?:form|tab|pkg|draft|status)\\.[A-Za-z0-9_.]+)\"");

    private final ResourceBundle bundle = Messages.load().bundle();

    private static List<String> keysIn(Path root, String suffix, Pattern... patterns) throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                String text = Files.readString(f);
                for (Pattern pattern : patterns) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        if (!m.group(1).endsWith(".") && !m.group(1).endsWith(".json")) {
                            keys.add(m.group(1));
                        }
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyUsedExists() throws IOException {
        List<String> used = new ArrayList<>();
        used.addAll(keysIn(Path.of("src/main/resources"), ".fxml", FXML_KEY));
        used.addAll(keysIn(Path.of("src/main/java/io/universestudio/ui"), ".java", CODE_KEY, KEY_CONSTANT));
        for (PackageField f : PackageField.ALL) {
            used.add("pkg." + f.key() + ".label");
            used.add("pkg." + f.key() + ".help");
            if (f.kind() == PackageField.Kind.BOOLEAN) {
                used.add("pkg." + f.key() + ".check");
            }
        }
        for (Severity s : Severity.values()) {
            used.add("severity." + s.label());
        }
        assertThat(used).hasSizeGreaterThan(100);
        TreeSet<String> missing = new TreeSet<>(used);
        missing.removeIf(bundle::containsKey);
        assertThat(missing).as("keys used but missing from messages.properties").isEmpty();
    }

    @Test
    void everyTextSurvivesMessageFormat() {
        for (String key : bundle.keySet()) {
            String pattern = bundle.getString(key);
            String formatted = Messages.load().get(key, "A", "B", "C", "D");
            long quotesIn = pattern.replace("''", "\u0000").chars().filter(c -> c == 0).count();
            long quotesOut = formatted.chars().filter(c -> c == '\'').count();
            assertThat(quotesOut).as("single quotes in %s must be doubled", key).isEqualTo(quotesIn);
        }
    }

    @Test
    void patternsWithArgumentsFormat() {
        Messages m = Messages.load();
        assertThat(m.get("unsaved.discard")).isEqualTo("Don't Save");
        assertThat(m.get("status.saved", 2, "/x")).isEqualTo("Saved 2 changed file(s) to /x");
        assertThat(m.get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
