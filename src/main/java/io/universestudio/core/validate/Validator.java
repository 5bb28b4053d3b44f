package io.universestudio.core.validate;

import io.universestudio.core.model.Revision;
import io.universestudio.core.render.Renderer;
import io.universestudio.core.render.TemplateRule;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a revision against every rule family and returns the problems. Thread-safe and side-effect
 * free: the live panel calls it on a background thread for each edit, the CLI and publishing call it
 * directly.
 */
public final class Validator {

    private static final System.Logger LOG = System.getLogger(Validator.class.getName());

    private final List<Rule> rules;

    public Validator() {
        this(defaultRules());
    }

    /**
     * Compiles the bundled schemas now (a few hundred milliseconds, once per JVM) so that the first live
     * validation is as quick as the others; call it from a background thread at startup.
     */
    public static void prepare() {
        UniverseSchemas.get();
    }

    /**
     * Every rule family, in the order their problems are most useful to read. The template lints come from
     * the renderer, because only a real render tells whether defaults give JSON (ADR 0012).
     */
    public static List<Rule> defaultRules() {
        // One renderer for both template rules: the syntax check's compile is the one the renders reuse.
        Renderer renderer = new Renderer();
        return List.of(new SyntaxRules(), new EncodingRules(), new FolderRules(), new PackageRules(),
                new CompatibilityRules(), new ResourceRules(), new CommandRules(), new ConfigSchemaRules(),
                new ConfigDefaultRules(), new TemplateRules(renderer), new TemplateRule(renderer), new PolicyRules(),
                new ImageRules(), new BundleRules());
    }

    /** A validator with other rules, e.g. the defaults plus the renderer's template rule. */
    public Validator(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public ValidationReport validate(Revision revision) {
        List<Problem> problems = new ArrayList<>();
        for (Rule rule : rules) {
            try {
                problems.addAll(rule.check(revision));
            } catch (RuntimeException | StackOverflowError e) {
                // A rule must never take the whole report down: say which one failed and go on. (A stack
                // overflow unwinds cleanly; JsonDepth keeps real and absurd inputs away from it.)
                LOG.log(System.Logger.Level.WARNING, "rule " + rule.getClass().getSimpleName() + " failed", e);
                problems.add(Problem.error("VALIDATOR-INTERNAL")
                        .hint("This is a bug in Universe Studio; the other checks still ran. Please report it.")
                        .message("The check " + rule.getClass().getSimpleName() + " could not finish: "
                                + (e instanceof StackOverflowError ? "the files nest too deeply for it."
                                : "an internal error stopped it (the details are in the log).")));
            }
        }
        return new ValidationReport(problems);
    }
}
