package io.universestudio.core.resource;

import java.util.Locale;

/**
 * A CLI binary of resource.json (v3 and later): one per OS, always x86-64. {@code kind} is
 * {@code executable} or {@code zip}; {@code sha256} is the {@code contentHash} value with algo sha256.
 */
public record CliBinary(Os os, String kind, String url, String sha256) {

    public enum Os {
        LINUX, DARWIN, WINDOWS;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final String ARCH = "x86-64";
    public static final String EXECUTABLE = "executable";
    public static final String ZIP = "zip";
}
