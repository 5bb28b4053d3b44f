package io.universestudio.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import io.universestudio.core.json.Draft4;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's own schemas for metadata.json and build definitions, applied whole (with their top-level
 * oneOf, as another tool would) by the networknt validator: each fact of package-dcos.md they encode.
 */
class BundleSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = Draft4.registry(SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(false).build());
    private static final Schema METADATA = REGISTRY.getSchema(SchemaLocation.of("classpath:" + BundleSchemas.METADATA));
    private static final Schema DEFINITION = REGISTRY.getSchema(SchemaLocation.of("classpath:" + BundleSchemas.DEFINITION));

    private static final String BASE64_TEMPLATE = "eyJpZCI6ICJ4In0K";

    private static ObjectNode metadata(String packagingVersion) throws Exception {
        return (ObjectNode) JSON.readTree("""
                {"packagingVersion": "%s", "name": "time-server", "version": "1.0.0", "maintainer": "me@example.com",
                 "description": "d", "tags": ["http"], "hasKnownIssues": false, "lastUpdated": 1546546630,
                 "resource": {"images": {"icon-small": "https://example.com/i.png"},
                              "assets": {"uris": {"jar": "https://example.com/a.jar"}, "container": {"docker": {"a": "b:1"}}},
                              "cli": {"binaries": {"linux": {"x86-64": {"kind": "executable", "url": "https://example.com/c",
                                      "contentHash": [{"algo": "sha256", "value": "00"}]}}}}},
                 "marathon": {"v2AppMustacheTemplate": "%s"},
                 "config": {"type": "object", "properties": {"a": {"type": "string", "default": "x"}}}}
                """.formatted(packagingVersion, BASE64_TEMPLATE));
    }

    private static List<Error> metadataErrors(JsonNode doc) {
        return METADATA.validate(doc);
    }

    private static List<Error> definitionErrors(JsonNode doc) {
        return DEFINITION.validate(doc);
    }

    @Test
    void bothSchemasAreValidDraft04Schemas() throws Exception {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("http://json-schema.org/draft-04/schema#"));
        for (String resource : List.of(BundleSchemas.METADATA, BundleSchemas.DEFINITION)) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                JsonNode schema = JSON.readTree(in);
                assertThat(meta.validate(schema)).as(resource).isEmpty();
                assertThat(schema.get("additionalProperties")).as("top level checked per branch").isNull();
                assertThat(schema.at("/definitions/v40" + (resource.contains("metadata") ? "Metadata" : "BuildDefinition")
                        + "/additionalProperties").booleanValue()).isFalse();
            }
        }
    }

    @Test
    void metadataTakes30And40And50AndNever20() throws Exception {
        assertThat(metadataErrors(metadata("3.0"))).isEmpty();
        assertThat(metadataErrors(metadata("4.0"))).isEmpty();
        assertThat(metadataErrors(metadata("5.0"))).isEmpty();
        assertThat(metadataErrors(metadata("2.0"))).isNotEmpty();
        assertThat(metadataErrors(metadata("6.0"))).isNotEmpty();
    }

    @Test
    void metadataHasNoSelectedNoReleaseVersionAndNoUnknownField() throws Exception {
        for (String field : List.of("selected", "releaseVersion", "maintaner")) {
            ObjectNode doc = metadata("4.0");
            doc.put(field, field.equals("releaseVersion") ? "0" : "x");
            assertThat(metadataErrors(doc)).as(field).isNotEmpty();
        }
    }

    @Test
    void commandOnlyIn30ManagerOnlyIn50UpgradesFrom40On() throws Exception {
        ObjectNode v3 = metadata("3.0");
        v3.putObject("command").putArray("pip").add("x==1");
        assertThat(metadataErrors(v3)).isEmpty();
        ObjectNode v4 = metadata("4.0");
        v4.putObject("command").putArray("pip").add("x==1");
        assertThat(metadataErrors(v4)).isNotEmpty();

        ObjectNode v5 = metadata("5.0");
        v5.putObject("manager").put("packageName", "cosmos-manager");
        assertThat(metadataErrors(v5)).isEmpty();
        ObjectNode v4m = metadata("4.0");
        v4m.putObject("manager").put("packageName", "cosmos-manager");
        assertThat(metadataErrors(v4m)).isNotEmpty();

        ObjectNode v3u = metadata("3.0");
        v3u.putArray("upgradesFrom").add("*");
        assertThat(metadataErrors(v3u)).isNotEmpty();
        ObjectNode v4u = metadata("4.0");
        v4u.putArray("upgradesFrom").add("*");
        v4u.putArray("downgradesTo").add("*");
        assertThat(metadataErrors(v4u)).isEmpty();
    }

    @Test
    void metadataHoldsConfigAndResourceInlineAndTheTemplateInBase64() throws Exception {
        ObjectNode ref = metadata("4.0");
        ref.put("config", "@config.json");
        assertThat(metadataErrors(ref)).as("no references in metadata.json").isNotEmpty();
        ObjectNode plain = metadata("4.0");
        ((ObjectNode) plain.get("marathon")).put("v2AppMustacheTemplate", "{\"id\": \"x\"}");
        assertThat(metadataErrors(plain)).as("the template must be base64").isNotEmpty();
        ObjectNode badConfig = metadata("4.0");
        ((ObjectNode) badConfig.get("config")).put("type", "objekt");
        assertThat(metadataErrors(badConfig)).as("config is a draft-04 schema").isNotEmpty();
        ObjectNode badResource = metadata("4.0");
        ((ObjectNode) badResource.get("resource")).putObject("imagez");
        assertThat(metadataErrors(badResource)).isNotEmpty();
        ObjectNode bare = metadata("4.0");
        bare.remove(List.of("config", "resource", "marathon"));
        assertThat(metadataErrors(bare)).as("config, resource and marathon are optional").isEmpty();
    }

    @Test
    void theSixFieldsAreRequiredAndNamesFollowThePattern() throws Exception {
        for (String field : List.of("packagingVersion", "name", "version", "maintainer", "description", "tags")) {
            ObjectNode doc = metadata("4.0");
            doc.remove(field);
            assertThat(metadataErrors(doc)).as(field).isNotEmpty();
            ObjectNode def = metadata("4.0");
            def.remove(field);
            assertThat(definitionErrors(def)).as(field).isNotEmpty();
        }
        ObjectNode upper = metadata("4.0");
        upper.put("name", "Time-Server");
        assertThat(definitionErrors(upper)).isNotEmpty();
        ObjectNode spaced = metadata("4.0");
        spaced.put("version", "1.0 beta");
        assertThat(definitionErrors(spaced)).isNotEmpty();
    }

    @Test
    void definitionsTakeLocalReferencesAtTheThreePlacesOnly() throws Exception {
        ObjectNode refs = metadata("4.0");
        refs.put("config", "@config.json");
        refs.put("resource", "@../shared/resource.json");
        ((ObjectNode) refs.get("marathon")).put("v2AppMustacheTemplate", "@/abs/marathon.json.mustache");
        assertThat(definitionErrors(refs)).isEmpty();

        assertThat(definitionErrors(metadata("5.0"))).as("a fully inline definition").isEmpty();

        ObjectNode bare = metadata("4.0");
        bare.put("resource", "resource.json");
        assertThat(definitionErrors(bare)).as("a reference starts with @").isNotEmpty();
        ObjectNode elsewhere = metadata("4.0");
        elsewhere.put("tags", "@tags.json");
        assertThat(definitionErrors(elsewhere)).as("only the three places").isNotEmpty();
        ObjectNode command = metadata("3.0");
        command.put("command", "@command.json");
        assertThat(definitionErrors(command)).isNotEmpty();
        ObjectNode selected = metadata("4.0");
        selected.put("selected", true);
        assertThat(definitionErrors(selected)).as("a repository entry less selected").isNotEmpty();
        assertThat(definitionErrors(metadata("2.0"))).isNotEmpty();
    }
}
