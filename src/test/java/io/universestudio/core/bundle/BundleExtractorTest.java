package io.universestudio.core.bundle;

import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** bundle extract: the revision folder it writes, and every file it refuses. */
class BundleExtractorTest {

    @TempDir
    Path work;

    private final BundleExtractor extractor = new BundleExtractor(BundleLimits.DEFAULT);

    private Path built() throws Exception {
        Path rev = BundleFixtures.revision(work.resolve("rev"));
        return new BundleBuilder("t", BundleLimits.DEFAULT).build(rev, work.resolve("built")).file();
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path p = work.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private BundleExtractor.Outcome extract(Path dcos) throws IOException {
        return extractor.extract(dcos, work.resolve("out"), work, false);
    }

    private void assertRefused(BundleExtractor.Outcome outcome, String code, String... phrases) {
        assertThat(outcome.written()).isFalse();
        assertThat(outcome.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.message()).contains(phrases);
        });
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void extractsTheRevisionWithTheTemplateByteForByte() throws Exception {
        BundleExtractor.Outcome outcome = extract(built());
        assertThat(outcome.written()).as(outcome.problems().toString()).isTrue();
        Path out = work.resolve("out");
        assertThat(outcome.folder()).isEqualTo(out);
        assertThat(outcome.files()).containsExactly(RevisionFile.PACKAGE, RevisionFile.CONFIG, RevisionFile.RESOURCE,
                RevisionFile.TEMPLATE);
        assertThat(Files.readAllBytes(out.resolve("marathon.json.mustache"))).isEqualTo(BundleFixtures.TEMPLATE);
        assertThat(BundleFixtures.json(out.resolve("config.json")))
                .isEqualTo(BundleFixtures.json(BundleFixtures.CONFIG.getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(out.resolve("package.json"))).startsWith("{\n  \"packagingVersion\": \"4.0\",\n")
                .doesNotContain("selected").doesNotContain("marathon");
        try (Stream<Path> s = Files.list(work)) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no temporary folder left")
                    .containsExactlyInAnyOrder("rev", "built", "out");
        }
    }

    @Test
    void withoutAnOutputFolderItWritesNameDashVersionInTheDefaultParent() throws Exception {
        BundleExtractor.Outcome outcome = extractor.extract(built(), null, work.resolve("here"), false);
        assertThat(outcome.folder()).isEqualTo(work.resolve("here/time-server-1.0.0"));
        assertThat(outcome.folder().resolve("package.json")).exists();
    }

    @Test
    void anExistingRevisionIsReplacedOnlyWithForce() throws Exception {
        Path dcos = built();
        Path out = Files.createDirectories(work.resolve("out"));
        Files.writeString(out.resolve("package.json"), "{}");
        Files.writeString(out.resolve("command.json"), "{\"pip\": []}");
        Files.writeString(out.resolve("README.md"), "kept");

        BundleExtractor.Outcome refused = extractor.extract(dcos, out, work, false);
        assertThat(refused.written()).isFalse();
        assertThat(refused.errors()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("BUNDLE-REVISION-EXISTS");
            assertThat(p.message()).contains("already holds a revision (package.json, command.json)");
            assertThat(p.hint()).contains("--force");
        });
        assertThat(Files.readString(out.resolve("package.json"))).isEqualTo("{}");

