import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Removes the signatures of the signed libraries an app image is made from (ADR 0156). Run by
 * {@code mvn -Pdist package} with the build's JDK in source-file mode, on the folder of jars jpackage takes:
 * {@code java packaging/UnsignedLibraries.java FOLDER}.
 *
 * <p>A class of a signed jar cannot go into the start cache (the JVM skips it: "Signed JAR"), and a cached
 * class that refers to one makes every start load it from the jar, which first verifies the jar's signature:
 * certificates, an RSA signature and a digest of its 230 KB manifest, about 70 ms before {@code main}, in
 * the window and the command line alike. The jars were checked against their checksums when Maven fetched
 * them, and nothing else in the image is signed, so the signature proves nothing there that the image does
 * not. What is removed: the signature files and the manifest's digest of every entry; the manifest's main
 * attributes and every other entry stay as they were.
 */
public final class UnsignedLibraries {

    private static final Pattern SIGNATURE_FILE = Pattern.compile("META-INF/(?:[^/]+\\.(?:SF|RSA|DSA|EC)|SIG-[^/]*)",
            Pattern.CASE_INSENSITIVE);

    private UnsignedLibraries() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java packaging/UnsignedLibraries.java FOLDER_OF_JARS");
            System.exit(2);
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        for (Path jar : jars) {
            int removed = unsign(jar);
            if (removed > 0) {
                System.out.println("[unsigned-libraries] " + jar.getFileName() + ": signature removed ("
                        + removed + " files, and the manifest's entry digests)");
            }
        }
    }

    /** Rewrites {@code jar} without its signature if it has one; the number of signature files removed. */
    static int unsign(Path jar) throws IOException {
        Path rewritten = jar.resolveSibling(jar.getFileName() + ".unsigned");
        int removed = 0;
        try (JarFile in = new JarFile(jar.toFile(), false)) {
            if (in.stream().noneMatch(e -> SIGNATURE_FILE.matcher(e.getName()).matches())) {
                return 0;
            }
            Manifest manifest = new Manifest();
            Manifest signed = in.getManifest();
            if (signed != null) {
                manifest.getMainAttributes().putAll(signed.getMainAttributes());
            } else {
                manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            }
            try (OutputStream file = Files.newOutputStream(rewritten);
                 JarOutputStream out = new JarOutputStream(file, manifest)) {
                Enumeration<JarEntry> entries = in.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (name.equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                        continue; // written above, main attributes only
                    }
                    if (SIGNATURE_FILE.matcher(name).matches()) {
                        removed++;
                        continue;
                    }
                    JarEntry copy = new JarEntry(name);
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    try (InputStream content = in.getInputStream(entry)) {
                        content.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(rewritten);
            throw e;
        }
        Files.move(rewritten, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return removed;
    }
}
