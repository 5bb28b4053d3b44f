package io.universestudio.core.publish;

import io.universestudio.core.index.EntryBuilder;
import io.universestudio.core.index.RepoSchemas;
import io.universestudio.core.index.RepositoryIndex;
import com.fasterxml.jackson.databind.JsonNode;
import io.universestudio.core.io.PackageFolder;
import io.universestudio.core.io.RevisionFolder;
import io.universestudio.core.json.LocatedJsonReader;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.render.Renderer;
import io.universestudio.core.io.PackageNames;
import io.universestudio.core.io.RevisionLoadException;
import io.universestudio.core.io.RevisionReader;
import io.universestudio.core.io.UniverseRepository;
import io.universestudio.core.model.Revision;
import io.universestudio.core.validate.Problem;
import io.universestudio.core.validate.Validator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntFunction;

/**
 * What every publish checks before it writes anything: the package validates without errors, a cluster
 * can install it with its defaults ({@link PublishReview}), it would be a readable entry in every index
 * file it lands in, and the repository does not already hold its version with other content.
 */
final class PublishCheck {

    private final RepoSchemas schemas;
    private final Validator validator = new Validator();
    private final Renderer renderer = new Renderer();

    PublishCheck(RepoSchemas schemas) {
        this.schemas = schemas;
    }

    /** Reports the validating step, then gives the reason to refuse, or empty when the revision may be published. */
    Optional<PublishResult> refusal(Revision revision, PublishProgress progress) {
        String name = revision.name().orElse(null);
        String version = revision.version().orElse(null);
        progress.step(PublishStep.VALIDATING, name + " " + version);
        PublishReview review = PublishReview.of(revision, validator, renderer);
        if (!review.publishable()) {
            return Optional.of(PublishResult.refused(name, version, review.refusal(), review.refusalProblems()));
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

    /**
     * What the repository already holds of this package's version: UNCHANGED (naming the newest revision
     * with exactly these bytes), REFUSED when a revision has the same version but other content (a changed
     * package needs a new version), or empty when the version is new there.
     *
     * @param location where a revision number is, for the result ("the revision folder", "the remote")
     */
    static Optional<PublishResult> sameVersion(UniverseRepository repository, Revision revision,
                                               IntFunction<String> location) throws IOException {
        String name = revision.name().orElseThrow();
        String version = revision.version().orElse(null);
        Optional<PackageFolder> pkg = repository.find(name);
        if (pkg.isEmpty() || version == null) {
            return Optional.empty();
        }
        int identical = -1;
        int other = -1;
        for (RevisionFolder folder : pkg.get().revisions()) {
            OptionalInt number = folder.number();
            if (number.isEmpty() || !version.equals(versionIn(folder.dir()))) {
                continue;
            }
            try {
                if (RevisionReader.read(folder.dir()).sameContentAs(revision)) {
                    identical = Math.max(identical, number.getAsInt());
                } else {
                    other = Math.max(other, number.getAsInt());
                }
            } catch (RevisionLoadException e) {
                other = Math.max(other, number.getAsInt());
            }
        }
        if (identical >= 0) {
            return Optional.of(unchanged(revision, identical, location.apply(identical)));
        }
        if (other >= 0) {
            String message = name + " " + version + " is already published as revision " + other + ", with other"
                    + " content. A changed package needs a new version: make a New revision (it bumps the version)"
                    + " or change \"version\" in package.json, then publish again. Nothing was written.";
            Problem p = Problem.error("PUBLISH-SAME-VERSION").in(RevisionFile.PACKAGE).at("/version")
                    .at(revision.packageJson().map(d -> d.locations().nearest("/version")).orElse(null))
                    .hint("Make a New revision, or change \"version\", then publish again.")
                    .message("Version " + version + " is already published as revision " + other + " of " + name
                            + ", with other content.");
            return Optional.of(PublishResult.refused(name, version, message, List.of(p)));
        }
        return Optional.empty();
    }

    /** The version string in a revision folder's package.json, or null when it cannot be read. */
    private static String versionIn(Path dir) {
        try {
            JsonNode version = LocatedJsonReader.read(Files.readString(dir.resolve(RevisionFile.PACKAGE.fileName())))
                    .treeIfParsed().map(t -> t.get("version")).orElse(null);
            return version != null && version.isTextual() ? version.asText() : null;
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
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
