package io.universestudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line in a real JVM, as a person runs it, on templates that used to end in an
 * OutOfMemoryError or a StackOverflowError with a long stack trace: plain sentences, exit code 1 for a
 * package that goes over the render budget, 2 for a command that could not run, and the details in a log
 * file only with {@code --verbose}.
 */
class CommandLineFailuresTest {

    private static final String PACKAGE = "{\"packagingVersion\": \"4.0\", \"name\": \"hostile\", \"version\": \"1.0\","
            + " \"maintainer\": \"a@example.com\", \"description\": \"x\", \"tags\": [\"x\"]}";

    @TempDir
    Path temp;

    record Run(int exitCode, String out, String err) {
    }

    private Run run(List<String> jvmOptions, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "-Duniversestudio.dataDir=" + temp.resolve("data"), "-Duniversestudio.configDir=" + temp.resolve("config")));
        cmd.addAll(jvmOptions);
        cmd.add(io.universestudio.Main.class.getName());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(temp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private Path revision(String name, String config, String template) throws Exception {
        Path dir = Files.createDirectories(temp.resolve(name));
        Files.writeString(dir.resolve("package.json"), PACKAGE);
        Files.writeString(dir.resolve("config.json"), config);
        Files.writeString(dir.resolve("marathon.json.mustache"), template);
        return dir;
    }

    private static String arrayDefault() {
        String items = IntStream.range(0, 1000).mapToObj(Integer::toString).collect(Collectors.joining(","));
        return "{\"type\": \"object\", \"properties\": {\"arr\": {\"type\": \"array\", \"default\": [" + items + "]}}}";
    }

    private static void assertNoStackTrace(Run r) {
        String all = r.out() + r.err();
        assertThat(all).doesNotContain("\tat ", "Exception", "java.lang.", "OutOfMemoryError", "StackOverflowError");
    }

    @Test
    void threeNestedLoopsOverAThousandItemsAreABudgetProblemWithExitOne() throws Exception {
        Path dir = revision("loops", arrayDefault(), "{\"id\": \"/x\", \"cmd\": \"{{#arr}}{{#arr}}{{#arr}}ab{{/arr}}{{/arr}}{{/arr}}\"}");
        Run render = run(List.of(), "render", dir.toString());
        assertThat(render.exitCode()).isEqualTo(1);
        assertThat(render.err()).contains("`{{#arr}}` nested three deep over 1,000 items renders more than 10 MB");
        assertNoStackTrace(render);

        Run validate = run(List.of(), "validate", dir.toString());
        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.out()).contains("TEMPLATE-BUDGET", "`{{#arr}}` nested three deep over 1,000 items");
        assertNoStackTrace(validate);
    }

    @Test
    void aThousandNestedSectionsAndAsJsonRecursionEndWithAPlainMessage() throws Exception {
        Path nested = revision("nested", "{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"boolean\", \"default\": true}}}",
                "{\"cmd\": \"" + "{{#a}}".repeat(1000) + "x" + "{{/a}}".repeat(1000) + "\"}");
        Run r = run(List.of(), "render", nested.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("The template nests sections 1,000 deep");
        assertThat(r.err().lines().count()).isLessThan(5);
        assertNoStackTrace(r);

        Path recursive = revision("recursive", "{\"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\","
                + " \"default\": \"{{#asJson}}x{{/asJson}}\"}}}", "{\"cmd\": {{#asJson}}x{{/asJson}}}");
        Run a = run(List.of(), "render", recursive.toString());
        assertThat(a.exitCode()).isEqualTo(1);
        assertThat(a.err()).contains("renders option text that uses `{{#asJson}}` again");
        assertNoStackTrace(a);
    }

    @Test
    void runningOutOfMemoryIsASentenceAndTheDetailsGoToTheLogOnlyWithVerbose() throws Exception {
        // 24 MB of options text in a JVM allowed 16 MB: reading it cannot succeed.
        Path dir = revision("big", "{}", "{}");
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("config.json").toFile(), "rw")) {
            f.write("{\"x\": \"".getBytes(StandardCharsets.US_ASCII));
            f.write("y".repeat(24_000_000).getBytes(StandardCharsets.US_ASCII));
            f.write("\"}".getBytes(StandardCharsets.US_ASCII));
        }
        Run quiet = run(List.of("-Xmx16m"), "validate", dir.toString());
        assertThat(quiet.exitCode()).isEqualTo(2);
        assertThat(quiet.err()).startsWith("Error: Universe Studio ran out of memory, so the command stopped.")
                .contains("Run the command again with --verbose");
        assertNoStackTrace(quiet);
        Path log = temp.resolve("data").resolve("logs").resolve("cli.log");
        assertThat(log).doesNotExist();

        Run verbose = run(List.of("-Xmx16m"), "validate", "--verbose", dir.toString());
        assertThat(verbose.exitCode()).isEqualTo(2);
        assertThat(verbose.err()).contains("The details are in " + log);
        assertNoStackTrace(verbose);
        assertThat(Files.readString(log)).contains("java.lang.OutOfMemoryError", "\tat ");
    }
}
