package io.universestudio.core.io;

import io.universestudio.core.index.IndexGenerator;
import io.universestudio.core.index.RepositoryIndex;
import io.universestudio.core.index.TestRepos;
import io.universestudio.core.model.FileIssue;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.render.RenderRequest;
import io.universestudio.core.render.RenderResult;
import io.universestudio.core.render.Renderer;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.RepositoryValidator;
import io.universestudio.core.validate.ValidationReport;
import io.universestudio.core.validate.Validator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a repository folder can hold besides package files, each through validate, render and index: a
 * folder where a file belongs, a file of gigabytes, links out of the revision or the repository, an
 * unreadable file, a pipe, other encodings. Each is a problem with a code and a plain sentence; nothing
 * outside is read, nothing crashes, nothing is deleted on save.
 */
class HostileFilesTest {

    @TempDir
    Path temp;

    private final Validator validator = new Validator();

    private Path repo() {
        return temp.resolve("repo");
    }

    private Path valid(String name) throws Exception {
        return TestRepos.valid(repo(), name, 0, "1.0.0");
    }

    private RepositoryIndex index() throws Exception {
        return new IndexGenerator().index(repo());
    }

    private static List<Problem> withCode(ValidationReport report, String code) {
        return report.withCode(code);
    }

    private void assertLeftOutOfTheIndex(String name, String sentence) throws Exception {
        RepositoryIndex index = index();
        assertThat(index.entries()).noneMatch(e -> e.name().equals(name));
        assertThat(index.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("INDEX-REVISION-UNREADABLE");
            assertThat(p.message()).contains(sentence);
        });
    }

    @ParameterizedTest
    @EnumSource(RevisionFile.class)
    void aFolderWhereAFileBelongsIsAProblemEverywhereAndSurvivesASave(RevisionFile file) throws Exception {
        Path dir = valid("folders");
        Files.deleteIfExists(dir.resolve(file.fileName()));
        Files.createDirectories(dir.resolve(file.fileName()).resolve("inside"));
        Files.writeString(dir.resolve(file.fileName()).resolve("inside").resolve("keep.txt"), "mine");

        Revision r = RevisionReader.read(dir);
        assertThat(r.has(file)).isFalse();
        assertThat(r.fileIssue(file)).hasValueSatisfying(i -> assertThat(i.kind()).isEqualTo(FileIssue.Kind.NOT_A_FILE));
        List<Problem> problems = withCode(validator.validate(r), "FILE-NOT-A-FILE");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.message()).isEqualTo(file.fileName() + " is a folder, not a file, so the revision has no "
                    + file.fileName() + ".");
        });
        assertThat(new Renderer().render(r, RenderRequest.defaults())).isNotNull();
        assertLeftOutOfTheIndex("folders", file.fileName() + " is a folder, not a file");

        // Saving the revision where it was read leaves the folder and what is in it alone.
        RevisionWriter.write(r.withText(RevisionFile.PACKAGE.equals(file) ? RevisionFile.CONFIG : RevisionFile.PACKAGE,
                "{}"), dir);
        assertThat(dir.resolve(file.fileName()).resolve("inside").resolve("keep.txt")).hasContent("mine");
    }

    @Test
    void aSparseFileOfThreeGigabytesIsNeverRead() throws Exception {
        Path dir = valid("huge");
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("config.json").toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024);
        }
        Revision r = RevisionReader.read(dir);
        assertThat(r.has(RevisionFile.CONFIG)).isFalse();
        assertThat(withCode(validator.validate(r), "FILE-TOO-LARGE")).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("config.json is 3 GB; package files may be at most 32 MB (real ones"
                        + " are a few kilobytes), so it is not read."));
        assertLeftOutOfTheIndex("huge", "config.json is 3 GB");
        RevisionWriter.write(r.withText(RevisionFile.PACKAGE, r.text(RevisionFile.PACKAGE).orElseThrow() + "\n"), dir);
        assertThat(Files.size(dir.resolve("config.json"))).isEqualTo(3L * 1024 * 1024 * 1024);
    }

    @Test
    void aFileLinkOutOfTheRepositoryIsNotFollowedALinkInsideIs() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.json"), "{\"type\": \"object\", \"description\": \"SECRET\"}");
        Path dir = valid("linked");
        Files.delete(dir.resolve("config.json"));
        Files.createSymbolicLink(dir.resolve("config.json"), secret);

        Revision r = RevisionReader.read(dir);
        assertThat(r.has(RevisionFile.CONFIG)).isFalse();
        ValidationReport report = validator.validate(r);
        assertThat(withCode(report, "FILE-LINK-OUTSIDE")).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("config.json is a symbolic link to " + secret + ", outside "));
        assertThat(report.problems()).noneMatch(p -> p.message().contains("SECRET"));
        assertLeftOutOfTheIndex("linked", "config.json is a symbolic link to " + secret);

        // A link to a file inside the repository is an ordinary file.
        Path shared = Files.writeString(repo().resolve("shared-config.json"),
                "{\"type\": \"object\", \"properties\": {\"service\": {\"type\": \"object\", \"properties\":"
                        + " {\"name\": {\"type\": \"string\", \"default\": \"linked\"}}}}}");
        Files.delete(dir.resolve("config.json"));
        Files.createSymbolicLink(dir.resolve("config.json"), shared);
        assertThat(RevisionReader.read(dir).has(RevisionFile.CONFIG)).isTrue();
        assertThat(index().entries()).anyMatch(e -> e.name().equals("linked"));

        // A dangling link is named as such.
        Files.delete(dir.resolve("config.json"));
        Files.createSymbolicLink(dir.resolve("config.json"), temp.resolve("gone.json"));
        assertThat(RevisionReader.read(dir).fileIssue(RevisionFile.CONFIG)).hasValueSatisfying(i ->
                assertThat(i.message()).contains("which does not exist"));
    }

    @Test
    void aStandaloneRevisionMayNotLinkOutOfItsOwnFolder() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("alone"));
        Files.writeString(dir.resolve("package.json"), TestRepos.packageJson("alone", "4.0", "1.0", null));
        Path outside = Files.writeString(temp.resolve("template.mustache"), "{\"id\": \"/x\"}");
        Files.createSymbolicLink(dir.resolve("marathon.json.mustache"), outside);
        Revision r = RevisionReader.read(dir);
        assertThat(r.has(RevisionFile.TEMPLATE)).isFalse();
        assertThat(withCode(validator.validate(r), "FILE-LINK-OUTSIDE")).hasSize(1);
    }

    @Test
    void packageAndRevisionFoldersLinkedOutOfTheRepositoryAreNeitherValidatedNorIndexedNorServed() throws Exception {
        valid("inside");
        Path elsewhere = temp.resolve("elsewhere");
        TestRepos.valid(elsewhere, "outside", 0, "1.0.0");
        Files.createDirectories(repo().resolve("packages").resolve("O"));
        Files.createSymbolicLink(repo().resolve("packages").resolve("O").resolve("outside"),
                elsewhere.resolve("packages").resolve("O").resolve("outside"));
        Files.createSymbolicLink(repo().resolve("packages").resolve("I").resolve("inside").resolve("1"),
                elsewhere.resolve("packages").resolve("O").resolve("outside").resolve("0"));

        UniverseRepository repository = UniverseRepository.open(repo());
        assertThat(repository.packages()).extracting(PackageFolder::name).containsExactly("inside");
        assertThat(repository.packages().get(0).revisions()).extracting(RevisionFolder::folderName).containsExactly("0");
        ValidationReport report = new RepositoryValidator(validator).validate(repository);
        assertThat(withCode(report, "REPO-LINK-OUTSIDE")).extracting(Problem::subject)
                .containsExactlyInAnyOrder("packages/O/outside", "packages/I/inside/1");
        RepositoryIndex index = index();
        assertThat(index.entries()).extracting(e -> e.name() + "/" + e.releaseVersion()).containsExactly("inside/0");

        try (io.universestudio.core.serve.RepositoryServer server =
                     io.universestudio.core.serve.RepositoryServer.loopback(repo(), 0).start()) {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(server.url())
                            .header("User-Agent", "cosmos/0.6.3 dcos/2.0.1")
                            .header("Accept", "application/vnd.dcos.universe.repo+json;charset=utf-8;version=v5")
                            .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("\"inside\"").doesNotContain("\"outside\"");
        }
    }

    @Test
    void anUnreadableFileIsAProblemNamingPermissions() throws Exception {
        Path dir = valid("locked");
        Path config = dir.resolve("config.json");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(config), "running as root: every file is readable");
            Revision r = RevisionReader.read(dir);
            assertThat(withCode(validator.validate(r), "FILE-UNREADABLE")).singleElement().satisfies(p -> {
                assertThat(p.message()).isEqualTo("config.json cannot be read: permission denied (its permissions do"
                        + " not let this user read it).");
                assertThat(p.hint()).contains("chmod");
            });
            assertLeftOutOfTheIndex("locked", "permission denied");
        } finally {
            Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void anUnreadablePackageFolderIsReportedAndLeftOut() throws Exception {
        valid("readable");
        Path locked = valid("locked").getParent();
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "running as root: every folder is readable");
            ValidationReport report = new RepositoryValidator(validator).validate(UniverseRepository.open(repo()));
            assertThat(withCode(report, "REPO-UNREADABLE")).singleElement().satisfies(p ->
                    assertThat(p.message()).contains("permission denied"));
            assertThat(index().entries()).extracting(e -> e.name()).containsExactly("readable");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aNamedPipeIsNotReadSoNothingWaitsOnIt() throws Exception {
        Path dir = valid("piped");
        Files.delete(dir.resolve("resource.json"));
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", dir.resolve("resource.json").toString()).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("mkfifo is not available here");
            return;
        }
        assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Assumptions.assumeTrue(mkfifo.exitValue() == 0, "mkfifo failed");
        assertThat(withCode(validator.validate(RevisionReader.read(dir)), "FILE-NOT-A-FILE")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not a regular file"));
        assertLeftOutOfTheIndex("piped", "resource.json is not a regular file");
    }

    /** One encoding of a JSON file, and the first bytes that mark it. */
    private record Encoded(String label, Charset charset, byte[] mark) {
    }

    @Test
    void validateAndIndexReadOtherEncodingsTheSameWay() throws Exception {
        List<Encoded> encodings = List.of(
                new Encoded("UTF-8 with a byte order mark", StandardCharsets.UTF_8, new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}),
                new Encoded("UTF-16 (little-endian, with a byte order mark)", StandardCharsets.UTF_16LE, new byte[] {(byte) 0xff, (byte) 0xfe}),
                new Encoded("UTF-16 (big-endian, with a byte order mark)", StandardCharsets.UTF_16BE, new byte[] {(byte) 0xfe, (byte) 0xff}),
                new Encoded("UTF-16 (little-endian)", StandardCharsets.UTF_16LE, new byte[0]),
                new Encoded("UTF-16 (big-endian)", StandardCharsets.UTF_16BE, new byte[0]),
                new Encoded("UTF-32 (little-endian)", Charset.forName("UTF-32LE"), new byte[0]));
        for (Encoded e : encodings) {
            Path dir = valid("encoded");
            String json = Files.readString(dir.resolve("package.json"));
            byte[] body = json.getBytes(e.charset());
            byte[] bytes = new byte[e.mark().length + body.length];
            System.arraycopy(e.mark(), 0, bytes, 0, e.mark().length);
            System.arraycopy(body, 0, bytes, e.mark().length, body.length);
            Files.write(dir.resolve("package.json"), bytes);

            Revision r = RevisionReader.read(dir);
            assertThat(r.text(RevisionFile.PACKAGE)).as(e.label()).hasValue(json);
            ValidationReport report = validator.validate(r);
            String sentence = e.label().startsWith("UTF-8")
                    ? "package.json starts with a byte order mark; the Universe's scripts and DC/OS read package files"
                    + " as UTF-8 without one and fail on it"
                    : "package.json is saved as " + e.label() + "; the Universe's scripts and DC/OS read package files"
                    + " as UTF-8 only";
            assertThat(report.withCode("FILE-ENCODING")).as(e.label()).singleElement()
                    .satisfies(p -> assertThat(p.message()).isEqualTo(sentence + "."));
            assertThat(report.errors()).as(e.label() + ": %s", report.problems()).isEqualTo(1);
            assertLeftOutOfTheIndex("encoded", sentence);
            FileTrees.deleteTree(repo());
        }
    }
}
