package io.universestudio.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** A small valid 4.0 revision written to disk, and helpers to look inside zips. */
final class BundleFixtures {

    static final String PACKAGE = """
            {
              "packagingVersion": "4.0",
              "name": "time-server",
              "version": "1.0.0",
              "maintainer": "https://github.com/mesosphere/universe",
              "description": "Simple HTTP server that prints the time.",
              "tags": ["http", "time-server"],
              "selected": false,
              "minDcosReleaseVersion": "1.10",
              "licenses": [{"name": "Apache License Version 2.0", "url": "https://www.apache.org/licenses/LICENSE-2.0"}]
            }
            """;

    static final String CONFIG = """
            {
              "type": "object",
              "properties": {
                "service": {
                  "type": "object",
                  "properties": {
                    "name": {"type": "string", "default": "time-server"},
                    "cpus": {"type": "number", "default": 0.10}
                  }
                }
              }
            }
            """;

    static final String RESOURCE = """
            {
              "images": {"icon-small": "https://example.com/s.png"},
              "assets": {"container": {"docker": {"server": "python:3.11"}}}
            }
            """;

    /** Not UTF-8 at the end, and no final newline: the bytes must survive exactly. */
    static final byte[] TEMPLATE = concat("{\n  \"id\": \"{{service.name}}\",\n  \"cpus\": {{service.cpus}}\n}\n// \u00e9"
            .getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xff, (byte) 0xfe});

    private BundleFixtures() {
    }

    /** The valid revision in {@code dir}. */
    static Path revision(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("package.json"), PACKAGE);
        Files.writeString(dir.resolve("config.json"), CONFIG);
        Files.writeString(dir.resolve("resource.json"), RESOURCE);
        Files.write(dir.resolve("marathon.json.mustache"), TEMPLATE);
        return dir;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Each entry's name and bytes. */
    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    static JsonNode json(byte[] bytes) {
        BundleJson.Parsed p = BundleJson.parse(bytes);
        if (!p.ok()) {
            throw new AssertionError(p.error());
        }
        return p.tree();
    }

    static JsonNode json(Path file) throws IOException {
        return json(Files.readAllBytes(file));
    }

    static ObjectNode metadataOf(Path dcos) throws IOException {
        return (ObjectNode) json(entries(dcos).get("metadata.json"));
    }

    /** A zip with the given entries, in order (a name may repeat). */
    static byte[] zip(String[] names, byte[][] contents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < names.length; i++) {
                zip.putNextEntry(new ZipEntry(names[i]));
                zip.write(contents[i]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
