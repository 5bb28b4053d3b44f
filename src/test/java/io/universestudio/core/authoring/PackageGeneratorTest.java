package io.universestudio.core.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.io.Samples;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.ValidationReport;
import io.universestudio.core.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PackageGeneratorTest {

    static Stream<Arguments> samplesAndVersions() {
        return Samples.NAMES.stream().flatMap(s -> Stream.of(PackagingVersion.values()).map(v -> Arguments.of(s, v)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("samplesAndVersions")
    void everySampleInEveryPackagingVersionValidatesAndRendersToAnObject(String sample, PackagingVersion version)
            throws Exception {
        Revision rev = PackageGenerator.generate(
                new NewPackageRequest("my-service", version, "ops@example.com", sample));

        ValidationReport report = new Validator().validate(rev);
        assertThat(report.problems()).as("problems").filteredOn(p -> p.severity().name().equals("ERROR")).isEmpty();
        assertThat(rev.name()).hasValue("my-service");
        assertThat(rev.packagingVersion()).hasValue(version);
        JsonNode pkg = rev.packageJson().orElseThrow().tree().orElseThrow();
        assertThat(pkg.path("maintainer").asText()).isEqualTo("ops@example.com");
        assertThat(rev.text(RevisionFile.PACKAGE).orElseThrow()).doesNotContain("hello-");
        assertThat(pkg.has("upgradesFrom")).isEqualTo(version.ordinal() >= PackagingVersion.V4_0.ordinal());
        assertThat(pkg.has("minDcosReleaseVersion")).isEqualTo(version != PackagingVersion.V2_0);
        if (version == PackagingVersion.V5_0) {
            assertThat(pkg.path("minDcosReleaseVersion").asText()).isEqualTo("1.12");
        }

        // Until core.render lands: a plain mustache.java render (HTML escaping off) parses as a JSON object.
        JsonNode app = new NaiveRender().renderToJson(rev);
        assertThat(app.isObject()).isTrue();
        assertThat(app.path("id").asText()).contains("my-service");
    }

    @Test
    void fittingToAVersionDropsEveryFieldItDoesNotAllow() {
        // The generator used to drop only the 3.0 and 4.0 fields by hand and kept a 5.0 "manager" in 4.0.
        com.fasterxml.jackson.databind.node.ObjectNode pkg = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                .objectNode().put("name", "x").put("minDcosReleaseVersion", "1.12");
        pkg.putObject("manager").put("packageName", "cosmos");
        PackageGenerator.fitToPackagingVersion(pkg, PackagingVersion.V4_0);
        assertThat(pkg.has("manager")).isFalse();
        assertThat(pkg.has("upgradesFrom")).isTrue();
        PackageGenerator.fitToPackagingVersion(pkg, PackagingVersion.V2_0);
        assertThat(pkg.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("name", "packagingVersion");
    }

    @Test
    void theFrameworkSampleLooksLikeAFrameworkPackage() throws Exception {
        Revision rev = PackageGenerator.generate(
                new NewPackageRequest("my-framework", PackagingVersion.V4_0, "ops@example.com", "framework-service"));
        assertThat(rev.packageJson().orElseThrow().tree().orElseThrow().path("framework").asBoolean()).isTrue();
        JsonNode app = new NaiveRender().renderToJson(rev);
        assertThat(app.at("/labels/DCOS_PACKAGE_FRAMEWORK_NAME").asText()).isEqualTo("my-framework");
        assertThat(app.at("/env/FRAMEWORK_NAME").asText()).isEqualTo("my-framework");
        assertThat(app.path("secrets").isMissingNode()).as("no secret by default").isTrue();
    }

    @Test
    void badRequestsAreExplainedAndRefused() {
        NewPackageRequest bad = new NewPackageRequest("My Service", PackagingVersion.V4_0, " ", "nope");
        assertThat(bad.problems()).hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("\"My Service\" cannot be a package name"))
                .anySatisfy(p -> assertThat(p).contains("maintains"))
                .anySatisfy(p -> assertThat(p).contains("no bundled sample"));
        assertThatThrownBy(() -> PackageGenerator.generate(bad)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new NewPackageRequest("ok-name", PackagingVersion.V4_0, "Zoë", null).problems())
                .singleElement().asString().contains("ASCII");
    }

    @Test
    void samplesHaveTitles() {
        assertThat(Samples.NAMES).containsExactly("docker-service", "web-service", "framework-service");
        Samples.NAMES.forEach(s -> assertThat(Samples.title(s)).isNotBlank());
    }
}
