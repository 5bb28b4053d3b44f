package io.universestudio.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.model.Revision;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every corpus revision rendered as Cosmos 0.6.3 rendered it (shared/cosmos-golden): the defaults case and,
 * where Cosmos ran it, the options-name case; apps compared by the golden README's rules, failures by kind.
 */
class RendererGoldenCorpusTest {

    private static final String GOLDEN_SOURCE = "https://universe.example.test/repo";

    @Test
    void everyRevisionRendersAsCosmosDid() throws Exception {
        Path golden = Shared.golden();
        Path packages = Shared.corpus().resolve("packages");
        Renderer renderer = new Renderer();
        ObjectNode nameOptions = JsonNodeFactory.instance.objectNode();
        nameOptions.putObject("service").put("name", "golden-test");

        int cases = 0;
        int matches = 0;
        Map<String, int[]> perCase = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        for (Path dir : Shared.corpusRevisions()) {
            String rel = packages.relativize(dir).toString();
            Revision revision = RevisionReader.read(dir);
            Path goldenDir = golden.resolve(rel);
            for (String caseName : List.of("defaults", "options-name")) {
                Path ok = goldenDir.resolve(caseName + ".json");
                Path err = goldenDir.resolve(caseName + ".error.json");
                if (!Files.exists(ok) && !Files.exists(err)) {
                    continue;
                }
                cases++;
                RenderRequest request = new RenderRequest(caseName.equals("defaults") ? null : nameOptions, null,
                        GOLDEN_SOURCE);
                RenderResult result = renderer.render(revision, request);
                String problem = compare(result, ok, err);
                if (problem == null) {
                    matches++;
                } else {
                    mismatches.add(rel + " " + caseName + ": " + problem);
                }
                int[] tally = perCase.computeIfAbsent(caseName, k -> new int[3]);
                tally[0]++;
                tally[result instanceof RenderSuccess ? 1 : 2]++;
            }
        }
        System.out.printf("Golden corpus: %d of %d cases match Cosmos%n", matches, cases);
        perCase.forEach((name, t) -> System.out.printf("  %s: %d revisions, %d JSON-object apps, %d failures%n",
                name, t[0], t[1], t[2]));
        mismatches.stream().limit(40).forEach(System.out::println);
        assertThat(cases).isEqualTo(1037 + 688);
        assertThat(mismatches).isEmpty();
    }

    private static String compare(RenderResult result, Path ok, Path err) throws Exception {
        if (Files.exists(err)) {
            JsonNode expected = JsonText.mapper().readTree(err.toFile());
            String kind = expected.get("error").asText();
            if (result instanceof RenderFailure f) {
                return f.kind().cosmosType().equals(kind) ? null : "failed with " + f.kind().cosmosType()
                        + " where Cosmos failed with " + kind + ": " + f.message();
            }
            return "rendered where Cosmos failed with " + kind;
        }
        if (result instanceof RenderFailure f) {
            return "failed where Cosmos rendered: " + f.describe();
        }
        ObjectNode expected = (ObjectNode) JsonText.mapper().readTree(ok.toFile());
        return GoldenComparison.difference(expected, ((RenderSuccess) result).app());
    }
}
