package io.universestudio.core.resource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Measuring, checking and scaling images, and hashing files. */
class ImagesTest {

    static byte[] png(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.RED);
        g.fillOval(0, 0, w, h);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void measuresAndChecksSizes() throws IOException {
        assertThat(ImageMeasure.measure(png(96, 96))).contains(new ImageInfo(96, 96, "png"));
        assertThat(ImageMeasure.measure("not an image".getBytes(StandardCharsets.UTF_8))).isEmpty();
        ImageRef small = new ImageRef(ImageSlot.ICON_SMALL, -1, "https://x/s.png");
        assertThat(ImageCheck.size(small, Optional.of(new ImageInfo(48, 48, "png")))).isEmpty();
        assertThat(ImageCheck.size(small, Optional.of(new ImageInfo(96, 96, "png")))).isEmpty();
        assertThat(ImageCheck.size(small, Optional.of(new ImageInfo(64, 64, "png")))).extracting(ResourceIssue::message)
                .containsExactly("icon-small is 64x64; the Universe asks for 48x48 (or 96x96 for @2x).");
        ImageRef shot = new ImageRef(ImageSlot.SCREENSHOT, 1, "https://x/2.png");
        assertThat(ImageCheck.size(shot, Optional.of(new ImageInfo(2400, 1350, "png")))).isEmpty();
        assertThat(ImageCheck.size(shot, Optional.of(new ImageInfo(1024, 1024, "png")))).extracting(ResourceIssue::pointer)
                .containsExactly("/images/screenshots/1");
        assertThat(ImageCheck.url(new ImageRef(ImageSlot.ICON_LARGE, -1, "file:///tmp/a.png"))).extracting(ResourceIssue::message)
                .containsExactly("icon-large must be an https:// address; it is file:///tmp/a.png.");
        assertThat(ImageCheck.url(new ImageRef(ImageSlot.ICON_LARGE, -1, "https://exa mple.com/a.png"))).hasSize(1);
    }

    @Test
    void scalesOneLargeImageIntoTheThreeIconsAndTheirRetinaVariants(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("logo.png");
        Files.write(source, png(1024, 768));
        ScaledIcons icons = IconScaler.scale(source, dir.resolve("out"), "hello");
        assertThat(icons.problem()).isEmpty();
        assertThat(ImageMeasure.measure(icons.icons().get(ImageSlot.ICON_SMALL))).contains(new ImageInfo(48, 48, "png"));
        assertThat(ImageMeasure.measure(icons.icons().get(ImageSlot.ICON_MEDIUM))).contains(new ImageInfo(96, 96, "png"));
        assertThat(ImageMeasure.measure(icons.icons().get(ImageSlot.ICON_LARGE))).contains(new ImageInfo(256, 256, "png"));
        assertThat(ImageMeasure.measure(icons.retina().get(ImageSlot.ICON_LARGE))).contains(new ImageInfo(512, 512, "png"));
        assertThat(icons.icons().get(ImageSlot.ICON_SMALL).getFileName().toString()).isEqualTo("hello-small.png");
        assertThat(icons.retina().get(ImageSlot.ICON_SMALL).getFileName().toString()).isEqualTo("hello-small@2x.png");
        assertThat(icons.notes()).anySatisfy(n -> assertThat(n).contains("centred on a transparent square"));
        assertThat(icons.urls("https://cdn.example.com/icons").get(ImageSlot.ICON_MEDIUM))
                .isEqualTo("https://cdn.example.com/icons/hello-medium.png");
        // Centred, not stretched: the corners of a wide image's square stay transparent, the centre is red.
        BufferedImage large = ImageIO.read(icons.icons().get(ImageSlot.ICON_LARGE).toFile());
        assertThat(large.getRGB(128, 2) >>> 24).isZero();
        assertThat(large.getRGB(128, 128)).isEqualTo(Color.RED.getRGB());

        Path text = dir.resolve("notes.png");
        Files.writeString(text, "hello");
        assertThat(IconScaler.scale(text, dir.resolve("out2"), "x").problem().orElseThrow()).contains("is not an image");
        assertThat(Files.exists(dir.resolve("out2"))).isFalse();
    }

    @Test
    void hashesFilesAsResourceJsonWantsThem(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("dcos-foo");
        Files.writeString(f, "abc");
        assertThat(Sha256.of(f)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.looksValid(Sha256.of(f))).isTrue();
        assertThat(Sha256.looksValid("abc")).isFalse();
    }
}
