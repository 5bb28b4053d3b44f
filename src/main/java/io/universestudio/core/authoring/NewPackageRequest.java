package io.universestudio.core.authoring;

import io.universestudio.core.io.PackageNames;
import io.universestudio.core.io.Samples;
import io.universestudio.core.model.PackagingVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the New package wizard asks for: the package name, its packaging version, the maintainer and the
 * bundled sample to start from (one of {@link Samples#NAMES}).
 */
public record NewPackageRequest(String name, PackagingVersion packagingVersion, String maintainer, String sample) {

    public NewPackageRequest {
        Objects.requireNonNull(packagingVersion, "packagingVersion");
        name = name == null ? "" : name.strip();
        maintainer = maintainer == null ? "" : maintainer.strip();
        sample = sample == null ? Samples.DEFAULT : sample;
    }

    /** What is wrong with the request, in plain language; empty when the package can be generated. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        nameProblem().ifPresent(out::add);
        maintainerProblem().ifPresent(out::add);
        sampleProblem().ifPresent(out::add);
        return out;
    }

    public Optional<String> nameProblem() {
        if (name.isEmpty()) {
            return Optional.of("Give the package a name.");
        }
        return PackageNames.isValid(name) ? Optional.empty() : Optional.of("\"" + name + "\" cannot be a package name:"
                + " use lower-case letters, digits and hyphens, start with a letter, end with a letter or digit,"
                + " at least two characters.");
    }

    public Optional<String> maintainerProblem() {
        if (maintainer.isEmpty()) {
            return Optional.of("Say who maintains the package (usually an e-mail address).");
        }
        return maintainer.chars().allMatch(c -> c >= 0x20 && c < 0x7f) ? Optional.empty()
                : Optional.of("The maintainer may hold only plain ASCII characters: the Universe rejects anything else.");
    }

    public Optional<String> sampleProblem() {
        return Samples.NAMES.contains(sample) ? Optional.empty()
                : Optional.of("There is no bundled sample called \"" + sample + "\".");
    }
}
