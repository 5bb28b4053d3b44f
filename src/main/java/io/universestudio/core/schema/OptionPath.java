package io.universestudio.core.schema;

import io.universestudio.core.json.JsonPointers;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an option sits in the options tree, as the names from the top ({@code [service, name]}). The root
 * (the config object itself) has no names. The same path is a template variable ({@code service.name}), an
 * options-JSON location, and a schema pointer ({@code /properties/service/properties/name}).
 */
public record OptionPath(List<String> names) {

    public static final OptionPath ROOT = new OptionPath(List.of());

    public OptionPath {
        names = List.copyOf(names);
    }

    public static OptionPath of(String... names) {
        return new OptionPath(List.of(names));
    }

    /** Splits a template-style dotted path ({@code service.name}). */
    public static OptionPath dotted(String dotted) {
        return dotted.isEmpty() ? ROOT : new OptionPath(List.of(dotted.split("\\.", -1)));
    }

    public boolean isRoot() {
        return names.isEmpty();
    }

    public int size() {
        return names.size();
    }

    /** The last name; "" for the root. */
    public String name() {
        return names.isEmpty() ? "" : names.get(names.size() - 1);
    }

    public OptionPath parent() {
        return names.isEmpty() ? ROOT : new OptionPath(names.subList(0, names.size() - 1));
    }

    public OptionPath child(String name) {
        List<String> n = new ArrayList<>(names);
        n.add(name);
        return new OptionPath(n);
    }

    /** This path with its last name replaced. */
    public OptionPath renamed(String newName) {
        return parent().child(newName);
    }

    public boolean startsWith(OptionPath prefix) {
        return names.size() >= prefix.names.size() && names.subList(0, prefix.names.size()).equals(prefix.names);
    }

    /** This path with {@code from} (a prefix of it) replaced by {@code to}. */
    public OptionPath replacePrefix(OptionPath from, OptionPath to) {
        if (!startsWith(from)) {
            throw new IllegalArgumentException(this + " does not start with " + from);
        }
        List<String> n = new ArrayList<>(to.names);
        n.addAll(names.subList(from.names.size(), names.size()));
        return new OptionPath(n);
    }

    /** As the template and the options JSON name it: {@code service.name}. */
    public String dotted() {
        return String.join(".", names);
    }

    /** The JSON pointer of this option's schema in config.json. */
    public String pointer() {
        String p = "";
        for (String n : names) {
            p = JsonPointers.child(JsonPointers.child(p, "properties"), n);
        }
        return p;
    }

    /** The reference tokens that lead from the config object to this option's schema. */
    List<String> schemaTokens() {
        List<String> tokens = new ArrayList<>(names.size() * 2);
        for (String n : names) {
            tokens.add("properties");
            tokens.add(n);
        }
        return tokens;
    }

    @Override
    public String toString() {
        return isRoot() ? "(root)" : dotted();
    }
}
