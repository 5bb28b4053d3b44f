package io.universestudio.ui.help;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help > About names every library the build bundles with its licence: the list is the build's
 * (dependency:list of the runtime scope), and the hand-kept licences must cover it exactly.
 */
class BundledLibrariesTest {

    private static final Pattern DEPENDENCY = Pattern.compile(
            "<dependency>\\s*(?:<!--.*?-->\\s*)?<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>(.*?)</dependency>",
            Pattern.DOTALL);

    @Test
    void everyBundledLibraryHasALicenceAndEveryLicenceABundledLibrary() {
        List<BundledLibraries.Library> libraries = BundledLibraries.list();
        assertThat(libraries).hasSizeGreaterThan(20);
        assertThat(libraries).allSatisfy(l -> assertThat(l.licence()).as(l.id() + " in licences.properties").isNotBlank());
        assertThat(BundledLibraries.licensed()).as("licences.properties names only bundled libraries")
                .containsExactlyInAnyOrderElementsOf(libraries.stream().map(BundledLibraries.Library::id).toList());
    }

    @Test
    void theListHoldsEveryDependencyOfThePomThatIsNotForTestsWithItsVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String dependencies = pom.substring(pom.indexOf("</dependencyManagement>"), pom.indexOf("<build>"));
        List<String> bundled = new ArrayList<>();
        Matcher m = DEPENDENCY.matcher(dependencies);
        while (m.find()) {
            if (!m.group(3).contains("<scope>test</scope>")) {
                bundled.add(m.group(1).strip() + ":" + m.group(2).strip());
            }
        }
        assertThat(bundled).contains("org.openjfx:javafx-controls", "org.eclipse.jgit:org.eclipse.jgit");
        assertThat(BundledLibraries.list()).extracting(BundledLibraries.Library::id).containsAll(bundled);
        assertThat(BundledLibraries.list()).filteredOn(l -> l.id().equals("info.picocli:picocli"))
                .extracting(BundledLibraries.Library::version).containsExactly(property(pom, "picocli.version"));
    }

    /** Monocle is not a runtime dependency, but the app image ships it (ADR 0137): About names it with the pom's version. */
    @Test
    void whatTheAppImageShipsBesideTheDependenciesIsListedWithThePomsVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("org/testfx/openjfx-monocle/${monocle.version}/openjfx-monocle-${monocle.version}.jar");
        assertThat(BundledLibraries.list()).filteredOn(l -> l.id().equals("org.testfx:openjfx-monocle"))
                .singleElement().satisfies(l -> {
                    assertThat(l.version()).isEqualTo(property(pom, "monocle.version"));
                    assertThat(l.licence()).contains("Classpath Exception");
                });
    }

    @Test
    void theBuildsListIsReadLineByLineWithPlatformJarsAsOneLibrary() {
        Properties licences = new Properties();
        licences.setProperty("org.openjfx:javafx-base", "GPLv2 with the Classpath Exception");
        List<BundledLibraries.Library> read = BundledLibraries.of("""
                The following files have been resolved:
                   org.openjfx:javafx-base:jar:21.0.11 -- module javafx.baseEmpty [auto]
                   org.openjfx:javafx-base:jar:linux:21.0.11 -- module javafx.base
                   org.slf4j:slf4j-api:jar:2.0.17 -- module org.slf4j

                """, licences);
        assertThat(read).containsExactly(
                new BundledLibraries.Library("org.openjfx", "javafx-base", "21.0.11", "GPLv2 with the Classpath Exception"),
                new BundledLibraries.Library("org.slf4j", "slf4j-api", "2.0.17", ""));
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
