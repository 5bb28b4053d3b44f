package io.universestudio.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every line of description that --help shows is a whole sentence, starting with a capital and ending with a full stop. */
class HelpTextTest {

    @Test
    void descriptionsAreWholeSentences() {
        CommandLine root = new CommandLine(new StudioCommand());
        List<String> notSentences = new ArrayList<>();
        List<CommandLine> commands = new ArrayList<>(root.getSubcommands().values());
        commands.add(root);
        for (CommandLine command : commands) {
            CommandSpec spec = command.getCommandSpec();
            String name = spec.qualifiedName();
            String[] description = spec.usageMessage().description();
            assertThat(description).as(name).isNotEmpty();
            // The first line is what the list of commands in "universe-studio --help" shows.
            check(name, description[0], notSentences);
            for (ArgSpec arg : spec.args()) {
                for (String line : arg.description()) {
                    check(name + " " + arg.paramLabel(), line, notSentences);
                }
            }
        }
        assertThat(notSentences).isEmpty();
    }

    private static void check(String where, String line, List<String> out) {
        String text = line.replace("%n", " ").strip();
        boolean sentence = !text.isEmpty() && (Character.isUpperCase(text.charAt(0)) || text.charAt(0) == '-')
                && (text.endsWith(".") || text.endsWith(".)"));
        if (!sentence) {
            out.add(where + ": " + text);
        }
    }
}
