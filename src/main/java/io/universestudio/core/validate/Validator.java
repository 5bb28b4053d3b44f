package io.universestudio.core.validate;

import io.universestudio.core.model.Revision;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a revision against every rule family and returns the problems. Thread-safe and side-effect
 * free: the live panel calls it on a background thread for each edit, the CLI and publishing call it
 * directly.
 */
public final class Validator {

    private final List<Rule> rules;

    public Validator() {
        this(List.of(new SyntaxRules()));
    }

    Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public ValidationReport validate(Revision revision) {
        List<Problem> problems = new ArrayList<>();
        for (Rule rule : rules) {
            problems.addAll(rule.check(revision));
        }
        return new ValidationReport(problems);
    }
}
