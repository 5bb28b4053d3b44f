package io.universestudio.core.model;

import java.util.Arrays;
import java.util.Optional;

/** The {@code packagingVersion} of package.json: which files and fields a revision may have. */
public enum PackagingVersion {
    V2_0("2.0"), V3_0("3.0"), V4_0("4.0"), V5_0("5.0");

    private final String text;

    PackagingVersion(String text) {
        this.text = text;
    }

    /** The string as written in package.json, e.g. {@code "4.0"}. */
    public String text() {
        return text;
    }

    /** The media-type suffix used for this version: {@code v2} .. {@code v5}. */
    public String mediaVersion() {
        return "v" + text.charAt(0);
    }

    /** command.json is allowed only up to 3.0. */
    public boolean allowsCommand() {
        return this == V2_0 || this == V3_0;
    }

    /** The v3 resource schema (with {@code cli}) applies from 3.0 on. */
    public boolean allowsCli() {
        return this != V2_0;
    }

    public static Optional<PackagingVersion> parse(String text) {
        return Arrays.stream(values()).filter(v -> v.text.equals(text)).findFirst();
    }
}
