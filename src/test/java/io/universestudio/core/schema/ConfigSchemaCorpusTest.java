package io.universestudio.core.schema;

import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.json.JsonText;
import io.universestudio.core.json.JsonTrees;
import io.universestudio.core.json.TextRange;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.Revision;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The options model on every corpus config: no byte changes without an edit, and edits stay local. */
class ConfigSchemaCorpusTest {

    private record Loaded(Path dir, Revision revision, ConfigSchema schema) {
    }

    private static List<Loaded> corpusConfigs() throws Exception {
        List<Loaded> out = new ArrayList<>();
        for (Path dir : Shared.corpusRevisions()) {
            Revision r = RevisionReader.read(dir);
            Optional<JsonDocument> doc = r.config();
            if (doc.isPresent()) {
                out.add(new Loaded(dir, r, ConfigSchema.of(doc.get()).orElseThrow(
                        () -> new AssertionError(dir + ": config.json does not load as options"))));
            }
        }
        return out;
    }

    @Test
    void everyConfigRoundTripsByteForByteWithoutAnEdit() throws Exception {
        List<Loaded> configs = corpusConfigs();
        assertThat(configs).hasSizeGreaterThan(950);
        int universeStyle = 0;
        for (Loaded l : configs) {
            String original = l.revision().text(io.universestudio.core.model.RevisionFile.CONFIG).orElseThrow();
            assertThat(l.schema().text()).as(l.dir().toString()).isEqualTo(original);
            assertThat(l.schema().applyTo(l.revision())).isSameAs(l.revision());
            // Walking the whole options tree touches nothing either.
            l.schema().allOptions().forEach(o -> o.issues());
            if (JsonText.pretty(l.schema().tree()).equals(original)) {
                universeStyle++;
            }
        }
        System.out.printf("%d corpus configs; %d are written exactly as JsonText.pretty writes them%n",
                configs.size(), universeStyle);
    }

    @Test
    void anEditChangesOnlyTheEditedOptionsText() throws Exception {
        List<String> notLocal = new ArrayList<>();
        int edited = 0;
        for (Loaded l : corpusConfigs()) {
            ConfigSchema s = l.schema();
            List<ConfigOption> options = s.allOptions().stream().filter(o -> !o.malformed()).toList();
            if (options.isEmpty()) {
                continue;
            }
            ConfigOption target = options.get(options.size() / 2);
            ConfigSchema e = s.setDescription(target.path(), "Edited by a test.").schema();
            edited++;
            assertThat(ConfigSchema.parse(e.text()).map(x -> JsonTrees.sameInOrder(x.tree(), e.tree())))
                    .as(l.dir().toString()).contains(true);
            assertThat(e.option(target.path()).flatMap(ConfigOption::description)).contains("Edited by a test.");
            TextRange optionRange = s.locations().value(target.path().pointer()).orElseThrow();
            int[] changed = changedRegion(s.text(), e.text());
            if (changed[0] < optionRange.startOffset() || changed[1] > optionRange.endOffset()) {
                notLocal.add(l.dir().toString());
            }
        }
        System.out.printf("%d configs edited; %d edits reached outside the edited option: %s%n",
                edited, notLocal.size(), notLocal);
        assertThat(edited).isGreaterThan(950);
        assertThat(notLocal).isEmpty();
    }

    @Test
    void editsAndTheirInversesGiveBackTheOriginalText() throws Exception {
        int checked = 0;
        for (Loaded l : corpusConfigs()) {
            ConfigSchema s = l.schema();
            List<ConfigOption> top = s.root().children();
            if (top.size() < 2 || !s.root().schema().has("type") || top.stream().anyMatch(ConfigOption::malformed)
                    || OptionNames.problem(top.get(0).name()).isPresent()) {
                continue;
            }
            String where = l.dir().toString();
            OptionPath first = top.get(0).path();
            ConfigSchema renamed = s.rename(first, "zz_renamed").schema();
            assertThat(renamed.rename(OptionPath.of("zz_renamed"), first.name()).schema().text()).as(where + " rename").isEqualTo(s.text());

            ConfigSchema added = s.add(OptionPath.ROOT, "zz_added", OptionType.STRING).schema();
            assertThat(added.root().children().get(top.size()).name()).isEqualTo("zz_added");
            assertThat(added.remove(OptionPath.of("zz_added")).schema().text()).as(where + " add").isEqualTo(s.text());

            OptionPath last = top.get(top.size() - 1).path();
            ConfigSchema moved = s.move(last, OptionPath.ROOT, 0).schema();
            assertThat(moved.root().children().get(0).name()).isEqualTo(last.name());
            assertThat(moved.move(last, OptionPath.ROOT, top.size() - 1).schema().text()).as(where + " move").isEqualTo(s.text());
            checked++;
        }
        assertThat(checked).isGreaterThan(700);
        System.out.printf("%d configs: rename, add and move undone by their inverse edits gave the original text%n", checked);
    }

    @Test
    void datastaxDse700RoundTripsAndEditsLocally() throws Exception {
        Revision r = RevisionReader.read(Shared.revision("D/datastax-dse/700"));
        String original = r.text(io.universestudio.core.model.RevisionFile.CONFIG).orElseThrow();
        assertThat(original.length()).isGreaterThan(140_000);
        ConfigSchema s = ConfigSchema.of(r.config().orElseThrow()).orElseThrow();
        assertThat(s.text()).isEqualTo(original);
        assertThat(s.applyTo(r).sameContentAs(r)).isTrue();
        assertThat(s.allOptions()).hasSizeGreaterThan(500);

        OptionPath name = OptionPath.dotted("service.name");
        assertThat(s.option(name)).isPresent();
        ConfigSchema e = s.setDefault(name, com.fasterxml.jackson.databind.node.TextNode.valueOf("dse-test")).schema();
        int[] changed = changedRegion(original, e.text());
        assertThat(e.text().length() - original.length()).isEqualTo("dse-test".length() - "datastax-dse".length());
        assertThat(changed[1] - changed[0]).isLessThan(20);
    }

    /** [start, end) in {@code a} of the part that differs from {@code b} (common prefix and suffix removed). */
    static int[] changedRegion(String a, String b) {
        int start = 0;
        int max = Math.min(a.length(), b.length());
        while (start < max && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int endA = a.length();
        int endB = b.length();
        while (endA > start && endB > start && a.charAt(endA - 1) == b.charAt(endB - 1)) {
            endA--;
            endB--;
        }
        return new int[]{start, endA};
    }
}
