import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Replaces the native launchers of a Linux app image with small POSIX sh scripts that start the bundled
 * runtime directly (ADR 0138). jpackage's native launcher asks {@code rpm -qf} and {@code dpkg -S} which
 * package owns it before it starts the JVM: about 0.9 s on every start of the window and of every CLI
 * command. Run by {@code mvn -Pdist package} on Linux with the build's JDK in source-file mode, after the
 * start cache (TrainStartCache.java) and before the installer is made from the image:
 * {@code java packaging/linux/ShellLaunchers.java IMAGE_FOLDER}.
 *
 * <p>Each script is generated from the launcher's own {@code lib/app/NAME.cfg}, which stays in the image as
 * the one source of truth (jpackage and the .deb's postinst read it): the main class, the class path in its
 * order (the AOT cache needs the training's order) and every java-option, with {@code $APPDIR},
 * {@code $BINDIR} and {@code $ROOTDIR} resolved at run time from the script's own location, through
 * symbolic links. It adds {@code -Djpackage.app-path}, as the native launcher does, and passes its arguments
 * unchanged to the JVM, which it {@code exec}s, so the exit code is the application's. A .cfg entry this
 * generator does not know fails the build rather than making a launcher that silently drops it.
 */
public final class ShellLaunchers {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]*");
    private static final Pattern TOKEN = Pattern.compile("\\$(APPDIR|BINDIR|ROOTDIR)");
    /** The script's variables for the .cfg's tokens: names no one exports, so the JVM's environment stays the caller's. */
    private static final Map<String, String> VARIABLES = Map.of("APPDIR", "us_app", "BINDIR", "us_bin", "ROOTDIR", "us_root");

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args[0]).toAbsolutePath();
        Path bin = image.resolve("bin");
        Path appDir = image.resolve("lib").resolve("app");
        if (!Files.isRegularFile(image.resolve("lib/runtime/bin/java"))) {
            throw new IllegalStateException("Not a Linux app image with a runtime: " + image);
        }
        List<Path> cfgs;
        try (Stream<Path> files = Files.list(appDir)) {
            cfgs = files.filter(p -> p.getFileName().toString().endsWith(".cfg")).sorted().toList();
        }
        int written = 0;
        for (Path cfg : cfgs) {
            String name = cfg.getFileName().toString().replaceFirst("\\.cfg$", "");
            Path launcher = bin.resolve(name);
            if (!Files.isRegularFile(launcher)) {
                continue; // a .cfg without a launcher of its name is not a launcher's
            }
            String script = script(name, Files.readAllLines(cfg, StandardCharsets.UTF_8));
            Files.writeString(launcher, script, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
            written++;
        }
        if (written == 0) {
            throw new IllegalStateException("No launcher with a .cfg in " + bin);
        }
        // Loaded only by the native launchers, which are gone.
        Files.deleteIfExists(image.resolve("lib").resolve("libapplauncher.so"));
        System.out.println("[shell-launchers] " + written + " launcher(s) in " + bin + " start the runtime directly");
    }

    /** The sh launcher for the launcher {@code name} whose .cfg has {@code cfgLines}. */
    static String script(String name, List<String> cfgLines) {
        String mainClass = null;
        List<String> classPath = new ArrayList<>();
        List<String> javaOptions = new ArrayList<>();
        String section = "";
        for (String line : cfgLines) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line;
                if (!section.equals("[Application]") && !section.equals("[JavaOptions]")) {
                    throw unknown(name, line);
                }
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq);
            String value = eq < 0 ? "" : line.substring(eq + 1);
            switch (section + key) {
                case "[Application]app.mainclass" -> mainClass = value;
                case "[Application]app.classpath" -> classPath.add(value);
                case "[JavaOptions]java-options" -> javaOptions.add(value);
                default -> throw unknown(name, line);
            }
        }
        if (mainClass == null || classPath.isEmpty()) {
            throw new IllegalStateException(name + ".cfg has no app.mainclass or no app.classpath");
        }
        StringBuilder s = new StringBuilder();
        s.append("#!/bin/sh\n");
        s.append("# The \"").append(name).append("\" launcher of Universe Studio, generated at build time from\n");
        s.append("# lib/app/").append(name).append(".cfg by packaging/linux/ShellLaunchers.java (ADR 0138): edit the .cfg's\n");
        s.append("# sources in packaging/ and rebuild, not this file. It starts the bundled runtime directly; jpackage's\n");
        s.append("# native launcher first asked rpm and dpkg which package owns it (about 0.9 s on every start).\n");
        s.append("us_self=$0\n");
        s.append("case $us_self in */*) ;; *) us_self=./$us_self ;; esac\n");
        s.append("# Through symbolic links (/usr/bin/universe-studio) to the image's bin folder.\n");
        s.append("while [ -L \"$us_self\" ]; do\n");
        s.append("  us_link=$(readlink \"$us_self\") || exit 127\n");
        s.append("  case $us_link in /*) us_self=$us_link ;; *) us_self=${us_self%/*}/$us_link ;; esac\n");
        s.append("done\n");
        s.append("us_bin=$(CDPATH= cd -P -- \"${us_self%/*}\" && pwd) || exit 127\n");
        s.append("us_root=${us_bin%/*}\n");
        s.append("us_app=$us_root/lib/app\n");
        s.append("# The class path in the .cfg's order: the start cache holds the classes of the same order.\n");
        for (int i = 0; i < classPath.size(); i++) {
            s.append("us_cp=").append(i == 0 ? "" : "$us_cp:").append(shellWord(classPath.get(i))).append('\n');
        }
        s.append("exec \"$us_root/lib/runtime/bin/java\"");
        for (String option : javaOptions) {
            s.append(" \\\n  ").append(shellWord(option));
        }
        s.append(" \\\n  ").append(shellWord("-Djpackage.app-path=$BINDIR/" + name));
        s.append(" \\\n  -classpath \"$us_cp\"");
        s.append(" \\\n  ").append(shellWord(mainClass)).append(" \"$@\"\n");
        return s.toString();
    }

    /** One sh word for {@code value}: literal text single-quoted, the .cfg's folder tokens as variables. */
    static String shellWord(String value) {
        StringBuilder word = new StringBuilder();
        Matcher m = TOKEN.matcher(value);
        int at = 0;
        while (m.find()) {
            word.append(singleQuoted(value.substring(at, m.start())));
            word.append("\"$").append(VARIABLES.get(m.group(1))).append('"');
            at = m.end();
        }
        word.append(singleQuoted(value.substring(at)));
        return word.isEmpty() ? "''" : word.toString();
    }

    /** {@code literal} as sh reads it: as it is where it holds no character sh treats specially. */
    private static String singleQuoted(String literal) {
        if (SAFE.matcher(literal).matches()) {
            return literal;
        }
        return "'" + literal.replace("'", "'\\''") + "'";
    }

    private static IllegalStateException unknown(String name, String line) {
        return new IllegalStateException(name + ".cfg has \"" + line + "\", which the sh launcher does not carry over:"
                + " teach packaging/linux/ShellLaunchers.java what the native launcher does with it");
    }

    private ShellLaunchers() {
    }
}
