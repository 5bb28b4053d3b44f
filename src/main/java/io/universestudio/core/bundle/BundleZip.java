package io.universestudio.core.bundle;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The bytes of a package.dcos (version 1): a deflated zip with {@code metadata.json} and
 * {@code manifest.json}. Entry times are fixed, so the same revision built by the same version gives the
 * same bytes, hence the same MD5 in the file name (ADR 0110).
 */
final class BundleZip {

    static final String METADATA = "metadata.json";
    static final String MANIFEST = "manifest.json";

    /** The DOS epoch: the earliest time a zip entry can carry, the same in every time zone. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private BundleZip() {
    }

    /** The zip of {@code metadata}, with a manifest saying {@code "built-by": "universe-studio.version=X"}. */
    static byte[] zip(ObjectNode metadata, String studioVersion) {
        ObjectNode manifest = JsonNodeFactory.instance.objectNode();
        manifest.put("built-by", "universe-studio.version=" + studioVersion);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setMethod(ZipOutputStream.DEFLATED);
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            put(zip, METADATA, BundleJson.pretty(metadata));
            put(zip, MANIFEST, BundleJson.pretty(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException("writing a zip in memory failed", e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** Lower-case hex MD5 of the zip's bytes, as in the DC/OS CLI's file names. */
    static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
