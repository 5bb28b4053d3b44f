package io.universestudio.ui.problems;

import io.universestudio.core.json.TextPosition;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Severity;
import io.universestudio.core.validate.ValidationReport;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsViewModelTest {

    private final Problem version = Problem.error("PKG-VERSION-PATTERN").in(RevisionFile.PACKAGE).at("/version")
            .at(new TextPosition(3, 14, 40)).message("bad version");
    private final Problem tag = Problem.error("PKG-TAG-PATTERN").in(RevisionFile.PACKAGE).at("/tags/1")
            .at(new TextPosition(5, 3, 80)).message("bad tag");
    private final Problem dup = Problem.warning("JSON-DUPLICATE-KEY").in(RevisionFile.CONFIG).at("/properties")
            .at(new TextPosition(9, 3, 200)).message("dup");
    private final ProblemsViewModel model = new ProblemsViewModel();

    @Test
    void countsAndFilters() {
        model.show(new ValidationReport(List.of(dup, version, tag)));
        assertThat(model.errorsProperty().get()).isEqualTo(2);
        assertThat(model.warningsProperty().get()).isEqualTo(1);
        assertThat(model.shown()).containsExactly(version, tag, dup);
        model.severityFilterProperty().set(Severity.WARNING);
        assertThat(model.shown()).containsExactly(dup);
        model.severityFilterProperty().set(null);
        model.fileFilterProperty().set(RevisionFile.PACKAGE);
        assertThat(model.shown()).containsExactly(version, tag);
    }

    @Test
    void whatIfOptionProblemsAreListedButNotCountedAsThePackagesErrors() {
        model.show(new ValidationReport(List.of(version, dup)));
        Problem whatIf = Problem.error(io.universestudio.ui.preview.PreviewViewModel.OPTIONS_CODE).in(RevisionFile.CONFIG)
                .at("/properties/service/properties/cpus").message("/service/cpus: must be at least 0.1");
        model.showPreviewProblems(List.of(whatIf));
        assertThat(model.all()).contains(whatIf, version, dup);
        assertThat(model.errorsProperty().get()).isEqualTo(1);
        assertThat(model.warningsProperty().get()).isEqualTo(1);
        model.show(new ValidationReport(List.of()));
        assertThat(model.all()).containsExactly(whatIf);
        assertThat(model.errorsProperty().get()).isZero();
        model.showPreviewProblems(List.of());
        assertThat(model.all()).isEmpty();
    }

    @Test
    void stepWalksTheShownProblemsAndWraps() {
        List<Problem> opened = new ArrayList<>();
        model.setNavigator(opened::add);
        model.show(new ValidationReport(List.of(version, tag, dup)));
        model.step(true);
        model.step(true);
        model.step(true);
        model.step(true);
        model.step(false);
        assertThat(opened).containsExactly(version, tag, dup, version, dup);
    }

    @Test
    void aFieldOwnsTheProblemsAtItsPointerAndBelow() {
        model.show(new ValidationReport(List.of(version, tag, dup)));
        assertThat(model.about(RevisionFile.PACKAGE, "/tags")).containsExactly(tag);
        assertThat(model.about(RevisionFile.PACKAGE, "/version")).containsExactly(version);
        assertThat(model.about(RevisionFile.PACKAGE, "/ver")).isEmpty();
    }

    @Test
    void aNewReportKeepsTheSelectionOnlyIfTheProblemIsStillThere() {
        model.show(new ValidationReport(List.of(version, tag)));
        model.open(tag);
        model.show(new ValidationReport(List.of(version, tag)));
        assertThat(model.selectedProperty().get()).isEqualTo(tag);
        model.show(new ValidationReport(List.of(version)));
        assertThat(model.selectedProperty().get()).isNull();
    }
}
