package io.universestudio.core.resource;

/** What an image file is: its pixel size and format name (png, jpeg, gif, ...). */
public record ImageInfo(int width, int height, String format) {

    @Override
    public String toString() {
        return width + "x" + height + " " + format;
    }
}
