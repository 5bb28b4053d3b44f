package io.universestudio.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class JsonSplicerTest {

    private static JsonSplicer.Result edit(String text, Consumer<ObjectNode> change) {
        ParsedJson p = LocatedJsonReader.read(text);
        ObjectNode copy = (ObjectNode) p.tree().deepCopy();
        change.accept(copy);
        Set<String> dupObjects = new HashSet<>();
        p.duplicateKeys().forEach(d -> dupObjects.add(JsonPointers.parent(d.pointer())));
        return JsonSplicer.rewrite(text, p.tree(), p.locations(), dupObjects, copy);
    }

    @Test
    void detectsStyles() {
        assertThat(JsonStyle.detect("{\n  \"a\": 1,\n  \"b\": 2\n}\n")).isEqualTo(JsonStyle.UNIVERSE);
        assertThat(JsonStyle.detect("{\r\n\t\"a\" : 1, \r\n\t\"b\" : 2\r\n}"))
                .isEqualTo(new JsonStyle("\t", " : ", ", ", "\r\n"));
        assertThat(JsonStyle.detect("{\"a\": 1}")).isEqualTo(JsonStyle.UNIVERSE);
    }

    @Test
    void writesTheUniverseStyleExactlyAsJsonTextPretty() throws Exception {
        JsonNode tree = JsonText.mapper().readTree("{\"a\": [1, {\"b\": []}, {}], \"c\": {\"d\": \"x\\\"y\", \"e\": 1.50}}");
        assertThat(new StyledJsonWriter(JsonStyle.UNIVERSE).document(tree)).isEqualTo(JsonText.pretty(tree));
    }

    @Test
    void keepsTabsCrlfAndTrailingSpacesAroundAnEdit() {
        String text = "{\r\n\t\"a\" : {\r\n\t\t\"x\" : 1, \r\n\t\t\"y\" : [1, 2]\r\n\t}, \r\n\t\"b\" : true\r\n}";
        JsonSplicer.Result r = edit(text, o -> ((ObjectNode) o.get("a")).putObject("z").put("k", "v"));
        assertThat(r.method()).isEqualTo(JsonSplicer.Method.SPLICED);
        assertThat(r.text()).isEqualTo("{\r\n\t\"a\" : {\r\n\t\t\"x\" : 1, \r\n\t\t\"y\" : [1, 2], \r\n"
                + "\t\t\"z\" : {\r\n\t\t\t\"k\" : \"v\"\r\n\t\t}\r\n\t}, \r\n\t\"b\" : true\r\n}");
        JsonSplicer.Result arr = edit(text, o -> ((ArrayNode) o.get("a").get("y")).add(3));
        assertThat(arr.text()).isEqualTo(text.replace("[1, 2]", "[1, 2, 3]"));
    }

    @Test
    void removesFirstMiddleAndLastMembersWithTheirCommas() {
        String text = "{\n  \"a\": 1,\n  \"b\": 2,\n  \"c\": 3\n}\n";
        assertThat(edit(text, o -> o.remove("a")).text()).isEqualTo("{\n  \"b\": 2,\n  \"c\": 3\n}\n");
        assertThat(edit(text, o -> o.remove("b")).text()).isEqualTo("{\n  \"a\": 1,\n  \"c\": 3\n}\n");
        assertThat(edit(text, o -> o.remove("c")).text()).isEqualTo("{\n  \"a\": 1,\n  \"b\": 2\n}\n");
        assertThat(edit("{\"only\": {\"a\": 1}}", o -> ((ObjectNode) o.get("only")).remove("a")).text()).isEqualTo("{\"only\": {}}");
    }

    @Test
    void objectsWithDuplicateKeysArePatchedInPlaceForValuesAndRewrittenForMembers() {
        String text = "{\n  \"a\": 1,\n  \"b\": 2,\n  \"a\": 3\n}\n";
        JsonSplicer.Result value = edit(text, o -> o.put("b", 5));
        assertThat(value.text()).isEqualTo(text.replace("2", "5"));
        JsonSplicer.Result winning = edit(text, o -> o.put("a", 4));
        assertThat(winning.text()).isEqualTo(text.replace("3", "4"));
        JsonSplicer.Result member = edit(text, o -> o.remove("b"));
        assertThat(member.text()).isEqualTo("{\n  \"a\": 3\n}\n");
        assertThat(member.parsed().duplicateKeys()).isEmpty();
    }

    @Test
    void unchangedTreesGiveTheSameText() {
        String text = "{ \"a\" :1 }";
        JsonSplicer.Result r = edit(text, o -> { });
        assertThat(r.method()).isEqualTo(JsonSplicer.Method.UNCHANGED);
        assertThat(r.text()).isSameAs(text);
        assertThat(JsonTrees.sameInOrder(LocatedJsonReader.read("{\"a\":1,\"b\":2}").tree(),
                LocatedJsonReader.read("{\"b\":2,\"a\":1}").tree())).isFalse();
        assertThat(JsonTrees.sameInOrder(LocatedJsonReader.read("[1.0]").tree(), LocatedJsonReader.read("[1]").tree())).isFalse();
    }
}
