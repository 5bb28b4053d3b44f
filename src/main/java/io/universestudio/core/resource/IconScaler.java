package io.universestudio.core.resource;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.universestudio.core.io.AtomicFiles;

/**
 * Turns one large image into icon-small, icon-medium and icon-large (48, 96, 256 px) and their @2x
 * variants, as PNG. A non-square image is centred on a transparent square (nothing cut off). Downscaling
 * halves the image step by step before a final bicubic pass: a single bicubic step from a large image
 * skips pixels and looks jagged.
 */
public final class IconScaler {

    private static final ImageSlot[] ICONS = {ImageSlot.ICON_SMALL, ImageSlot.ICON_MEDIUM, ImageSlot.ICON_LARGE};

    private IconScaler() {
    }

    /** Writes {@code <baseName>-small.png}, {@code -small@2x.png}, ... into {@code outDir}. Run off the FX thread. */
    public static ScaledIcons scale(Path source, Path outDir, String baseName) {
        BufferedImage image;
        try {
            image = ImageIO.read(source.toFile());
        } catch (IOException e) {
            return failed(source, "Could not read " + source.getFileName() + ": " + e.getMessage());
        }
        if (image == null) {
            return failed(source, source.getFileName() + " is not an image this tool can read (PNG, JPEG, GIF or BMP).");
        }
        List<String> notes = new ArrayList<>();
        BufferedImage square = square(image);
        if (square.getWidth() != image.getWidth() || square.getHeight() != image.getHeight()) {
            notes.add("The image is " + image.getWidth() + "x" + image.getHeight()
                    + ": it was centred on a transparent square.");
        }
        Map<ImageSlot, Path> icons = new EnumMap<>(ImageSlot.class);
        Map<ImageSlot, Path> retina = new EnumMap<>(ImageSlot.class);
        try {
            Files.createDirectories(outDir);
            for (ImageSlot slot : ICONS) {
                String suffix = slot.key().substring("icon-".length());
                icons.put(slot, write(resize(square, slot.width()), outDir.resolve(baseName + "-" + suffix + ".png")));
                retina.put(slot, write(resize(square, 2 * slot.width()), outDir.resolve(baseName + "-" + suffix + "@2x.png")));
            }
        } catch (IOException e) {
            return failed(source, "Could not write the icons to " + outDir + ": " + e.getMessage());
        }
        if (square.getWidth() < 2 * ImageSlot.ICON_LARGE.width()) {
            notes.add("The image is smaller than " + 2 * ImageSlot.ICON_LARGE.width() + " px, so the larger icons were"
                    + " scaled up and will look soft.");
        }
        notes.add("resource.json needs https URLs: host these files and set their addresses.");
        return new ScaledIcons(source, icons, retina, notes, null);
    }

    private static ScaledIcons failed(Path source, String message) {
        return new ScaledIcons(source, Map.of(), Map.of(), List.of(), message);
    }

    static BufferedImage square(BufferedImage image) {
        int side = Math.max(image.getWidth(), image.getHeight());
        BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, (side - image.getWidth()) / 2, (side - image.getHeight()) / 2, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static BufferedImage resize(BufferedImage image, int size) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= size) {
            current = draw(current, current.getWidth() / 2, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return current.getWidth() == size ? current : draw(current, size, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage draw(BufferedImage image, int size, Object interpolation) {
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.drawImage(image, 0, 0, size, size, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static Path write(BufferedImage image, Path target) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", png)) {
            throw new IOException("no PNG writer");
        }
        AtomicFiles.write(target, png.toByteArray());
        return target;
    }

    /** True when {@code fileName} looks like an image the scaler reads. */
    public static boolean readable(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".gif") || n.endsWith(".bmp");
    }
}
