package io.universestudio.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class CommandArgumentsTest {

    @Test
    void knowsEverySubcommandPicocliKnows() {
        assertThat(CommandArguments.SUBCOMMANDS)
                .containsExactlyInAnyOrderElementsOf(new CommandLine(new StudioCommand()).getSubcommands().keySet());
    }

    @Test
    void aSubcommandOrAnOptionRunsTheCommandLine() {
        assertThat(CommandArguments.isCommandLine(new String[] {"validate", "x"})).isTrue();
        assertThat(CommandArguments.isCommandLine(new String[] {"--version"})).isTrue();
        assertThat(CommandArguments.isCommandLine(new String[] {"-h"})).isTrue();
    }

    @Test
    void nothingOrAPathOpensTheWindow() {
        assertThat(CommandArguments.isCommandLine(new String[0])).isFalse();
        assertThat(CommandArguments.isCommandLine(new String[] {"../packages/D/datastax-dse/700"})).isFalse();
        assertThat(CommandArguments.isCommandLine(new String[] {"validator"})).isFalse();
    }
}
