package io.universestudio.core.resource;

import io.universestudio.core.schema.ConfigSchema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceModelTest {

    static final String RESOURCE = """
            {
              "images": {
                "icon-small": "https://example.com/s.png",
                "icon-medium": "http://example.com/m.png",
                "screenshots": ["https://example.com/1.png"]
              },
              "assets": {
                "uris": {
                  "jre-tar-gz": "https://example.com/jre.tgz",
                  "scheduler": "https://example.com/s.zip"
                },
                "container": {"docker": {"main": "mesosphere/app:1.0"}}
              },
              "x-unknown": true
            }
            """;

    static ResourceModel model() {
        return ResourceModel.parse(RESOURCE).orElseThrow();
    }

    @Test
    void readsImagesAssetsAndChecksUrls() {
        ResourceModel m = model();
        assertThat(m.images()).extracting(ImageRef::pointer)
                .containsExactly("/images/icon-small", "/images/icon-medium", "/images/screenshots/0");
        assertThat(m.assets(AssetKind.URIS)).extracting(Asset::alias).containsExactly("jre-tar-gz", "scheduler");
        assertThat(m.assets(AssetKind.DOCKER)).containsExactly(new Asset(AssetKind.DOCKER, "main", "mesosphere/app:1.0"));
        assertThat(m.assets(AssetKind.DOCKER).get(0).templatePath()).isEqualTo("resource.assets.container.docker.main");
        assertThat(m.issues()).extracting(ResourceIssue::message)
                .containsExactly("icon-medium uses http: use https, or DC/OS UI (served over https) will not show it.");
    }

    @Test
    void editsChangeOnlyWhatTheyEdit() {
        ResourceModel m = model();
        ResourceModel img = m.withImage(ImageSlot.ICON_MEDIUM, "https://example.com/m.png").model();
        assertThat(img.text()).isEqualTo(RESOURCE.replace("http://example.com/m.png", "https://example.com/m.png"));
        assertThat(img.issues()).isEmpty();

        ResourceModel docker = m.withAsset(AssetKind.DOCKER, "main", "mesosphere/app:1.1").model();
        assertThat(docker.text()).isEqualTo(RESOURCE.replace("app:1.0", "app:1.1"));
        ResourceModel added = m.withAsset(AssetKind.DOCKER, "sidecar", "nginx:1").model();
        assertThat(added.text()).contains("{\"main\": \"mesosphere/app:1.0\", \"sidecar\": \"nginx:1\"}");
        ResourceModel renamed = m.renameAsset(AssetKind.URIS, "scheduler", "scheduler-zip").model();
        assertThat(renamed.text()).isEqualTo(RESOURCE.replace("\"scheduler\":", "\"scheduler-zip\":"));
        ResourceModel removed = m.withoutAsset(AssetKind.DOCKER, "main").model();
        assertThat(removed.tree().path("assets").has("container")).isFalse();
        assertThat(removed.tree().has("x-unknown")).isTrue();
        assertThat(m.renameAsset(AssetKind.URIS, "scheduler", "jre-tar-gz").refusal()).contains("The alias \"jre-tar-gz\" is already used.");
        assertThat(m.withAsset(AssetKind.URIS, "a.b", "x").refusal().orElseThrow()).contains("template path");
        assertThat(m.withScreenshots(List.of()).model().tree().path("images").has("screenshots")).isFalse();
    }

    @Test
    void cliBinariesPerOs() {
        String sha = "a".repeat(64);
        ResourceModel m = ResourceModel.blank()
                .withCliBinary(new CliBinary(CliBinary.Os.LINUX, "executable", "https://x/dcos-foo", sha)).model()
                .withCliBinary(new CliBinary(CliBinary.Os.WINDOWS, "zip", "ftp://x/foo.zip", "abc")).model();
        assertThat(m.cliBinaries()).extracting(CliBinary::os).containsExactly(CliBinary.Os.LINUX, CliBinary.Os.WINDOWS);
        assertThat(m.cliBinary(CliBinary.Os.LINUX).orElseThrow().sha256()).isEqualTo(sha);
        assertThat(m.tree().path("cli").path("binaries").path("linux").path("x86-64").path("contentHash").get(0).toString())
                .isEqualTo("{\"algo\":\"sha256\",\"value\":\"" + sha + "\"}");
        assertThat(m.issues()).extracting(ResourceIssue::pointer)
                .containsExactly("/cli/binaries/windows/x86-64/url", "/cli/binaries/windows/x86-64/contentHash");
        ResourceModel none = m.withoutCliBinary(CliBinary.Os.LINUX).model().withoutCliBinary(CliBinary.Os.WINDOWS).model();
        assertThat(none.tree().has("cli")).isFalse();
    }

    @Test
    void findsWhereTheTemplateUsesEachAsset() {
        ResourceModel m = model();
        String template = "{\n\"uris\": [\"{{resource.assets.uris.jre-tar-gz}}\"],\n"
                + "{{#resource.assets.container.docker}}\"image\": \"{{main}}\"{{/resource.assets.container.docker}}\n}";
        Map<Asset, List<AssetUsages.Usage>> uses = AssetUsages.find(template, ConfigSchema.blank(), m);
        assertThat(uses.get(new Asset(AssetKind.URIS, "jre-tar-gz", "https://example.com/jre.tgz")))
                .extracting(AssetUsages.Usage::line).containsExactly(2);
        assertThat(uses.get(new Asset(AssetKind.URIS, "scheduler", "https://example.com/s.zip"))).isEmpty();
        assertThat(uses.get(new Asset(AssetKind.DOCKER, "main", "mesosphere/app:1.0")))
                .extracting(u -> u.tag().name()).containsExactly("main");
        assertThat(m.withIcons(Map.of(ImageSlot.ICON_LARGE, "https://h/l.png")).model().image(ImageSlot.ICON_LARGE))
                .contains("https://h/l.png");
    }
}
