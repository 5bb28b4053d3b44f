package io.universestudio.core.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.json.JsonText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonDiffTest {

    private static JsonNode json(String s) throws Exception {
        return JsonText.mapper().readTree(s);
    }

    @Test
    void reportsTheDeepestAddedRemovedAndChangedPointers() throws Exception {
        List<JsonChange> changes = JsonDiff.between(
                json("{\"a\": 1, \"b\": {\"c\": \"x\", \"d\": [1, 2]}, \"gone\": true, \"same\": 1.0, \"k/~\": 1}"),
                json("{\"b\": {\"c\": \"y\", \"d\": [1]}, \"a\": 1, \"new\": null, \"same\": 1, \"k/~\": 2}"));
        assertThat(changes).extracting(c -> c.kind() + " " + c.pointer()).containsExactlyInAnyOrder(
                "CHANGED /b/c", "REMOVED /b/d/1", "REMOVED /gone", "ADDED /new", "CHANGED /k~1~0");
        JsonNode asJson = JsonDiff.toJson(changes);
        assertThat(asJson.path("changed").get(0).path("before").asText()).isEqualTo("x");
        assertThat(asJson.path("removed")).hasSize(2);
        assertThat(asJson.path("added").get(0).path("pointer").asText()).isEqualTo("/new");
    }

    @Test
    void identicalTreesAndKeyOrderGiveNoChange() throws Exception {
        assertThat(JsonDiff.between(json("{\"a\": 1, \"b\": 2}"), json("{\"b\": 2, \"a\": 1}"))).isEmpty();
        assertThat(JsonDiff.between(json("[1]"), json("{}"))).singleElement()
                .satisfies(c -> assertThat(c.pointer()).isEmpty());
    }
}
