package io.universestudio.core.validate;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static io.universestudio.core.validate.Fixtures.PACKAGE;
import static io.universestudio.core.validate.Fixtures.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every row of the behaviour matrix in universe-format.md 3.4, as a mutation of the valid baseline:
 * where the Universe's validate or index step fails (or crashes), Studio reports that rule's error at
 * the right pointer and line; where both pass, Studio reports no error.
 */
class BehaviourMatrixTest {

    static Stream<Arguments> failingRows() {
        return Stream.of(
                row("packagingVersion missing", Fixtures.withPackage("\"packagingVersion\": \"4.0\",\n", ""),
                        "PKG-PACKAGING-VERSION", "/packagingVersion"),
                row("command.json in 4.0", Fixtures.valid().withText(RevisionFile.COMMAND, "{\"pip\": [\"dcos==0.1\"]}"),
                        "CMD-NOT-ALLOWED", ""),
                row("command.json in 5.0", five("1.12").withText(RevisionFile.COMMAND, "{\"pip\": []}"),
                        "CMD-NOT-ALLOWED", ""),
                row("5.0 with min 1.10", five("1.10"), "PKG-V5-MIN-DCOS", "/minDcosReleaseVersion"),
                row("5.0 with manager, no min", Fixtures.withPackage("\"packagingVersion\": \"4.0\"",
                        "\"packagingVersion\": \"5.0\", \"manager\": {\"packageName\": \"beta-mke\"}")
                        .withText(RevisionFile.PACKAGE, PACKAGE.replace("\"packagingVersion\": \"4.0\"",
                                "\"packagingVersion\": \"5.0\", \"manager\": {\"packageName\": \"beta-mke\"}")
                                .replace("  \"minDcosReleaseVersion\": \"1.10\",\n", "")),
                        "PKG-V5-MIN-DCOS", "/minDcosReleaseVersion"),
                row("cli url ftp://", withCli("ftp://example.com/dcos-foo"), "RES-CLI-URL",
                        "/cli/binaries/linux/x86-64/url"),
                row("3.0 cli, min 1.7, no command.json", withCli("https://example.com/dcos-foo")
                        .withText(RevisionFile.PACKAGE, PACKAGE.replace("\"4.0\"", "\"3.0\"").replace("\"1.10\"", "\"1.7\"")
                                .replace("  \"upgradesFrom\": [\"*\"],\n  \"downgradesTo\": [\"*\"],\n", "")),
                        "PKG-CLI-MIN-DCOS", "/minDcosReleaseVersion"),
                row("package under the wrong letter", moved("K/time-server/1"), "PKG-WRONG-LETTER", null),
                row("lower-case letter folder", moved("t/time-server/1"), "PKG-LETTER-FOLDER", null),
                row("name differs from the folder", moved("T/time-service/1"), "PKG-NAME-MISMATCH", "/name"),
                row("name \"Foo\"", Fixtures.withPackage("\"time-server\"", "\"Foo\""), "PKG-NAME-PATTERN", "/name"),
                row("one-character name", Fixtures.withPackage("\"time-server\"", "\"f\""), "PKG-NAME-PATTERN", "/name"),
                row("revision folder latest", moved("T/time-server/latest"), "REV-NOT-NUMBER", null),
                row("revision folder -1", moved("T/time-server/-1"), "REV-NOT-NUMBER", null),
                row("raw UTF-8 in package.json", Fixtures.withPackage("prints the time", "prints the t\u00e9me"),
                        "FILE-NOT-ASCII", null),
                row("\\u00e9 escape in package.json", Fixtures.withPackage("prints the time", "prints the t\\u00e9me"),
                        "JSON-UNICODE-ESCAPE", "/description"),
                row("template {{#a}}x{{/b}}", Fixtures.valid().withText(RevisionFile.TEMPLATE, "{\n{{#a}}x{{/b}}\n}"),
                        "TEMPLATE-SECTION-MISMATCH", null),
                row("resource.json = [1]", Fixtures.valid().withText(RevisionFile.RESOURCE, "[1]"), "RES-NOT-OBJECT", ""),
                row("resource.json with unknown key", Fixtures.withResource("\"assets\"", "\"asset\""),
                        "RES-UNKNOWN-FIELD", "/asset"),
                row("config.json = []", Fixtures.valid().withText(RevisionFile.CONFIG, "[]"), "CONFIG-SCHEMA-WRONG-TYPE", ""),
                row("config.json type objekt", Fixtures.valid().withText(RevisionFile.CONFIG, "{\"type\": \"objekt\"}"),
                        "CONFIG-SCHEMA-NOT-ALLOWED-VALUE", "/type"),
                row("tag \"a b\"", Fixtures.withPackage("\"http\", \"time-server\"", "\"http\", \"a b\""),
                        "PKG-TAG-PATTERN", "/tags/1"),
                row("4.0 version \"1.0 beta\"", Fixtures.withPackage("\"1.0.0\"", "\"1.0 beta\""),
                        "PKG-VERSION-PATTERN", "/version"),
                row("2.0 with minDcosReleaseVersion", Fixtures.valid().withText(RevisionFile.PACKAGE, two()
                        .replace("\"tags\"", "\"minDcosReleaseVersion\": \"1.8\",\n  \"tags\"")),
                        "PKG-FIELD-NOT-ALLOWED", "/minDcosReleaseVersion"),
                row("min 1.10-beta", Fixtures.withPackage("\"1.10\"", "\"1.10-beta\""), "PKG-MIN-DCOS-PATTERN",
                        "/minDcosReleaseVersion"),
                row("license url www.x.com", Fixtures.withPackage("\"https://www.apache.org/licenses/LICENSE-2.0\"",
                        "\"www.x.com\""), "PKG-LICENSE-URL", "/licenses/0/url"));
    }

