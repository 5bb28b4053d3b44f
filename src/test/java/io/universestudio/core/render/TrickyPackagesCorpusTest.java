package io.universestudio.core.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.model.Revision;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;

import static io.universestudio.core.render.TestPackages.app;
import static io.universestudio.core.render.TestPackages.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The ten tricky packages of universe-format.md §5.6, each with the output fragment that shows the point. */
class TrickyPackagesCorpusTest {

    private final Renderer renderer = new Renderer();

    private RenderResult render(String rev) throws Exception {
        return render(rev, RenderRequest.defaults());
    }

    private RenderResult render(String rev, RenderRequest request) throws Exception {
        Revision revision = RevisionReader.read(Shared.revision(rev));
        return renderer.render(revision, request);
    }

    @Test
    void logstashAmpersandDotAndStringNumbersInsertedUnquoted() throws Exception {
        RenderSuccess s = (RenderSuccess) render("L/logstash/0");
        ObjectNode app = s.renderJson();
        assertThat(app.get("cpus").decimalValue()).isEqualByComparingTo("0.1");
        assertThat(app.get("ports").toString()).isEqualTo("[\"10514\",0]");
        assertThat(s.renderedText()).contains("\"-e\", \"");
    }

    @Test
    void marathonLbArrayOfObjectSectionsAndLeadingCommas() throws Exception {
        ObjectNode app = app(render("M/marathon-lb/45"));
        assertThat(app.get("container").get("docker").get("parameters").toString())
                .isEqualTo("[{\"key\":\"label\",\"value\":\"created_by=marathon\"},{\"key\":\"label\",\"value\":\"dcos_pkg_name=marathon-lb\"}]");
        assertThat(app.get("args").get(0).asText()).isEqualTo("sse");
    }

    @Test
    void edgelbPoolTagsInKeysAndOuterScopeFallback() throws Exception {
        RenderResult r = render("E/edgelb-pool/300");
        ObjectNode env = (ObjectNode) app(r).get("env");
        assertThat(env.get("PACKAGE_NAME").asText()).isEqualTo("edgelb-pool");
        ObjectNode options = json("{\"edgelbPool\": {\"cpus\": 1, \"mem\": 512, \"disk\": 256, \"count\": 1, \"secrets\": [{\"secret\": \"s1\", \"file\": \"f1\", \"index\": 0}],"
                + " \"env\": [{\"key\": \"K\", \"value\": \"V\"}]}}");
        ObjectNode withSecrets = app(render("E/edgelb-pool/300", RenderRequest.defaults().withOptions(options)));
        String relative = withSecrets.get("env").get("POOL_SECRETS_RELATIVE_PATH").asText();
        assertThat(withSecrets.get("env").get("PARSESECRET_FILE0").asText()).isEqualTo(relative + "/f1");
        assertThat(withSecrets.get("env").get("TASKCFG_ALL_K").asText()).isEqualTo("V");
    }

    @Test
    void betaDcosMonitoringObjectSectionsAndUntypedProperties() throws Exception {
        ObjectNode app = app(render("B/beta-dcos-monitoring/400"));
        assertThat(app.get("env").get("PACKAGE_NAME").asText()).isEqualTo("beta-dcos-monitoring");
        assertThat(app.has("secrets")).isFalse();
    }

    @Test
    void sparkIsEmptyOnAListAndIterationInsideAString() throws Exception {
        assertThat(app(render("S/spark/1100")).get("labels").get("DCOS_SERVICE_NAME").asText()).isEqualTo("spark");
        ObjectNode options = json("{\"service\": {\"virtual_network_enabled\": true, \"virtual_network_name\": \"dcos\","
                + " \"virtual_network_plugin_labels\": [{\"key\": \"a\", \"value\": \"1\"}, {\"key\": \"b\", \"value\": \"2\"}]}}");
        ObjectNode app = app(render("S/spark/1100", RenderRequest.defaults().withOptions(options)));
        assertThat(app.get("env").get("VIRTUAL_NETWORK_PLUGIN_LABELS").asText()).isEqualTo("a:1,b:2,");
        assertThat(app.get("networks").get(0).get("labels").toString()).isEqualTo("{\"a\":\"1\",\"b\":\"2\",\"network_name\":\"dcos\"}");
        ObjectNode none = json("{\"service\": {\"virtual_network_enabled\": true, \"virtual_network_plugin_labels\": []}}");
        ObjectNode plain = app(render("S/spark/1100", RenderRequest.defaults().withOptions(none)));
        assertThat(plain.get("env").has("VIRTUAL_NETWORK_PLUGIN_LABELS")).isFalse();
    }

    @Test
    void dcosMonitoringUnquotedArrayOfArrays() throws Exception {
        assertThat(app(render("D/dcos-monitoring/10403")).get("constraints").toString()).isEqualTo("[]");
        ObjectNode options = json("{\"service\": {\"placement_constraints\": [[\"hostname\", \"MAX_PER\", \"1\"]]}}");
        RenderResult r = render("D/dcos-monitoring/10403", RenderRequest.defaults().withOptions(options));
        if (r instanceof RenderSuccess s) {
            assertThat(s.renderJson().get("constraints").toString()).isEqualTo("[[\"hostname\",\"MAX_PER\",\"1\"]]");
        } else {
            // The option is declared as a string in some revisions; then Cosmos refuses the array too.
            assertThat(((RenderFailure) r).kind()).isEqualTo(RenderFailureKind.JSON_SCHEMA_MISMATCH);
        }
    }

    @Test
    void linkerdRawFragmentThroughTripleStashBreaksSinceDcos110() throws Exception {
        RenderFailure f = (RenderFailure) render("L/linkerd/10");
        assertThat(f.kind()).isEqualTo(RenderFailureKind.JSON_PARSING_ERROR);
        assertThat(f.position().line()).isEqualTo(6);
        assertThat(f.position().column()).isEqualTo(29);
        assertThat(f.tag().name()).isEqualTo("linkerd.resource-roles");
    }

    @Test
    void kodingLiteralBracesBecomeAnEmptyVariable() throws Exception {
        ObjectNode app = app(render("K/koding/1"));
        assertThat(app.get("labels").get("HAPROXY_0_HTTPS_FRONTEND_ACL").asText()).isEqualTo("  use_backend {backend} if \n");
    }

    @Test
    void minioOptionNamedResourceMergesWithThePackageResource() throws Exception {
        ObjectNode app = app(render("M/minio/6"));
        assertThat(app.get("cpus").asInt()).isEqualTo(1);
        assertThat(app.get("mem").asInt()).isEqualTo(1024);
        assertThat(app.get("container").get("docker").get("image").asText()).isEqualTo("minio/minio:RELEASE.2017-05-05T01-14-51Z");
    }

    @Test
    void calicoCommentsAndFallbackToResource() throws Exception {
        ObjectNode app = app(render("C/calico/1"));
        assertThat(app.get("container").get("docker").get("image").asText()).isEqualTo("calico/calico-dcos:v0.2.0");
        ObjectNode options = json("{\"resource-overrides\": {\"framework-image\": \"mine/calico:1\"}}");
        RenderResult r = render("C/calico/1", RenderRequest.defaults().withOptions(options));
        assertThat(app(r).get("container").get("docker").get("image").asText()).isEqualTo("mine/calico:1");
    }
}
