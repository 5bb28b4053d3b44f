package io.universestudio.core.template;

import com.github.mustachejava.DefaultMustacheFactory;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.model.Revision;
import io.universestudio.core.schema.ConfigSchema;
import io.universestudio.core.schema.OptionPath;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every corpus template (all passed the Universe's mustache parser) scans with balanced sections, to the very
 * tags mustache.java's parser reads.
 */
class MustacheScannerCorpusTest {

    @Test
    void corpusTemplatesHaveNoStructuralProblemsAndMatchMustacheJava() throws Exception {
        List<String> wrong = new ArrayList<>();
        int templates = 0;
        int tags = 0;
        int broken = 0;
        for (Path dir : Shared.corpusRevisions()) {
            Revision r = RevisionReader.read(dir);
            if (r.template().isEmpty()) {
                continue;
            }
            String t = r.template().get();
            templates++;
            TemplateStructure s = MustacheScanner.scan(t);
            tags += s.tags().size();
            boolean compiles = compiles(t);
            boolean fatal = s.problems().stream().anyMatch(TemplateProblem::fatal);
            if (compiles == fatal) {
                wrong.add(dir + ": compiles=" + compiles + " problems=" + s.problems());
            }
            MustacheJavaParse reference = MustacheJavaParse.of(t);
            if (reference.compiles() && !MustacheJavaParse.eventsOf(s).equals(reference.events())) {
                wrong.add(dir + ": the tags differ from what mustache.java's parser reads");
            }
            // The same template with its last closing tag removed: both must now see a problem.
            List<TemplateTag> closes = s.tags().stream().filter(x -> x.kind() == TemplateTag.Kind.CLOSE).toList();
            if (!closes.isEmpty()) {
                TemplateTag last = closes.get(closes.size() - 1);
                String cut = t.substring(0, last.startOffset()) + t.substring(last.endOffset());
                TemplateStructure c = MustacheScanner.scan(cut);
                assertThat(c.problems()).as(dir.toString()).extracting(TemplateProblem::kind)
                        .contains(TemplateProblem.Kind.UNCLOSED_SECTION);
                assertThat(compiles(cut)).as(dir.toString()).isFalse();
                broken++;
            }
        }
        System.out.printf("%d corpus templates scanned, %d tags%n", templates, tags);
        assertThat(templates).isGreaterThan(950);
        assertThat(broken).isGreaterThan(500);
        assertThat(wrong).isEmpty();
    }

    private static boolean compiles(String template) {
        try {
            new DefaultMustacheFactory().compile(new StringReader(template), "t");
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Test
    void variablesResolveToExistingOptionsOrResourceValues() throws Exception {
        int variables = 0;
        int resolved = 0;
        List<String> unresolvedInDse = new ArrayList<>();
        for (Path dir : Shared.corpusRevisions()) {
            Revision r = RevisionReader.read(dir);
            if (r.template().isEmpty() || r.config().flatMap(d -> ConfigSchema.of(d)).isEmpty()) {
                continue;
            }
            String t = r.template().get();
            TemplateScope scope = new TemplateScope(MustacheScanner.scan(t), ConfigSchema.of(r.config().get()).orElseThrow(),
                    r.resource().flatMap(d -> d.tree()).orElse(null));
            for (TemplateTag tag : scope.structure().tags()) {
                if (!tag.kind().readsVariable() || tag.name().equals(".")) {
                    continue;
                }
                variables++;
                boolean ok = scope.resolve(tag).map(VariableRef::exists).orElse(false);
                resolved += ok ? 1 : 0;
                if (!ok && dir.endsWith(Path.of("D", "datastax-dse", "700"))) {
                    unresolvedInDse.add(tag.name());
                }
            }
        }
        System.out.printf("%d of %d variable tags in corpus templates resolve to an existing option or resource value%n",
                resolved, variables);
        // A real slip in the package: config.json has no such option, so the template prints nothing there.
        assertThat(unresolvedInDse).containsExactly("cassandra.commitlog_archiving_restore_point_in_time");
        assertThat((double) resolved / variables).isGreaterThan(0.95);
    }

    @Test
    void datastaxDse700RenameOfServiceName() throws Exception {
        Revision r = RevisionReader.read(Shared.revision("D/datastax-dse/700"));
        String t = r.template().orElseThrow();
        ConfigSchema config = ConfigSchema.of(r.config().orElseThrow()).orElseThrow();
        RenamePreview p = TemplateRename.preview(t, config, r.resource().orElseThrow().tree().orElseThrow(),
                OptionPath.dotted("service.name"), OptionPath.dotted("service.app_name"));
        long expected = t.split("\\{\\{service\\.name}}", -1).length - 1;
        assertThat(p.edits()).hasSize((int) expected);
        assertThat(p.newText()).doesNotContain("{{service.name}}").contains("{{service.app_name}}");
        assertThat(p.newText().length() - t.length()).isEqualTo(4 * (int) expected);
        assertThat(MustacheScanner.scan(t).problems()).isEmpty();
    }
}
