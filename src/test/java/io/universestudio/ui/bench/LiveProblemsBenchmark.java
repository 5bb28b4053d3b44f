package io.universestudio.ui.bench;

import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.render.RenderRequest;
import io.universestudio.core.render.Renderer;
import io.universestudio.core.validate.Validator;
import io.universestudio.ui.preview.PreviewViewModel;
import io.universestudio.ui.session.LivePreview;
import io.universestudio.testsupport.Shared;
import io.universestudio.core.concurrent.Debouncer;
import io.universestudio.ui.common.Messages;
import io.universestudio.ui.editor.pkg.PackageFormViewModel;
import io.universestudio.ui.problems.ProblemsViewModel;
import io.universestudio.ui.session.Edit;
import io.universestudio.ui.session.EditorSession;
import io.universestudio.ui.session.LiveValidation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From an edit to an updated problems list and preview for D/datastax-dse/700 (148 KB config.json), without
 * the debounce delay: the edit makes the next revision (parsing the changed file), the validator runs and
 * the problems model takes the report, the renderer runs and the preview model takes the app (pretty text,
 * labels, option list). Work runs one after the other here; in the window validation and rendering run on
 * their own threads at the same time. Run with {@code mvn -Pbench test -Dtest=LiveProblemsBenchmark}.
 */
class LiveProblemsBenchmark {

    private static final int WARMUP = 30;
    private static final int RUNS = 200;

    @Test
    void editToUpdatedProblems() throws Exception {
        EditorSession session = new EditorSession(RevisionReader.read(Shared.revision("D/datastax-dse/700")));
        ProblemsViewModel problems = new ProblemsViewModel();
        LiveValidation live = new LiveValidation(session, new Validator()::validate, Debouncer.immediate(),
                Runnable::run, Runnable::run);
        live.resultProperty().addListener((o, a, r) -> problems.show(r.report()));
        PackageFormViewModel form = new PackageFormViewModel(session, Messages.load(),
                new io.universestudio.ui.editor.pkg.PackagingMigrations(session, new javafx.beans.property.SimpleObjectProperty<>(), Messages.load()));
        LivePreview preview = new LivePreview(session, new Renderer()::render, Debouncer.immediate(), Runnable::run, Runnable::run);
        PreviewViewModel previewModel = new PreviewViewModel(preview, session, Messages.load(), Runnable::run, Runnable::run);
        previewModel.setProblemSink(problems::showPreviewProblems);
        String config = session.current().text(RevisionFile.CONFIG).orElseThrow();
        assertThat(config.length()).isGreaterThan(100_000);

        long[] configEdits = new long[RUNS];
        long[] formEdits = new long[RUNS];
        long[] validateOnly = new long[RUNS];
        long[] renderOnly = new long[RUNS];
        for (int i = -WARMUP; i < RUNS; i++) {
            // Typing in the big file: one more space before the closing brace each time.
            String text = config.substring(0, config.length() - 2) + " ".repeat(Math.floorMod(i, 7) + 1) + "}\n";
            long t0 = System.nanoTime();
            session.apply(Edit.of("type", r -> r.withText(RevisionFile.CONFIG, text)));
            long t1 = System.nanoTime();
            assertThat(live.result().revision()).isSameAs(session.current());
            assertThat(preview.result().revision()).isSameAs(session.current());
            form.setText("version", "3.2.0-6.7." + Math.floorMod(i, 50));
            long t2 = System.nanoTime();
            assertThat(live.result().revision()).isSameAs(session.current());
            assertThat(preview.result().revision()).isSameAs(session.current());
            new Validator().validate(session.current());
            long t3 = System.nanoTime();
            new Renderer().render(session.current(), RenderRequest.defaults());
            long t4 = System.nanoTime();
            if (i >= 0) {
                configEdits[i] = t1 - t0;
                formEdits[i] = t2 - t1;
                validateOnly[i] = t3 - t2;
                renderOnly[i] = t4 - t3;
            }
        }
        System.out.println("[bench] " + Percentiles.describe("datastax-dse/700 edit config.json -> problems + preview", configEdits));
        System.out.println("[bench] " + Percentiles.describe("datastax-dse/700 edit version in form -> problems + preview", formEdits));
        System.out.println("[bench] " + Percentiles.describe("datastax-dse/700 validator alone", validateOnly));
        System.out.println("[bench] " + Percentiles.describe("datastax-dse/700 renderer alone (fresh Renderer, no cache)", renderOnly));
        System.out.println("[bench] problems now: " + problems.all().size());
    }
}
