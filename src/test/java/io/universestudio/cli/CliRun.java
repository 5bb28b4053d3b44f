package io.universestudio.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the {@code universe-studio} command in this JVM: its exit code and what it printed. */
record CliRun(int code, String out, String err) {

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = StudioCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
