package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.json.JsonPointers;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Images given as local files next to the package (a path instead of an address, while authoring): the
 * file must exist and should have the size the Universe's README asks for (48, 96 and 256 pixels square
 * for the icons, 1200x675 for screenshots; twice that for retina). Only the image header is read.
 */
final class ImageRules implements Rule {

    private static final Map<String, int[]> SIZES = Map.of(
            "icon-small", new int[] {48, 48},
            "icon-medium", new int[] {96, 96},
            "icon-large", new int[] {256, 256},
            "screenshots", new int[] {1200, 675});

    @Override
    public List<Problem> check(Revision revision) {
        JsonDocument doc = revision.resource().orElse(null);
        Path folder = revision.origin().folder();
        if (doc == null || folder == null) {
            return List.of();
        }
        JsonNode images = doc.objectOrEmpty().path("images");
        List<Problem> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = images.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            int[] expected = SIZES.get(e.getKey());
            String pointer = JsonPointers.child("/images", e.getKey());
            if (e.getValue().isArray()) {
                for (int i = 0; i < e.getValue().size(); i++) {
                    local(doc, folder, e.getValue().get(i), JsonPointers.child(pointer, i), expected, out);
                }
            } else {
                local(doc, folder, e.getValue(), pointer, expected, out);
            }
        }
        return out;
    }

    private static void local(JsonDocument doc, Path folder, JsonNode value, String pointer, int[] expected,
                              List<Problem> out) {
        if (!value.isTextual() || value.asText().contains("://") || value.asText().isBlank()) {
            return;
        }
        Path file;
        try {
            file = folder.resolve(value.asText()).normalize();
        } catch (java.nio.file.InvalidPathException ex) {
            return; // not a path at all: RES-IMAGE-NOT-HTTPS already says it is no address
        }
        String where = SchemaFindings.plainBreadcrumb(pointer);
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            out.add(Problem.warning("RES-IMAGE-FILE-MISSING").in(RevisionFile.RESOURCE).at(pointer)
                    .at(doc.locations().nearest(pointer))
                    .hint("Put the image in the package folder, or give its https:// address.")
                    .message(where + ": the local image " + Describe.value(value) + " is not a file in the package folder."));
            return;
        }
        int[] size = size(file);
        if (size == null) {
            out.add(Problem.warning("RES-IMAGE-SIZE").in(RevisionFile.RESOURCE).at(pointer)
                    .at(doc.locations().nearest(pointer))
                    .hint("Save it as PNG or JPEG.")
                    .message(where + ": " + Describe.value(value) + " is not an image Universe Studio can read."));
            return;
        }
        if (expected != null && !fits(size, expected)) {
            out.add(Problem.warning("RES-IMAGE-SIZE").in(RevisionFile.RESOURCE).at(pointer)
                    .at(doc.locations().nearest(pointer))
                    .hint("Resize it to " + expected[0] + "x" + expected[1] + " pixels (or " + 2 * expected[0] + "x"
                            + 2 * expected[1] + " for retina screens).")
                    .message(where + ": the image is " + size[0] + "x" + size[1] + " pixels; the Universe asks for "
                            + expected[0] + "x" + expected[1] + "."));
        }
    }

    private static boolean fits(int[] size, int[] expected) {
        return size[0] == expected[0] && size[1] == expected[1]
                || size[0] == 2 * expected[0] && size[1] == 2 * expected[1];
    }

    /** Width and height from the image header, or null when no reader understands the file. */
    private static int[] size(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
