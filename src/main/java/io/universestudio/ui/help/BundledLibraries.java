package io.universestudio.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The libraries the application bundles, with their versions and licences (Help > About). The list is the
 * build's own ({@code dependency:list} of the runtime scope, written as bundled-libraries.txt) plus what the
 * app image ships beside it (app-image-libraries.txt, versions from the pom); the licences a hand-kept file
 * that a test holds to that list (ADR 0132).
 */
public final class BundledLibraries {

    public static final String LIST = "/io/universestudio/help/bundled-libraries.txt";
    public static final String LICENCES = "/io/universestudio/help/licences.properties";
    /** What the app image ships beside the runtime dependencies (Monocle, for the start cache's training). */
    public static final String APP_IMAGE_LIST = "/io/universestudio/help/app-image-libraries.txt";

    /** {@code org.slf4j:slf4j-api 2.0.17}, MIT License; the licence is "" when the file names none. */
    public record Library(String group, String artifact, String version, String licence) {
        public String id() {
            return group + ":" + artifact;
        }
    }

    private BundledLibraries() {
    }

    /** The bundled libraries, one per group and artifact (JavaFX's platform jars are the same library). */
    public static List<Library> list() {
        return of(read(LIST) + "\n" + read(APP_IMAGE_LIST), licences());
    }

    static List<Library> of(String list, Properties licences) {
        Map<String, Library> out = new LinkedHashMap<>();
        for (String line : list.split("\\R")) {
            String coordinates = line.strip().split("\\s+--\\s+", 2)[0];
            String[] parts = coordinates.split(":");
            if (parts.length < 4 || coordinates.contains(" ")) {
                continue; // the header line ("The following files have been resolved:") and blank lines
            }
            String version = parts[parts.length - 1];
            String id = parts[0] + ":" + parts[1];
            out.putIfAbsent(id, new Library(parts[0], parts[1], version, licences.getProperty(id, "")));
        }
        return List.copyOf(out.values());
    }

    public static Properties licences() {
        Properties p = new Properties();
        try (InputStream in = BundledLibraries.class.getResourceAsStream(LICENCES)) {
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static String read(String resource) {
        try (InputStream in = BundledLibraries.class.getResourceAsStream(resource)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every library named in the licences file, for the test that holds the two together. */
    static List<String> licensed() {
        return new ArrayList<>(licences().stringPropertyNames());
    }
}
