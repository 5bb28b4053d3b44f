package io.universestudio.core.resource;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/** Reads an image's size and format with javax.imageio, from the header only (no full decode). */
public final class ImageMeasure {

    private ImageMeasure() {
    }

    /** The size of the image in {@code bytes}; empty when they are not an image ImageIO can read. */
    public static Optional<ImageInfo> measure(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            return measure(in);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The size of the image file; empty when it cannot be read or is not an image. */
    public static Optional<ImageInfo> measure(Path file) {
        try {
            return measure(Files.readAllBytes(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<ImageInfo> measure(ImageInputStream in) throws IOException {
        if (in == null) {
            return Optional.empty();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            return Optional.empty();
        }
        ImageReader reader = readers.next();
        try {
            reader.setInput(in, true, true);
            return Optional.of(new ImageInfo(reader.getWidth(0), reader.getHeight(0),
                    reader.getFormatName().toLowerCase(Locale.ROOT)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } finally {
            reader.dispose();
        }
    }
}
