package io.universestudio.core.search;

import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionOrigin;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class RevisionSearchTest {

    private static final Path DSE = Path.of("../shared/universe-corpus/packages/D/datastax-dse/700");

    @Test
    void findsInEveryFileWithLineColumnAndTheLinesText() {
        Revision r = Revision.empty(RevisionOrigin.NEW)
                .withText(RevisionFile.PACKAGE, "{\n  \"name\": \"hello\"\n}\n")
                .withText(RevisionFile.TEMPLATE, "{\n  \"id\": \"{{service.name}}\",\r\n  \"cmd\": \"echo hello\"\n}\n");
        RevisionSearch.Result result = RevisionSearch.search(r, TextSearch.of(SearchQuery.of("name")));
        assertThat(result.files()).isEqualTo(2);
        assertThat(result.truncated()).isFalse();
        assertThat(result.hits()).extracting(FileHit::file, FileHit::line, FileHit::column, FileHit::lineText)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RevisionFile.PACKAGE, 2, 4, "  \"name\": \"hello\""),
                        org.assertj.core.groups.Tuple.tuple(RevisionFile.TEMPLATE, 2, 20, "  \"id\": \"{{service.name}}\","));
        FileHit inTemplate = result.hits().get(1);
        assertThat(inTemplate.lineText().substring(inTemplate.matchStart(), inTemplate.matchEnd())).isEqualTo("name");
        assertThat(r.text(RevisionFile.TEMPLATE).orElseThrow().substring(inTemplate.offset(), inTemplate.offset() + inTemplate.length()))
                .isEqualTo("name");
    }

    @Test
    void aLongLineIsShownAroundTheMatch() {
        String line = "x".repeat(1000) + "needle" + "y".repeat(1000);
        Revision r = Revision.empty(RevisionOrigin.NEW).withText(RevisionFile.CONFIG, line);
        FileHit hit = RevisionSearch.search(r, TextSearch.of(SearchQuery.of("needle"))).hits().get(0);
        assertThat(hit.lineText().length()).isLessThanOrEqualTo(RevisionSearch.LINE_WINDOW);
        assertThat(hit.lineText().substring(hit.matchStart(), hit.matchEnd())).isEqualTo("needle");
        assertThat(hit.column()).isEqualTo(1001);
    }

    @Test
    void theListStopsAtItsLimitAndSaysSo() {
        Revision r = Revision.empty(RevisionOrigin.NEW).withText(RevisionFile.CONFIG, "a\n".repeat(30))
                .withText(RevisionFile.PACKAGE, "a");
        RevisionSearch.Result result = RevisionSearch.search(r, TextSearch.of(SearchQuery.of("a")), 10);
        assertThat(result.hits()).hasSize(10);
        assertThat(result.truncated()).isTrue();
        RevisionSearch.Result all = RevisionSearch.search(r, TextSearch.of(SearchQuery.of("a")), 31);
        assertThat(all.truncated()).isFalse();
        assertThat(all.hits()).hasSize(31);
    }

    @Test
    void findsAcrossTheFilesOfARealPackage() throws Exception {
        assumeTrue(Files.isDirectory(DSE), "corpus absent");
        Revision dse = RevisionReader.read(DSE);
        RevisionSearch.Result result = RevisionSearch.search(dse, TextSearch.of(new SearchQuery("cassandra", false, true, false)));
        assertThat(result.hits()).extracting(FileHit::file).contains(RevisionFile.CONFIG, RevisionFile.TEMPLATE);
        for (FileHit hit : result.hits()) {
            String text = dse.text(hit.file()).orElseThrow();
            assertThat(text.substring(hit.offset(), hit.offset() + hit.length())).isEqualToIgnoringCase("cassandra");
        }
    }
}
