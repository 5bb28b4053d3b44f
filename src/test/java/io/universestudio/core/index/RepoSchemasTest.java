package io.universestudio.core.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-entry check gives the same verdict as validating a one-entry file with the full schema. */
class RepoSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final RepoSchemas schemas = new RepoSchemas();

    private static String entry(String pv, String extra) {
        return "{\"packagingVersion\": \"" + pv + "\", \"name\": \"a-b\", \"version\": \"1.0\", \"maintainer\": \"m\","
                + " \"description\": \"d\", \"tags\": [\"t\"], \"releaseVersion\": 0" + extra + "}";
    }

    @Test
    void perEntryVerdictEqualsWholeFileVerdict() throws Exception {
        String template = ", \"marathon\": {\"v2AppMustacheTemplate\": \"e30=\"}";
        List<String> entries = List.of(
                entry("2.0", template), entry("2.0", ""), entry("3.0", ""), entry("4.0", ", \"upgradesFrom\": [\"*\"]"),
                entry("5.0", ", \"manager\": {\"packageName\": \"x-y\"}"), entry("3.0", ", \"upgradesFrom\": []"),
                entry("6.0", ""), "{\"name\": \"x\"}", entry("4.0", ", \"command\": {\"pip\": []}"),
                entry("3.0", ", \"marathon\": {\"v2AppMustacheTemplate\": \"not base64!\"}"),
                entry("3.0", ", \"resource\": {\"cli\": {\"binaries\": {\"linux\": {\"x86-64\": {\"kind\": \"zip\","
                        + " \"url\": \"ftp://x\", \"contentHash\": [{\"algo\": \"sha256\", \"value\": \"v\"}]}}}}}"),
                entry("3.0", ", \"minDcosReleaseVersion\": \"1.10-beta\""), entry("3.0", ", \"releaseVersion\": -1"),
                entry("3.0", ", \"tags\": [\"a b\"]"), entry("2.0", template + ", \"version\": \"1 beta\""),
                entry("3.0", ", \"resource\": [1]"), entry("3.0", ", \"config\": [1]"));
        int invalid = 0;
        for (String text : entries) {
            JsonNode e = JSON.readTree(text);
            for (RepoVersion v : RepoVersion.values()) {
                boolean whole = schemas.errors(v, JSON.readTree("{\"packages\": [" + text + "]}")).isEmpty();
                assertThat(schemas.entryErrors(v, e).isEmpty()).as("%s in %s", text, v).isEqualTo(whole);
                invalid += whole ? 0 : 1;
            }
        }
        assertThat(invalid).isGreaterThan(30);
    }
}