    static Stream<Arguments> passingRows() {
        return Stream.of(
                Arguments.of("baseline", Fixtures.valid()),
                Arguments.of("4.0 with upgradesFrom, no min",
                        Fixtures.withPackage("  \"minDcosReleaseVersion\": \"1.10\",\n", "")),
                Arguments.of("cli url ftp:// but min 9999 (never served)", withCli("ftp://example.com/x")
                        .withText(RevisionFile.PACKAGE, PACKAGE.replace("\"1.10\"", "\"9999\""))),
                Arguments.of("duplicate key in package.json", Fixtures.withPackage("\"version\": \"1.0.0\",",
                        "\"version\": \"0.9\", \"version\": \"1.0.0\",")),
                Arguments.of("\\u0041 escape", Fixtures.withPackage("prints the time", "prints the \\u0041 time")),
                Arguments.of("raw UTF-8 in the template", Fixtures.valid().withText(RevisionFile.TEMPLATE,
                        Fixtures.TEMPLATE.replace("http.server", "http.server # caf\u00e9"))),
                Arguments.of("empty template file", Fixtures.valid().withText(RevisionFile.TEMPLATE, "")),
                Arguments.of("config.json = {}", Fixtures.valid().withText(RevisionFile.CONFIG,
                        "{\"type\": \"object\"}")),
                Arguments.of("tags: []", Fixtures.withPackage("[\"http\", \"time-server\"]", "[]")),
                Arguments.of("2.0 version \"1.0 beta\"", Fixtures.valid().withText(RevisionFile.PACKAGE,
                        two().replace("\"1.0.0\"", "\"1.0 beta\""))),
                Arguments.of("2.0 without template", Fixtures.valid().withText(RevisionFile.PACKAGE, two())
                        .without(RevisionFile.TEMPLATE).without(RevisionFile.CONFIG)),
                Arguments.of("revision with only package.json", Fixtures.valid().without(RevisionFile.CONFIG)
                        .without(RevisionFile.RESOURCE).without(RevisionFile.TEMPLATE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingRows")
    void universeFailuresAreErrorsAtTheRightPlace(String row, Revision revision, String code, String pointer) {
        ValidationReport report = Fixtures.validate(revision);
        assertThat(report.withCode(code)).as(row + ": " + report.problems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.severity()).isEqualTo(Severity.ERROR));
        Problem p = report.withCode(code).get(0);
        if (pointer != null) {
            assertThat(p.pointer()).isEqualTo(pointer);
            String text = revision.text(p.file()).orElseThrow();
            assertThat(p.position()).isNotNull();
            if (!pointer.isEmpty() && revision.document(p.file()).isPresent()
                    && revision.document(p.file()).get().locations().key(pointer).isPresent()) {
                assertThat(p.position()).isEqualTo(revision.document(p.file()).get().locations().key(pointer).get());
            }
            assertThat(p.position().line()).isBetween(1, (int) text.lines().count());
        }
        assertThat(p.message()).doesNotContainIgnoringCase("oneOf").isNotBlank();
        assertThat(p.hint()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passingRows")
    void rowsBothStepsPassHaveNoError(String row, Revision revision) {
        ValidationReport report = Fixtures.validate(revision);
        assertThat(report.problems()).as(row).noneMatch(p -> p.severity() == Severity.ERROR);
    }

    @Test
    void aTagWithWhitespaceIsReportedOnItsOwnLine() {
        Revision r = Fixtures.withPackage("\"http\", \"time-server\"", "\"http\", \"a b\"");
        Problem p = Fixtures.validate(r).withCode("PKG-TAG-PATTERN").get(0);
        assertThat(p.position().line()).isEqualTo(lineOf(PACKAGE, "\"tags\""));
        assertThat(p.message()).isEqualTo("tags > #2: \"a b\" contains whitespace; each tag must be a single word.");
    }

    @Test
    void theDuplicateKeyRowIsAWarning() {
        Revision r = Fixtures.withPackage("\"version\": \"1.0.0\",", "\"version\": \"0.9\", \"version\": \"1.0.0\",");
        assertThat(Fixtures.validate(r).withCode("JSON-DUPLICATE-KEY")).singleElement()
                .satisfies(p -> assertThat(p.severity()).isEqualTo(Severity.WARNING));
    }

    private static Arguments row(String name, Revision r, String code, String pointer) {
        return Arguments.of(name, r, code, pointer);
    }

    private static Revision five(String min) {
        return Fixtures.withPackage("\"packagingVersion\": \"4.0\"", "\"packagingVersion\": \"5.0\"")
                .withText(RevisionFile.PACKAGE, PACKAGE.replace("\"4.0\"", "\"5.0\"").replace("\"1.10\"", "\"" + min + "\""));
    }

    private static String two() {
        return PACKAGE.replace("\"4.0\"", "\"2.0\"").replace("  \"minDcosReleaseVersion\": \"1.10\",\n", "")
                .replace("  \"upgradesFrom\": [\"*\"],\n  \"downgradesTo\": [\"*\"],\n", "");
    }

    private static Revision withCli(String url) {
        return Fixtures.withResource("\"assets\"", "\"cli\": {\"binaries\": {\"linux\": {\"x86-64\": {\"kind\": \"executable\","
                + " \"url\": \"" + url + "\", \"contentHash\": [{\"algo\": \"sha256\", \"value\": \"ab\"}]}}}},\n  \"assets\"");
    }

    private static Revision moved(String where) {
        Map<RevisionFile, String> files = new HashMap<>();
        Revision v = Fixtures.valid();
        for (RevisionFile f : RevisionFile.values()) {
            v.text(f).ifPresent(t -> files.put(f, t));
        }
        return Fixtures.at(where, files);
    }
}
