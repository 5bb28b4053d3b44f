package io.universestudio.core.validate;

/** How much a problem matters: errors block publishing, warnings and infos do not. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
