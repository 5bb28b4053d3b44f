package io.universestudio.core.io;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.core.model.SourceText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The sample packages bundled with the application, the starting points for "New package". */
public final class Samples {

    /**
     * The bundled samples by folder name under {@code io/universestudio/samples/}: a plain Docker service,
     * a service with a web UI and health check, and a framework-style service (a scheduler app).
     */
    public static final List<String> NAMES = List.of("docker-service", "web-service", "framework-service");
    public static final String DEFAULT = "web-service";

    /** A short human title for each sample, for the New package wizard. */
    public static String title(String sample) {
        return switch (sample) {
            case "docker-service" -> "Plain Docker service";
            case "web-service" -> "Service with a web UI and health check";
            case "framework-service" -> "Framework-style service (a scheduler)";
            default -> throw new IllegalArgumentException("There is no bundled sample called " + sample);
        };
    }

    private Samples() {
    }

    /** Loads a bundled sample as a new, unsaved revision. */
    public static Revision load(String sample) {
        if (!NAMES.contains(sample)) {
            throw new IllegalArgumentException("There is no bundled sample called " + sample);
        }
        Map<RevisionFile, SourceText> files = new EnumMap<>(RevisionFile.class);
        for (RevisionFile file : RevisionFile.values()) {
            String resource = "/io/universestudio/samples/" + sample + "/" + file.fileName();
            try (InputStream in = Samples.class.getResourceAsStream(resource)) {
                if (in != null) {
                    files.put(file, SourceText.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("The bundled sample could not be read: " + resource, e);
            }
        }
        return Revision.of(files, RevisionOrigin.NEW, List.of());
    }
}
