package io.universestudio.core.validate;

import java.util.Comparator;
import java.util.List;

/** The problems found in one revision (or repository), sorted by severity, file and position. */
public record ValidationReport(List<Problem> problems) {

    private static final Comparator<Problem> ORDER = Comparator
            .comparing(Problem::severity)
            .thenComparing(p -> p.file() == null ? -1 : p.file().ordinal())
            .thenComparing(p -> p.subject() == null ? "" : p.subject())
            .thenComparingInt(p -> p.position() == null ? 0 : p.position().offset());

    public ValidationReport {
        problems = problems.stream().sorted(ORDER).toList();
    }

    public static final ValidationReport EMPTY = new ValidationReport(List.of());

    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }

    public long errors() {
        return count(Severity.ERROR);
    }

    public long warnings() {
        return count(Severity.WARNING);
    }

    public boolean hasErrors() {
        return errors() > 0;
    }

    public List<Problem> withCode(String code) {
        return problems.stream().filter(p -> p.code().equals(code)).toList();
    }
}
