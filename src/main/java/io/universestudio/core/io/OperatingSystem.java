package io.universestudio.core.io;

import java.util.Locale;

/** The operating system families whose conventions differ: user folders, secret stores. */
public enum OperatingSystem {
    LINUX, MACOS, WINDOWS, OTHER;

    /** The system this JVM runs on. */
    public static OperatingSystem current() {
        return fromName(System.getProperty("os.name", ""));
    }

    /** Classifies an {@code os.name} value. */
    public static OperatingSystem fromName(String osName) {
        String n = osName.toLowerCase(Locale.ROOT);
        if (n.startsWith("windows")) {
            return WINDOWS;
        }
        if (n.startsWith("mac") || n.startsWith("darwin")) {
            return MACOS;
        }
        if (n.contains("linux") || n.contains("bsd") || n.contains("sunos")) {
            return LINUX;
        }
        return OTHER;
    }
}
