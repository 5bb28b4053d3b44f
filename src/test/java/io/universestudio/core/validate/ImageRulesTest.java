package io.universestudio.core.validate;

import io.universestudio.core.io.RevisionReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ImageRulesTest {

    @TempDir
    Path dir;

    private void png(String name, int width, int height) throws Exception {
        Files.createDirectories(dir.resolve(name).getParent());
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", dir.resolve(name).toFile());
    }

    private ValidationReport validate(String images) throws Exception {
        Files.writeString(dir.resolve("package.json"), Fixtures.PACKAGE);
        Files.writeString(dir.resolve("resource.json"), "{\"images\": " + images + "}");
        return new Validator().validate(RevisionReader.read(dir));
    }

    @Test
    void localImagesOfTheRightSizeOrTwiceItPass() throws Exception {
        png("img/small.png", 48, 48);
        png("img/medium.png", 192, 192);
        ValidationReport report = validate("{\"icon-small\": \"img/small.png\", \"icon-medium\": \"img/medium.png\"}");
        assertThat(report.withCode("RES-IMAGE-SIZE")).isEmpty();
        assertThat(report.withCode("RES-IMAGE-FILE-MISSING")).isEmpty();
    }

    @Test
    void aLocalImageOfAnotherSizeIsAWarningWithItsSize() throws Exception {
        png("large.png", 100, 80);
        png("shot.png", 1200, 675);
        ValidationReport report = validate("{\"icon-large\": \"large.png\", \"screenshots\": [\"shot.png\"]}");
        assertThat(report.withCode("RES-IMAGE-SIZE")).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.pointer()).isEqualTo("/images/icon-large");
            assertThat(p.message()).isEqualTo("images > icon-large: the image is 100x80 pixels; the Universe asks for 256x256.");
        });
    }

    @Test
    void missingFilesPathsOutsideTheFolderAndNonImagesAreReported() throws Exception {
        Path outside = dir.getParent().resolve("secret-" + dir.getFileName() + ".png");
        ImageIO.write(new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB), "png", outside.toFile());
        try {
            Files.writeString(dir.resolve("notes.png"), "not an image");
            ValidationReport report = validate("{\"icon-small\": \"../" + outside.getFileName() + "\","
                    + " \"icon-medium\": \"gone.png\", \"icon-large\": \"notes.png\"}");
            assertThat(report.withCode("RES-IMAGE-FILE-MISSING")).extracting(Problem::pointer)
                    .containsExactlyInAnyOrder("/images/icon-small", "/images/icon-medium");
            assertThat(report.withCode("RES-IMAGE-SIZE")).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("not an image"));
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void addressesAreNotTreatedAsFiles() throws Exception {
        ValidationReport report = validate("{\"icon-small\": \"https://example.com/s.png\"}");
        assertThat(report.problems()).noneMatch(p -> p.code().startsWith("RES-IMAGE"));
    }
}
