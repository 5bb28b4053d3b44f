package io.universestudio.core.schema;

import com.fasterxml.jackson.databind.node.TextNode;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.template.MustacheScanner;
import io.universestudio.core.template.TemplateCompletion;
import io.universestudio.core.template.TemplateRename;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures for the options model on the corpus's largest config and template (D/datastax-dse/700). */
class SchemaModelBenchmark {

    @Test
    void datastaxDse700() throws Exception {
        Revision r = RevisionReader.read(Shared.revision("D/datastax-dse/700"));
        String configText = r.text(RevisionFile.CONFIG).orElseThrow();
        String template = r.template().orElseThrow();

        double parse = time(50, () -> JsonDocument.ofText(RevisionFile.CONFIG, configText));
        JsonDocument doc = r.config().orElseThrow();
        double load = time(200, () -> ConfigSchema.of(doc).orElseThrow().allOptions());
        ConfigSchema s = ConfigSchema.of(doc).orElseThrow();
        List<ConfigOption> options = s.allOptions();
        int[] i = {0};
        double setDescription = time(200, () -> s.setDescription(options.get(i[0]++ % options.size()).path(), "Edited").schema().text());
        double setDefault = time(200, () -> s.setDefault(OptionPath.dotted("service.name"), TextNode.valueOf("x" + i[0]++)).schema().text());
        double rename = time(100, () -> s.rename(OptionPath.dotted("service"), "svc").schema().text());
        double addTop = time(100, () -> s.add(OptionPath.ROOT, "zz" + i[0]++, OptionType.STRING).schema().text());
        double moveTop = time(100, () -> s.move(OptionPath.dotted("opscenter"), OptionPath.ROOT, 0).schema().text());
        double renamePreview = time(100, () -> TemplateRename.preview(template, s, null,
                OptionPath.dotted("service.name"), OptionPath.dotted("service.app_name")));
        double scan = time(2000, () -> MustacheScanner.scan(template));
        int caret = template.indexOf("{{service.name}}") + "{{service.na".length();
        double complete = time(500, () -> TemplateCompletion.at(template, caret, s, null));
        double form = time(200, () -> InstallForm.of(s).initialValues().options(FormValues.OptionsMode.ALL));
        double reference = time(100, () -> ConfigReference.markdown(s));

        System.out.printf("datastax-dse/700: config %d KB (%d options), template %d KB (%d tags)%n",
                configText.length() / 1024, options.size(), template.length() / 1024, MustacheScanner.scan(template).tags().size());
        System.out.printf("  parse config.json (JsonDocument)        %8.3f ms%n", parse);
        System.out.printf("  load options model + walk all options   %8.3f ms%n", load);
        System.out.printf("  edit + write: set a description         %8.3f ms%n", setDescription);
        System.out.printf("  edit + write: set service.name default  %8.3f ms%n", setDefault);
        System.out.printf("  edit + write: rename top-level service  %8.3f ms%n", rename);
        System.out.printf("  edit + write: add a top-level option    %8.3f ms%n", addTop);
        System.out.printf("  edit + write: move last group to first  %8.3f ms%n", moveTop);
        System.out.printf("  template rename preview (service.name)  %8.3f ms%n", renamePreview);
        System.out.printf("  scan template (every keystroke)         %8.3f ms%n", scan);
        System.out.printf("  completion at {{service.na              %8.3f ms%n", complete);
        System.out.printf("  install form + options JSON             %8.3f ms%n", form);
        System.out.printf("  config reference Markdown               %8.3f ms%n", reference);
        assertThat(s.text()).isEqualTo(configText);
    }

    /** Mean milliseconds per run after a warm-up of the same number of runs. */
    private static double time(int runs, Supplier<?> work) {
        Object sink = null;
        for (int k = 0; k < runs; k++) {
            sink = work.get();
        }
        long start = System.nanoTime();
        for (int k = 0; k < runs; k++) {
            sink = work.get();
        }
        assertThat(sink).isNotNull();
        return (System.nanoTime() - start) / 1e6 / runs;
    }
}
