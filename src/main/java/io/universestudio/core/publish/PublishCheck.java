package io.universestudio.core.publish;

import io.universestudio.core.index.EntryBuilder;
import io.universestudio.core.index.RepoSchemas;
import io.universestudio.core.index.RepositoryIndex;
import io.universestudio.core.io.PackageFolder;
import io.universestudio.core.io.PackageNames;
import io.universestudio.core.io.RevisionLoadException;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.model.Revision;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Severity;
import io.universestudio.core.validate.ValidationReport;
import io.universestudio.core.validate.Validator;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What every publish checks before it writes anything: the package validates without errors, it would
 * be a readable entry in every index file it lands in, and it is not the same as the latest revision.
 */
final class PublishCheck {

    private final RepoSchemas schemas;

    PublishCheck(RepoSchemas schemas) {
        this.schemas = schemas;
    }

    /** The reason to refuse, or empty when the revision may be published. */
    Optional<PublishResult> refusal(Revision revision) {
        String name = revision.name().orElse(null);
        String version = revision.version().orElse(null);
        ValidationReport report = new Validator().validate(revision);
        if (report.hasErrors()) {
            List<Problem> errors = report.problems().stream().filter(p -> p.severity() == Severity.ERROR).toList();
            return Optional.of(PublishResult.refused(name, version, "The package has " + errors.size()
                    + (errors.size() == 1 ? " error" : " errors") + "; fix " + (errors.size() == 1 ? "it" : "them")
                    + " before publishing. Nothing was written.", errors));
        }
        if (!PackageNames.isValid(name)) {
            return Optional.of(PublishResult.refused(name, version, "The package needs a valid name in package.json"
                    + " (lower-case letters, digits and dashes) before it can be published.", List.of()));
        }
        EntryBuilder.Result entry = EntryBuilder.build(revision, 0);
        if (!entry.built()) {
            return Optional.of(PublishResult.refused(name, version, "The package cannot become a repository entry: "
                    + entry.refusal() + ".", List.of()));
        }
        List<String> reasons = RepositoryIndex.check(entry.entry(), schemas).reasons();
        if (!reasons.isEmpty()) {
            Problem p = Problem.error("PUBLISH-UNSERVABLE").message(name + " " + version + " would break the"
                    + " repository: " + RepositoryIndex.UNREADABLE + " " + String.join("; ", reasons));
            return Optional.of(PublishResult.refused(name, version, p.message() + " Nothing was written.", List.of(p)));
        }
        return Optional.empty();
    }

    /** The latest revision's number if its package files have exactly the same bytes as {@code revision}. */
    static OptionalInt identicalLatest(UniverseRepository repository, Revision revision) throws IOException {
        Optional<PackageFolder> pkg = repository.find(revision.name().orElseThrow());
        if (pkg.isEmpty() || pkg.get().latest().isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            Revision latest = RevisionReader.read(pkg.get().latest().get().dir());
            return latest.sameContentAs(revision) ? pkg.get().latestNumber() : OptionalInt.empty();
        } catch (RevisionLoadException e) {
            return OptionalInt.empty();
        }
    }

    static PublishResult unchanged(Revision revision, int number, String location) {
        String name = revision.name().orElse("");
        String version = revision.version().orElse("");
        return new PublishResult(PublishResult.Status.UNCHANGED, name, version, number, location, null,
                name + " " + version + " is already published as revision " + number
                        + " with exactly this content, so no new revision was added.", List.of());
    }
}
