package io.universestudio.core.settings;

import java.util.List;

/**
 * The answer to "can I reach it and write to it?": yes or no, one plain sentence, and details that the
 * window shows expanded on request. Never holds a secret.
 */
public record RepositoryTestResult(boolean ok, String summary, List<String> details) {

    public RepositoryTestResult {
        details = List.copyOf(details);
    }

    static RepositoryTestResult ok(String summary, String... details) {
        return new RepositoryTestResult(true, summary, List.of(details));
    }

    static RepositoryTestResult failed(String summary, String... details) {
        return new RepositoryTestResult(false, summary, List.of(details));
    }
}