        BundleExtractor.Outcome forced = extractor.extract(dcos, out, work, true);
        assertThat(forced.written()).isTrue();
        assertThat(Files.readAllBytes(out.resolve("marathon.json.mustache"))).isEqualTo(BundleFixtures.TEMPLATE);
        assertThat(out.resolve("command.json")).as("a package file the bundle lacks goes").doesNotExist();
        assertThat(Files.readString(out.resolve("README.md"))).isEqualTo("kept");
    }

    @Test
    void anEmptyExistingFolderIsFineAndAFileInTheWayIsNot() throws Exception {
        Path dcos = built();
        Files.createDirectories(work.resolve("empty"));
        assertThat(extractor.extract(dcos, work.resolve("empty"), work, false).written()).isTrue();
        Files.writeString(work.resolve("afile"), "x");
        assertThat(extractor.extract(dcos, work.resolve("afile"), work, true).errors()).extracting(Problem::code)
                .containsExactly("BUNDLE-REVISION-EXISTS");
    }

    @Test
    void entriesThatWouldEscapeTheFolderAreRefused() throws Exception {
        byte[] metadata = BundleFixtures.entries(built()).get("metadata.json");
        for (String evil : List.of("../evil.sh", "a/../../evil.sh", "/etc/evil", "..\\evil.bat", "C:/evil", "C:evil")) {
            Path zip = file("slip.dcos", BundleFixtures.zip(new String[] {"metadata.json", evil},
                    new byte[][] {metadata, "x".getBytes(StandardCharsets.UTF_8)}));
            assertRefused(extract(zip), "BUNDLE-UNSAFE-ENTRY", "would be written outside the folder");
        }
        assertThat(work.resolve("evil.sh")).doesNotExist();
        assertThat(BundleReader.escapes("dir/file..json")).isFalse();
        assertThat(BundleReader.escapes("a/./b")).isFalse();
    }

    @Test
    void twoEntriesWithTheSameNameAreRefused() throws Exception {
        byte[] metadata = BundleFixtures.entries(built()).get("metadata.json");
        byte[] zip = BundleFixtures.zip(new String[] {"metadata.json", "metadata.jsoX"},
                new byte[][] {metadata, "{}".getBytes(StandardCharsets.UTF_8)});
        // The zip library will not write two equal names; rename the second in its headers.
        byte[] twice = new String(zip, StandardCharsets.ISO_8859_1).replace("metadata.jsoX", "metadata.json")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(extract(file("twice.dcos", twice)), "BUNDLE-UNSAFE-ENTRY", "two entries named metadata.json");
    }

    @Test
    void aZipBombIsRefusedWithTheDefaultLimit() throws Exception {
        Path bomb = work.resolve("bomb.dcos");
        try (OutputStream raw = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(raw)) {
            zip.putNextEntry(new ZipEntry("metadata.json"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            zip.write('{');
            for (int i = 0; i < 40; i++) { // 40 MB of spaces: compresses to about 40 KB
                zip.write(spaces);
            }
            zip.write('}');
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        assertRefused(extract(bomb), "BUNDLE-TOO-LARGE", "metadata.json unpacks to more than 32 MB");
    }

    @Test
    void theLimitDoesNotTrustDeclaredSizes() throws Exception {
        byte[] metadata = BundleFixtures.entries(built()).get("metadata.json");
        Path zip = file("b.dcos", BundleFixtures.zip(new String[] {"metadata.json"}, new byte[][] {metadata}));
        BundleExtractor small = new BundleExtractor(new BundleLimits(metadata.length - 1, 10));
        assertThat(small.extract(zip, work.resolve("out"), work, false).errors()).extracting(Problem::code)
                .containsExactly("BUNDLE-TOO-LARGE");
        BundleExtractor exact = new BundleExtractor(new BundleLimits(metadata.length, 10));
        assertThat(exact.extract(zip, work.resolve("out"), work, false).written()).isTrue();
    }

    @Test
    void aLargeOtherEntryAndTooManyEntriesAreRefused() throws Exception {
        byte[] metadata = BundleFixtures.entries(built()).get("metadata.json");
        Path zip = file("c.dcos", BundleFixtures.zip(new String[] {"metadata.json", "layer.tar", "x", "y"},
                new byte[][] {metadata, new byte[metadata.length + 1], new byte[0], new byte[0]}));
        assertRefused(new BundleExtractor(new BundleLimits(metadata.length, 10)).extract(zip, work.resolve("out"), work,
                false), "BUNDLE-TOO-LARGE", "layer.tar");
        assertRefused(new BundleExtractor(new BundleLimits(1 << 20, 3)).extract(zip, work.resolve("out"), work, false),
                "BUNDLE-TOO-LARGE", "lists 4 entries");
    }

    @Test
    void aZipWithoutMetadataSaysItMayBeARegistryBundleWhoseLayoutIsNotPublic() throws Exception {
        Path zip = file("registry.dcos", BundleFixtures.zip(new String[] {"package.json", "images/layer0.tar"},
                new byte[][] {"{}".getBytes(StandardCharsets.UTF_8), new byte[10]}));
        assertRefused(extract(zip), "BUNDLE-NO-METADATA", "without metadata.json",
                "holds package.json, images/layer0.tar", "package registry bundle", "not public");
    }

    @Test
    void filesThatAreNotZipsAreRefusedSayingWhatTheyLookLike() throws Exception {
        assertRefused(extract(file("a.dcos", "{\"name\": \"x\"}".getBytes(StandardCharsets.UTF_8))), "BUNDLE-NOT-ZIP",
                "is not a zip file", "looks like JSON");
        byte[] tar = new byte[1024];
        System.arraycopy("ustar".getBytes(StandardCharsets.US_ASCII), 0, tar, 257, 5);
        assertRefused(extract(file("b.dcos", tar)), "BUNDLE-NOT-ZIP", "tar archive", "not public");
        assertRefused(extract(file("c.dcos", new byte[] {0x1f, (byte) 0x8b, 8, 0})), "BUNDLE-NOT-ZIP", "gzip");
        assertRefused(extract(file("d.dcos", new byte[0])), "BUNDLE-NOT-ZIP", "it is empty");
        byte[] cut = java.util.Arrays.copyOf(Files.readAllBytes(built()), 40);
        assertRefused(extract(file("e.dcos", cut)), "BUNDLE-NOT-ZIP", "cannot be read as one");
    }

    @Test
    void metadataThatIsNotJsonOrHasABrokenTemplateIsRefused() throws Exception {
        Path a = file("a.dcos", BundleFixtures.zip(new String[] {"metadata.json"},
                new byte[][] {"{\"name\": ".getBytes(StandardCharsets.UTF_8)}));
        assertRefused(extract(a), "BUNDLE-METADATA-NOT-JSON", "metadata.json is not valid JSON");
        Path b = file("b.dcos", BundleFixtures.zip(new String[] {"metadata.json"},
                new byte[][] {"{\"name\": \"x-y\", \"marathon\": {\"v2AppMustacheTemplate\": \"not base64!\"}}"
                        .getBytes(StandardCharsets.UTF_8)}));
        assertRefused(extract(b), "BUNDLE-TEMPLATE-NOT-BASE64", "marathon.v2AppMustacheTemplate");
    }

    @Test
    void metadataThatBreaksTheSchemaIsExtractedWithWarningsToFix() throws Exception {
        Path zip = file("old.dcos", BundleFixtures.zip(new String[] {"metadata.json"},
                new byte[][] {("{\"packagingVersion\": \"4.0\", \"name\": \"x-y\", \"version\": \"1\", \"maintainer\":"
                        + " \"m\", \"description\": \"d\", \"tags\": [], \"releaseVersion\": 3}")
                        .getBytes(StandardCharsets.UTF_8)}));
        BundleExtractor.Outcome outcome = extract(zip);
        assertThat(outcome.written()).isTrue();
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.code()).isEqualTo("BUNDLE-METADATA-SCHEMA");
            assertThat(p.message()).contains("\"releaseVersion\" is not allowed");
        });
        assertThat(Files.readString(work.resolve("out/package.json"))).contains("\"releaseVersion\": 3");
    }
}
