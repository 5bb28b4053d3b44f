package io.universestudio.ui.problems;

import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.Fix;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Severity;
import io.universestudio.core.validate.ValidationReport;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The problems panel's state: every problem of the latest report, the filtered view of them (by
 * severity and file), the counts for the toolbar, walking through them (F8 / Shift+F8), and applying a
 * problem's mechanical fix (ADR 0118) as one undoable step. The preview's what-if problems are listed with
 * the rest but not counted: the counts say what is wrong with the package.
 */
public final class ProblemsViewModel {

    private final ObservableList<Problem> all = FXCollections.observableArrayList();
    private final FilteredList<Problem> shown = new FilteredList<>(all, p -> true);
    /** null means every severity. */
    private final ObjectProperty<Severity> severityFilter = new SimpleObjectProperty<>(this, "severityFilter");
    /** null means every file. */
    private final ObjectProperty<RevisionFile> fileFilter = new SimpleObjectProperty<>(this, "fileFilter");
    private final ReadOnlyLongWrapper errors = new ReadOnlyLongWrapper(this, "errors");
    private final ReadOnlyLongWrapper warnings = new ReadOnlyLongWrapper(this, "warnings");
    private final ObjectProperty<Problem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper fixNotice = new ReadOnlyStringWrapper(this, "fixNotice", "");
    private Consumer<Problem> navigator = p -> { };
    private Predicate<Fix> fixer = f -> false;
    private String staleFixNotice = "";

    public ProblemsViewModel() {
        severityFilter.addListener((o, a, b) -> refilter());
        fileFilter.addListener((o, a, b) -> refilter());
    }

    private List<Problem> validationProblems = List.of();
    private List<Problem> previewProblems = List.of();

    /** The validator's latest report. */
    public void show(ValidationReport report) {
        validationProblems = report.problems();
        fixNotice.set("");
        publish();
    }

    /** Problems the preview found (what-if options that config.json rejects), shown with the rest. */
    public void showPreviewProblems(List<Problem> problems) {
        if (problems.equals(previewProblems)) {
            return;
        }
        previewProblems = List.copyOf(problems);
        publish();
    }

    private void publish() {
        Problem keep = selected.get();
        List<Problem> both = new java.util.ArrayList<>(validationProblems);
        both.addAll(previewProblems);
        ValidationReport merged = new ValidationReport(both);
        if (!merged.problems().equals(all)) { // most checks while typing find what the last one found
            all.setAll(merged.problems());
        }
        // The counts are the package's: a what-if value the preview rejects is not wrong with the package.
        ValidationReport ofPackage = new ValidationReport(validationProblems);
        errors.set(ofPackage.errors());
        warnings.set(ofPackage.warnings());
        selected.set(keep != null && shown.contains(keep) ? keep : null);
    }

    private void refilter() {
        Severity s = severityFilter.get();
        RevisionFile f = fileFilter.get();
        shown.setPredicate(p -> (s == null || p.severity() == s) && (f == null || p.file() == f));
    }

    /** Where a chosen problem is shown (the form field or the source line); set by the window. */
    public void setNavigator(Consumer<Problem> navigator) {
        this.navigator = navigator;
    }

    /**
     * How a fix is applied (one undoable edit of the session); it answers false when the fix no longer fits
     * the text. {@code staleNotice} is what the panel says then.
     */
    public void setFixer(Predicate<Fix> fixer, String staleNotice) {
        this.fixer = fixer;
        this.staleFixNotice = staleNotice;
    }

    /**
     * Applies one of {@code problem}'s fixes. When the text changed since the problem was found, nothing is
     * changed and {@link #fixNoticeProperty()} says so; the next check offers a fix for the new text.
     */
    public boolean fix(Problem problem, Fix fix) {
        if (!problem.fixes().contains(fix)) {
            throw new IllegalArgumentException("not a fix of " + problem.code() + ": " + fix.label());
        }
        selected.set(problem);
        boolean applied = fixer.test(fix);
        fixNotice.set(applied ? "" : staleFixNotice);
        return applied;
    }

    /** Why the last fix was not applied; "" after one that was. */
    public ReadOnlyStringProperty fixNoticeProperty() {
        return fixNotice.getReadOnlyProperty();
    }

    /** Shows where {@code problem} is. */
    public void open(Problem problem) {
        selected.set(problem);
        navigator.accept(problem);
    }

    /** Moves to the next (or previous) shown problem, wrapping around, and shows where it is. */
    public Optional<Problem> step(boolean forward) {
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        int i = shown.indexOf(selected.get());
        int next = i < 0 ? (forward ? 0 : shown.size() - 1) : Math.floorMod(i + (forward ? 1 : -1), shown.size());
        Problem p = shown.get(next);
        open(p);
        return Optional.of(p);
    }

    /** The problems of one file at one JSON pointer or inside it, for decorating a form field. */
    public List<Problem> about(RevisionFile file, String pointer) {
        return all.stream().filter(p -> p.file() == file && p.pointer() != null
                && (p.pointer().equals(pointer) || p.pointer().startsWith(pointer + "/"))).toList();
    }

    public List<Problem> inFile(RevisionFile file) {
        return all.stream().filter(p -> p.file() == file).toList();
    }

    public ObservableList<Problem> all() {
        return all;
    }

    public ObservableList<Problem> shown() {
        return shown;
    }

    public ObjectProperty<Severity> severityFilterProperty() {
        return severityFilter;
    }

    public ObjectProperty<RevisionFile> fileFilterProperty() {
        return fileFilter;
    }

    public ReadOnlyLongProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    public ObjectProperty<Problem> selectedProperty() {
        return selected;
    }
}
