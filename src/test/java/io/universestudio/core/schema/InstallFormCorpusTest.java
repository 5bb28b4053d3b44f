package io.universestudio.core.schema;

import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.model.Revision;
import io.universestudio.testsupport.Shared;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The install form of every corpus config opens at its defaults; datastax-dse/700 in detail. */
class InstallFormCorpusTest {

    @Test
    void everyConfigGivesAFormThatStartsAtItsDefaults() throws Exception {
        int forms = 0;
        int fields = 0;
        int withProblems = 0;
        for (Path dir : Shared.corpusRevisions()) {
            Revision r = RevisionReader.read(dir);
            if (r.config().isEmpty()) {
                continue;
            }
            InstallForm form = InstallForm.of(ConfigSchema.of(r.config().get()).orElseThrow());
            FormValues v = form.initialValues();
            assertThat(v.options(FormValues.OptionsMode.CHANGED)).as(dir.toString()).isEmpty();
            assertThat(v.options(FormValues.OptionsMode.ALL)).as(dir.toString()).isEqualTo(form.fieldDefaults());
            forms++;
            fields += form.fields().size();
            withProblems += v.problems().isEmpty() ? 0 : 1;
        }
        System.out.printf("%d install forms, %d fields; %d open with a field problem (required without default,"
                + " defaults failing their own keywords)%n", forms, fields, withProblems);
        assertThat(forms).isGreaterThan(950);
    }

    @Test
    void datastaxDse700() throws Exception {
        Revision r = RevisionReader.read(Shared.revision("D/datastax-dse/700"));
        ConfigSchema s = ConfigSchema.of(r.config().orElseThrow()).orElseThrow();
        InstallForm form = InstallForm.of(s);
        assertThat(form.tabs()).extracting(FormTab::name)
                .containsExactly("service", "cluster", "dsenode", "cassandra", "dse", "opscenter");
        assertThat(form.field(OptionPath.dotted("service.name")).orElseThrow().label()).isEqualTo("Service name");
        FormValues v = form.initialValues().withText(OptionPath.dotted("service.name"), "dse2");
        assertThat(v.options(FormValues.OptionsMode.CHANGED).toString()).isEqualTo("{\"service\":{\"name\":\"dse2\"}}");
        String reference = ConfigReference.markdown(s);
        assertThat(reference.lines().count()).isEqualTo(s.allOptions().size() + 2);
        assertThat(reference).contains("| `service.name` | string | `\"datastax-dse\"` | The name of this DC/OS DSE instance |");
    }
}
