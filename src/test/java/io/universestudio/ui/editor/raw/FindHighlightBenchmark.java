package io.universestudio.ui.editor.raw;

import io.universestudio.core.search.SearchQuery;
import io.universestudio.core.search.TextMatch;
import io.universestudio.core.search.TextSearch;
import io.universestudio.testsupport.Shared;
import io.universestudio.ui.bench.Percentiles;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Find in the 148 KB config.json of datastax-dse/700: what runs on the highlight thread per search
 * (matching, colours with the matches, the difference from the styles shown) and what the FX thread pays to
 * show them, restyling only the changed range against restyling the whole text.
 * Run with {@code mvn -Pbench test -Dtest=FindHighlightBenchmark}.
 */
class FindHighlightBenchmark {

    private static final int WARMUP = 10;
    private static final int RUNS = 40;

    @Test
    void aBroadSearch() throws Exception {
        findInTheLargeConfigJson("cassandra");
    }

    @Test
    void aNarrowSearch() throws Exception {
        findInTheLargeConfigJson("graph");
    }

    private void findInTheLargeConfigJson(String word) throws Exception {
        String text = Files.readString(Shared.revision("D/datastax-dse/700").resolve("config.json"));
        assertThat(text.length()).isGreaterThan(140_000);
        JsonHighlighter highlighter = new JsonHighlighter(false);
        StyleSpans<Collection<String>> plain = highlighter.highlight(text);
        TextSearch search = TextSearch.of(SearchQuery.of(word));

        long[] matching = new long[RUNS];
        long[] colouring = new long[RUNS];
        long[] diffing = new long[RUNS];
        StyleSpans<Collection<String>> withMatches = null;
        StyleChange changed = null;
        int count = 0;
        for (int i = -WARMUP; i < RUNS; i++) {
            long t0 = System.nanoTime();
            List<TextMatch> found = search.matches(text);
            long t1 = System.nanoTime();
            withMatches = SourceEditor.withMatches(highlighter.highlight(text), found, text.length());
            long t2 = System.nanoTime();
            changed = StyleChange.between(text, plain, text, withMatches);
            long t3 = System.nanoTime();
            count = found.size();
            if (i >= 0) {
                matching[i] = t1 - t0;
                colouring[i] = t2 - t1;
                diffing[i] = t3 - t2;
            }
        }

        Stage primary = FxToolkit.registerPrimaryStage();
        CodeArea area = WaitForAsyncUtils.asyncFx(() -> {
            CodeArea a = new CodeArea(text);
            primary.setScene(new Scene(a, 800, 600));
            primary.show();
            return a;
        }).get(60, TimeUnit.SECONDS);
        long[] fullApply = new long[RUNS];
        long[] rangeApply = new long[RUNS];
        StyleSpans<Collection<String>> shown = withMatches;
        StyleChange range = changed;
        for (int i = -WARMUP; i < RUNS; i++) {
            int run = i;
            WaitForAsyncUtils.asyncFx(() -> {
                area.setStyleSpans(0, plain);
                long t0 = System.nanoTime();
                area.setStyleSpans(0, shown);
                long t1 = System.nanoTime();
                area.setStyleSpans(0, plain);
                long t2 = System.nanoTime();
                if (range.end() > range.start()) {
                    area.setStyleSpans(range.start(), shown.subView(range.start(), range.end()));
                }
                long t3 = System.nanoTime();
                if (run >= 0) {
                    fullApply[run] = t1 - t0;
                    rangeApply[run] = t3 - t2;
                }
            }).get(60, TimeUnit.SECONDS);
        }
        // Restyling only the range gives every character the style that restyling everything gives.
        int wrong = WaitForAsyncUtils.asyncFx(() -> {
            int mismatches = 0;
            int position = 0;
            for (org.fxmisc.richtext.model.StyleSpan<Collection<String>> span : shown) {
                for (int i = position; i < position + span.getLength(); i++) {
                    if (text.charAt(i) != '\n' && !area.getStyleOfChar(i).equals(span.getStyle())) {
                        mismatches++;
                    }
                }
                position += span.getLength();
            }
            return mismatches;
        }).get(60, TimeUnit.SECONDS);
        assertThat(wrong).as("characters styled differently").isZero();
        WaitForAsyncUtils.asyncFx(() -> primary.hide()).get(10, TimeUnit.SECONDS);

        System.out.println("[bench] config.json " + text.length() + " chars, \"" + word + "\": " + count + " matches, "
                + "one range to restyle covering " + (range.end() - range.start()) + " chars");
        System.out.println("[bench] " + Percentiles.describe("highlight thread: find the matches", matching));
        System.out.println("[bench] " + Percentiles.describe("highlight thread: colours + matches", colouring));
        System.out.println("[bench] " + Percentiles.describe("highlight thread: difference from the shown styles", diffing));
        System.out.println("[bench] " + Percentiles.describe("FX thread: restyle the whole text", fullApply));
        System.out.println("[bench] " + Percentiles.describe("FX thread: restyle only the changed range", rangeApply));
    }
}
