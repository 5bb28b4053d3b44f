package io.universestudio.core.validate;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The infos about package.dcos and the DC/OS package registry. */
class BundleRulesTest {

    private static List<Problem> bundleProblems(Revision r) {
        return Fixtures.validate(r).problems().stream()
                .filter(p -> p.code().startsWith("BUNDLE-") || p.code().startsWith("REGISTRY-")).toList();
    }

    @Test
    void theBaselineGoesEverywhere() {
        assertThat(bundleProblems(Fixtures.valid())).isEmpty();
    }

    @Test
    void packaging20CanNeitherBeBundledNorGoToTheRegistry() {
        List<Problem> problems = bundleProblems(Fixtures.withPackage("\"4.0\"", "\"2.0\""));
        assertThat(problems).extracting(Problem::code)
                .containsExactly("BUNDLE-PACKAGING-VERSION", "REGISTRY-PACKAGING-VERSION");
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.severity()).isEqualTo(Severity.INFO);
            assertThat(p.file()).isEqualTo(RevisionFile.PACKAGE);
            assertThat(p.pointer()).isEqualTo("/packagingVersion");
            assertThat(p.position().line()).isEqualTo(2);
            assertThat(p.hint()).contains("Tools > Migrate to packaging 4.0");
        });
        assertThat(problems.get(0).message()).contains("cannot become a package.dcos");
        assertThat(problems.get(1).message()).contains("accepts packaging version 4.0 and later, and this one is 2.0");
    }

    @Test
    void packaging30CanBeBundledButNotGoToTheRegistry() {
        assertThat(bundleProblems(Fixtures.withPackage("\"4.0\"", "\"3.0\"")))
                .extracting(Problem::code).containsExactly("REGISTRY-PACKAGING-VERSION");
    }

    @Test
    void lastUpdatedIsNoted() {
        List<Problem> problems = bundleProblems(Fixtures.withPackage("\"tags\"", "\"lastUpdated\": 1546546630,\n  \"tags\""));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("REGISTRY-LAST-UPDATED");
            assertThat(p.pointer()).isEqualTo("/lastUpdated");
            assertThat(p.message()).contains("Older versions of the DC/OS package registry reject");
        });
    }

    @Test
    void everyAddressTheRegistryDownloadsMustBeHttpWithAHost() {
        Revision r = Fixtures.valid().withText(RevisionFile.RESOURCE, Fixtures.RESOURCE
                .replace("https://example.com/s.png", "images/icon-small.png")
                .replace("https://example.com/m.png", "http://")
                .replace("\"assets\": {", """
                        "assets": {"uris": {"jar": "", "tgz": "ftp://example.com/a.tgz", "ok": "HTTPS://example.com/a"},
                        """));
        List<Problem> problems = bundleProblems(r);
        assertThat(problems).extracting(Problem::code).containsOnly("REGISTRY-URL");
        assertThat(problems).extracting(Problem::pointer).containsExactly("/images/icon-small", "/images/icon-medium",
                "/assets/uris/jar", "/assets/uris/tgz");
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo(RevisionFile.RESOURCE));
        assertThat(problems.get(3).message()).contains("assets > uris > tgz is \"ftp://example.com/a.tgz\"");
    }

    @Test
    void cliBinaryAddressesAreCheckedToo() {
        Revision r = Fixtures.valid().withText(RevisionFile.RESOURCE, """
                {"cli": {"binaries": {"linux": {"x86-64": {"kind": "executable", "url": "https:///nohost",
                  "contentHash": [{"algo": "sha256", "value": "00"}]}}}}}
                """);
        assertThat(bundleProblems(r)).extracting(Problem::pointer).containsExactly("/cli/binaries/linux/x86-64/url");
    }
}
