package io.universestudio.core.resource;

import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.json.JsonTrees;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.schema.ConfigSchema;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceModelCorpusTest {

    @Test
    void everyResourceRoundTripsAndAnIconEditStaysOnItsLine() throws Exception {
        int models = 0;
        int edited = 0;
        for (Path dir : Shared.corpusRevisions()) {
            Revision r = RevisionReader.read(dir);
            if (r.resource().isEmpty() || r.resource().get().object().isEmpty()) {
                continue;
            }
            ResourceModel m = ResourceModel.of(r.resource().get()).orElseThrow();
            String original = r.text(RevisionFile.RESOURCE).orElseThrow();
            assertThat(m.text()).isEqualTo(original);
            assertThat(m.applyTo(r)).isSameAs(r);
            models++;
            if (m.image(ImageSlot.ICON_SMALL).isPresent()) {
                ResourceModel e = m.withImage(ImageSlot.ICON_SMALL, "https://studio.test/small.png").model();
                assertThat(JsonTrees.sameInOrder(ResourceModel.parse(e.text()).orElseThrow().tree(), e.tree())).isTrue();
                // Only the URL's own line changed.
                List<String> before = original.lines().toList();
                List<String> after = e.text().lines().toList();
                assertThat(after).as(dir.toString()).hasSameSizeAs(before);
                long changedLines = java.util.stream.IntStream.range(0, before.size())
                        .filter(i -> !before.get(i).equals(after.get(i))).count();
                assertThat(changedLines).as(dir.toString()).isLessThanOrEqualTo(1);
                edited++;
            }
        }
        assertThat(models).isGreaterThan(900);
        assertThat(edited).isGreaterThan(800);
    }

    @Test
    void datastaxDse700AssetsAndWhereTheTemplateUsesThem() throws Exception {
        Revision r = RevisionReader.read(Shared.revision("D/datastax-dse/700"));
        ResourceModel m = ResourceModel.of(r.resource().orElseThrow()).orElseThrow();
        Map<Asset, List<AssetUsages.Usage>> uses = AssetUsages.find(r.template().orElseThrow(),
                ConfigSchema.of(r.config().orElseThrow()).orElseThrow(), m);
        Asset jre = m.assets(AssetKind.URIS).stream().filter(a -> a.alias().equals("jre-tar-gz")).findFirst().orElseThrow();
        assertThat(uses.get(jre)).hasSize(2);
        String template = r.template().get();
        for (AssetUsages.Usage u : uses.get(jre)) {
            assertThat(u.tag().text()).isEqualTo("{{resource.assets.uris.jre-tar-gz}}");
        }
    }
}
