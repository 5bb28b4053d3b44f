package io.universestudio.core.io;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Package names as the Universe allows them ({@code ^[a-z][a-z0-9-]*[a-z0-9]$}). Anything else is
 * refused before it becomes part of a path, so no name can lead out of a repository folder.
 */
public final class PackageNames {

    public static final Pattern PATTERN = Pattern.compile("^[a-z][a-z0-9-]*[a-z0-9]$");

    private PackageNames() {
    }

    public static boolean isValid(String name) {
        return name != null && name.length() <= 200 && PATTERN.matcher(name).matches();
    }

    /** Returns the name, or throws with a message a person can act on. */
    public static String requireSafe(String name) {
        if (!isValid(name)) {
            throw new IllegalArgumentException("\"" + name + "\" is not a valid package name: use lower-case"
                    + " letters, digits and dashes, starting with a letter and not ending with a dash"
                    + " (for example \"my-service\").");
        }
        return name;
    }

    /** The letter folder a package belongs in: its first character, upper-cased. */
    public static String letterOf(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT);
    }
}
