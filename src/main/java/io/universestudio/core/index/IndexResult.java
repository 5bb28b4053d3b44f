package io.universestudio.core.index;

import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Severity;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What indexing wrote: the output folder, how many entries each repository file holds (by file name),
 * how many files were written, and the problems (revisions left out, layout warnings).
 */
public record IndexResult(Path outDir, Map<String, Integer> entryCounts, int filesWritten, List<Problem> problems) {

    public IndexResult {
        entryCounts = Map.copyOf(entryCounts);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }
}
