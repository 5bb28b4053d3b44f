package io.universestudio.core.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.json.JsonText;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The golden comparison itself notices differences, so the corpus figure means something. */
class GoldenComparisonTest {

    @Test
    void findsEachKindOfDifference() throws Exception {
        Path golden = Shared.golden().resolve("M/minio/6/defaults.json");
        ObjectNode expected = (ObjectNode) JsonText.mapper().readTree(golden.toFile());
        RenderSuccess ours = (RenderSuccess) new Renderer().render(RevisionReader.read(Shared.revision("M/minio/6")),
                RenderRequest.defaults().withSource("https://universe.example.test/repo"));
        assertThat(GoldenComparison.difference(expected, ours.app())).isNull();

        ObjectNode changedValue = ours.app().deepCopy();
        changedValue.put("mem", 1025);
        assertThat(GoldenComparison.difference(expected, changedValue)).contains("/mem");

        ObjectNode sameNumber = ours.app().deepCopy();
        sameNumber.put("mem", new java.math.BigDecimal("1024.0"));
        assertThat(GoldenComparison.difference(expected, sameNumber)).isNull();

        ObjectNode extraKey = ours.app().deepCopy();
        extraKey.put("extra", "x");
        assertThat(GoldenComparison.difference(expected, extraKey)).contains("keys");

        ObjectNode otherSource = render("M/minio/6", RenderRequest.defaults());
        assertThat(GoldenComparison.difference(expected, otherSource)).contains("DCOS_PACKAGE_SOURCE");

        ObjectNode otherDefinition = render("M/minio/7", RenderRequest.defaults().withSource("https://universe.example.test/repo"));
        ObjectNode mixed = ours.app().deepCopy();
        ((ObjectNode) mixed.get("labels")).set(CosmosLabels.DEFINITION, otherDefinition.get("labels").get(CosmosLabels.DEFINITION));
        assertThat(GoldenComparison.difference(expected, mixed)).startsWith("definition");
    }

    private static ObjectNode render(String rev, RenderRequest request) throws Exception {
        return ((RenderSuccess) new Renderer().render(RevisionReader.read(Shared.revision(rev)), request)).app();
    }
}
