package io.universestudio.core.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.validate.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads the {@code metadata.json} of a package.dcos, as Cosmos did (it reads that entry and ignores the
 * others), after checking the whole zip: it must be a zip, no entry may name a path outside the folder it
 * would be extracted to or appear twice, and no entry may be larger than the limit (a zip bomb).
 * metadata.json is read with a bound that does not trust the sizes the zip declares.
 */
public final class BundleReader {

    private BundleReader() {
    }

    /** The metadata of a bundle, or why it could not be read. */
    public record Read(ObjectNode metadata, List<Problem> problems) {
        public boolean ok() {
            return metadata != null;
        }

        static Read refused(Problem problem) {
            return new Read(null, List.of(problem));
        }
    }

    /** @throws IOException when the file itself cannot be read */
    public static Read read(Path file, BundleLimits limits) throws IOException {
        String label = file.getFileName().toString();
        if (!PackageForm.startsLikeZip(file)) {
            return Read.refused(Problem.error("BUNDLE-NOT-ZIP").subject(label)
                    .hint("A package.dcos is a zip holding metadata.json; build one with: universe-studio bundle build")
                    .message(label + " is not a zip file" + whatItIs(file) + ", so it is not a package.dcos."));
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            return read(zip, label, limits);
        } catch (ZipException e) {
            return Read.refused(Problem.error("BUNDLE-NOT-ZIP").subject(label)
                    .hint("Build the package.dcos again; the file may have been cut short or damaged.")
                    .message(label + " starts like a zip but cannot be read as one (" + e.getMessage() + ")."));
        }
    }

    private static Read read(ZipFile zip, String label, BundleLimits limits) throws IOException {
        if (zip.size() > limits.maxEntries()) {
            return Read.refused(Problem.error("BUNDLE-TOO-LARGE").subject(label)
                    .hint("A package.dcos holds two entries; this is not one.")
                    .message(label + " lists " + zip.size() + " entries, more than the " + limits.maxEntries()
                            + " Universe Studio reads; it was not opened."));
        }
        List<ZipEntry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            if (escapes(entry.getName())) {
                return Read.refused(Problem.error("BUNDLE-UNSAFE-ENTRY").subject(label)
                        .hint("Do not use this file: a zip whose entries lead out of their folder is broken or"
                                + " built to overwrite other files.")
                        .message(label + " holds an entry named " + SchemaMessages.shown(
                                com.fasterxml.jackson.databind.node.TextNode.valueOf(entry.getName()))
                                + ", which would be written outside the folder it is extracted to; it was refused."));
            }
            if (!names.add(entry.getName())) {
                return Read.refused(Problem.error("BUNDLE-UNSAFE-ENTRY").subject(label)
                        .hint("Build the package.dcos again from its revision folder.")
                        .message(label + " holds two entries named " + entry.getName()
                                + "; which one counts is ambiguous, so it was refused."));
            }
            entries.add(entry);
        }
        ZipEntry metadata = zip.getEntry(BundleZip.METADATA);
        if (metadata == null || metadata.isDirectory()) {
            return Read.refused(noMetadata(label, entries));
        }
        for (ZipEntry entry : entries) {
            if (entry.getSize() > limits.maxFileBytes()) {
                return Read.refused(tooLarge(label, entry.getName(), limits));
            }
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(metadata)) {
            bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
        }
        if (bytes.length > limits.maxFileBytes()) {
            return Read.refused(tooLarge(label, BundleZip.METADATA, limits));
        }
        BundleJson.Parsed parsed = BundleJson.parse(bytes);
        if (!parsed.ok() || !parsed.tree().isObject()) {
            return Read.refused(Problem.error("BUNDLE-METADATA-NOT-JSON").subject(label)
                    .hint("Build the package.dcos again from its revision folder or build definition.")
                    .message(label + ": metadata.json " + (parsed.ok() ? "is not a JSON object" : "is not valid JSON: "
                            + parsed.error()) + "."));
        }
        return new Read((ObjectNode) parsed.tree(), List.of());
    }

    private static Problem noMetadata(String label, List<ZipEntry> entries) {
        List<String> shown = entries.stream().limit(5).map(ZipEntry::getName).toList();
        String listing = entries.isEmpty() ? "it is empty" : "it holds " + String.join(", ", shown)
                + (entries.size() > shown.size() ? " and " + (entries.size() - shown.size()) + " more" : "");
        return Problem.error("BUNDLE-NO-METADATA").subject(label)
                .hint("To put a package in the DC/OS package registry, write its build definition (universe-studio"
                        + " bundle definition) and run dcos registry build on it.")
                .message(label + " is a zip without metadata.json (" + listing + "), so it is not a package.dcos of"
                        + " DC/OS 1.9-1.10. It may be a package registry bundle, made by dcos registry build; the layout"
                        + " of those is not public, so Universe Studio does not open them.");
    }

    private static Problem tooLarge(String label, String entry, BundleLimits limits) {
        return Problem.error("BUNDLE-TOO-LARGE").subject(label)
                .hint("A real metadata.json is a few hundred kilobytes at most; do not use this file.")
                .message(label + ": the entry " + entry + " unpacks to more than " + limits.shownSize()
                        + " (a zip bomb?); it was not extracted.");
    }

    /** What a file that is not a zip looks like, for the message ("" when unknown). */
    private static String whatItIs(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        }
        if (head.length == 0) {
            return " (it is empty)";
        }
        if (head.length >= 262 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar")) {
            return " (it is a tar archive, which may be a package registry bundle; their layout is not public)";
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return " (it is gzip-compressed)";
        }
        String start = new String(head, StandardCharsets.UTF_8).stripLeading();
        if (start.startsWith("{")) {
            return " (it looks like JSON; a build definition is built with universe-studio bundle build)";
        }
        return "";
    }

    /**
     * True when extracting {@code name} would write outside the target folder: an absolute path, a drive
     * letter, a {@code ..} segment (with either slash), or a NUL.
     */
    static boolean escapes(String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            return true;
        }
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.length() >= 2 && n.charAt(1) == ':') {
            return true;
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
