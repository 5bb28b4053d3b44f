package io.universestudio.core.schema;

import java.util.Optional;

/** Which option names work in templates: a name becomes part of a dotted mustache path. */
public final class OptionNames {

    private OptionNames() {
    }

    /** Why {@code name} cannot name an option, or empty when it can. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("An option needs a name.");
        }
        if (name.contains(".")) {
            return Optional.of("\"" + name + "\" contains a dot: the template would read {{" + name
                    + "}} as a nested option. Use - or _ instead.");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || c == '{' || c == '}' || c == '#' || c == '^' || c == '/'
                    || c == '!' || c == '&' || c == '>' || c == '=' || c == '"') {
                return Optional.of("\"" + name + "\" contains '" + c + "', which breaks template tags. "
                        + "Use letters, digits, - and _.");
            }
        }
        return Optional.empty();
    }
}
