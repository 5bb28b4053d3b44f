package io.universestudio.core.resource;

/**
 * The images of resource.json and the sizes the Universe README asks for (universe-format.md section
 * 2.4): icons 48x48, 96x96 and 256x256, screenshots 1200x675; each may also be its @2x variant.
 */
public enum ImageSlot {
    ICON_SMALL("icon-small", 48, 48),
    ICON_MEDIUM("icon-medium", 96, 96),
    ICON_LARGE("icon-large", 256, 256),
    SCREENSHOT("screenshots", 1200, 675);

    private final String key;
    private final int width;
    private final int height;

    ImageSlot(String key, int width, int height) {
        this.key = key;
        this.width = width;
        this.height = height;
    }

    /** The key under {@code images}. */
    public String key() {
        return key;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public boolean isIcon() {
        return this != SCREENSHOT;
    }

    /** The expected size or its @2x variant. */
    public boolean fits(ImageInfo info) {
        return (info.width() == width && info.height() == height)
                || (info.width() == 2 * width && info.height() == 2 * height);
    }

    public String expected() {
        return width + "x" + height + " (or " + 2 * width + "x" + 2 * height + " for @2x)";
    }
}
