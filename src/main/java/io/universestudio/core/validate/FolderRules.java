package io.universestudio.core.validate;

import io.universestudio.core.io.PackageNames;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionRef;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the revision sits: letter folder, package folder name, name in package.json equal to the folder,
 * revision folder a number. Only for revisions read from a Universe repository layout.
 */
final class FolderRules implements Rule {

    private static final Pattern LETTER = Pattern.compile("^[A-Z]$");

    @Override
    public List<Problem> check(Revision revision) {
        RevisionRef ref = revision.origin().ref();
        if (ref == null) {
            return List.of();
        }
        List<Problem> out = new ArrayList<>();
        String where = ref.letter() + "/" + ref.packageName() + "/" + ref.revisionFolder();
        if (!LETTER.matcher(ref.letter()).matches()) {
            out.add(Problem.error("PKG-LETTER-FOLDER").subject(where)
                    .hint("Move the package into a folder named by its first letter in capitals, e.g. K/kafka.")
                    .message("The folder \"" + ref.letter() + "\" above the package must be a single capital letter."));
        }
        String folder = ref.packageName();
        if (!PackageNames.isValid(folder)) {
            out.add(Problem.error("PKG-FOLDER-NAME").subject(where)
                    .hint("Rename the folder: at least two lower-case letters, digits or dashes, starting with a"
                            + " letter and not ending with a dash.")
                    .message("The package folder \"" + folder + "\" is not a valid package name."));
        } else if (LETTER.matcher(ref.letter()).matches() && !PackageNames.letterOf(folder).equals(ref.letter())) {
            out.add(Problem.error("PKG-WRONG-LETTER").subject(where)
                    .hint("Move the package folder to " + PackageNames.letterOf(folder) + "/" + folder + ".")
                    .message("The package \"" + folder + "\" is under " + ref.letter() + "/ but belongs under "
                            + PackageNames.letterOf(folder) + "/; the Universe's index step fails on it."));
        }
        revision.name().filter(n -> !n.equals(folder)).ifPresent(n -> out.add(Problem.error("PKG-NAME-MISMATCH")
                .in(RevisionFile.PACKAGE).at("/name")
                .at(revision.packageJson().orElseThrow().locations().nearest("/name"))
                .hint("Make \"name\" and the package folder the same, e.g. rename the folder to \"" + n + "\".")
                .message("The name in package.json (\"" + n + "\") differs from the package folder (\"" + folder
                        + "\"); the Universe requires them to be equal.")));
        String rev = ref.revisionFolder();
        if (ref.number().isEmpty()) {
            out.add(Problem.error("REV-NOT-NUMBER").subject(where)
                    .hint("Rename the folder to the next free revision number (0, 1, 2, ...).")
                    .message("The revision folder \"" + rev + "\" is not a number"
                            + (rev.startsWith("-") ? " (revision numbers start at 0)" : "")
                            + "; the Universe's scripts stop with an error on it."));
        } else if (rev.length() > 1 && rev.startsWith("0")) {
            out.add(Problem.warning("REV-LEADING-ZERO").subject(where)
                    .hint("Rename the folder to " + ref.number().getAsInt() + ".")
                    .message("The revision folder \"" + rev + "\" has leading zeros; it is read as revision "
                            + ref.number().getAsInt() + " and may collide with a folder of that name."));
        }
        return out;
    }
}
