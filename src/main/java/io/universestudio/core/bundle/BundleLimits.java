package io.universestudio.core.bundle;

/**
 * How much a bundle or a build definition may make Universe Studio read, so that a hostile or broken file
 * (a zip bomb, a reference to a huge file) is refused instead of filling the memory.
 *
 * @param maxFileBytes the most bytes one file may have once read: metadata.json unzipped, a build
 *                     definition, a referenced file (the largest corpus metadata.json is about 230 KB)
 * @param maxEntries   the most entries a zip may list
 */
public record BundleLimits(long maxFileBytes, int maxEntries) {

    public static final BundleLimits DEFAULT = new BundleLimits(32L * 1024 * 1024, 10_000);

    public BundleLimits {
        if (maxFileBytes < 1 || maxFileBytes > Integer.MAX_VALUE - 8 || maxEntries < 1) {
            throw new IllegalArgumentException("limits out of range: " + maxFileBytes + ", " + maxEntries);
        }
    }

    /** "32 MB", for messages. */
    String shownSize() {
        return maxFileBytes >= 1024 * 1024 ? maxFileBytes / (1024 * 1024) + " MB" : maxFileBytes + " bytes";
    }
}
