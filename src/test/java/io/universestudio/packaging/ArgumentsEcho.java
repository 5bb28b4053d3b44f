package io.universestudio.packaging;

/**
 * The main class of the app image that {@link ShellLaunchersTest} makes: prints, one a line, the system
 * properties a launcher must set and each argument it received between brackets, and exits with the code
 * that its first argument names ("exit=N"), so a test sees what the launcher passed and what it returned.
 */
public final class ArgumentsEcho {

    public static void main(String[] args) {
        System.out.println("app-path=" + System.getProperty("jpackage.app-path"));
        System.out.println("java.home=" + System.getProperty("java.home"));
        System.out.println("option=" + System.getProperty("echo.option"));
        System.out.println("class.path=" + System.getProperty("java.class.path"));
        for (String arg : args) {
            System.out.println("arg=[" + arg + "]");
        }
        System.out.flush();
        System.exit(args.length > 0 && args[0].startsWith("exit=") ? Integer.parseInt(args[0].substring(5)) : 0);
    }

    private ArgumentsEcho() {
    }
}
