package io.universestudio.core.publish;

import io.universestudio.core.model.Revision;
import io.universestudio.core.render.Renderer;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Severity;
import io.universestudio.core.validate.ValidationReport;
import io.universestudio.core.validate.Validator;

import java.util.List;
import java.util.Optional;

/**
 * What a publish will say about a package before it writes anything: the errors that refuse it, whether a
 * cluster can install it, and the warnings a person confirms before publishing anyway (the window's
 * confirmation step; {@code publish --strict} refuses on them). Publishers make the same review themselves,
 * so nothing gets out that the review would refuse.
 *
 * @param errors         validation errors: any of them refuses the publish
 * @param warnings       validation warnings, to confirm (or to refuse with {@code --strict})
 * @param installability whether a cluster can install it with its defaults, and what the installer must give
 * @param refusal        why the publish is refused, in a sentence; null when it may go ahead
 */
public record PublishReview(List<Problem> errors, List<Problem> warnings, Installability installability,
                            String refusal) {

    public PublishReview {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Reviews {@code revision} with the default rules and a renderer of its own. */
    public static PublishReview of(Revision revision) {
        return of(revision, new Validator(), new Renderer());
    }

    public static PublishReview of(Revision revision, Validator validator, Renderer renderer) {
        ValidationReport report = validator.validate(revision);
        List<Problem> errors = report.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
        List<Problem> warnings = report.problems().stream().filter(p -> p.severity() == Severity.WARNING).toList();
        String what = revision.name().orElse("The package") + revision.version().map(v -> " " + v).orElse("");
        if (!errors.isEmpty()) {
            // Rendering a package with errors would only repeat them.
            return new PublishReview(errors, warnings, new Installability(false, List.of(), null),
                    "The package has " + errors.size() + (errors.size() == 1 ? " error" : " errors") + "; fix "
                            + (errors.size() == 1 ? "it" : "them") + " before publishing. Nothing was written.");
        }
        Installability installability = new InstallCheck(renderer).check(revision);
        String refusal = installability.reason().map(r -> what + " cannot be installed by a cluster: with its"
                + " defaults, " + r + ". Fix it before publishing. Nothing was written.").orElse(null);
        return new PublishReview(errors, warnings, installability, refusal);
    }

    public boolean publishable() {
        return refusal == null;
    }

    /** Publishable, but with warnings a person should see and confirm first. */
    public boolean needsConfirmation() {
        return publishable() && !warnings.isEmpty();
    }

    public Optional<String> refusalIfAny() {
        return Optional.ofNullable(refusal);
    }

    /**
     * What the installer must type, as a sentence ("Installing it asks for service.license_key, which has no
     * default."); empty when the defaults suffice.
     */
    public Optional<String> installerNote() {
        List<String> inputs = installability.installerMustGive();
        if (inputs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Installing it asks for " + String.join(", ", inputs) + (inputs.size() == 1
                ? ", which has no default." : ", which have no default."));
    }

    /** The problems a refusal is about: the errors, or the warnings that explain why it cannot be installed. */
    public List<Problem> refusalProblems() {
        if (publishable()) {
            return List.of();
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        return warnings.stream().filter(p -> p.code().equals("TEMPLATE-NOT-JSON")
                || p.code().equals("TEMPLATE-NEEDS-INPUT") || p.code().equals("CONFIG-DEFAULT-INVALID")).toList();
    }
}
