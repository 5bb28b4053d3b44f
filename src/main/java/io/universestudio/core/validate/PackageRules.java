package io.universestudio.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.universestudio.core.model.JsonDocument;
import io.universestudio.core.model.PackageField;
import io.universestudio.core.model.PackagingVersion;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * package.json: present, an object, a known packagingVersion, and valid against the schema branch of
 * that version only, so the author sees "tags > #2: contains whitespace" instead of the Universe's
 * "is not valid under any of the given schemas".
 */
final class PackageRules implements Rule {

    private static final Map<String, String> FIELD_HINTS = Map.of(
            "/packagingVersion", "Add \"packagingVersion\": \"4.0\" (a string); 4.0 suits most new packages.",
            "/name", "Use the package folder's name: lower-case letters, digits and dashes, e.g. \"my-service\".",
            "/version", "Use the software's version, e.g. \"1.2.0\" (letters, digits, dots and dashes only).",
            "/maintainer", "Add who maintains the package, usually an e-mail address.",
            "/description", "Add one or two sentences saying what the package installs.",
            "/tags", "Add a list of one-word tags such as [\"database\", \"sql\"] (it may be empty: []).",
            "/minDcosReleaseVersion", "Write a DC/OS version such as \"1.10\" or \"1.12\".",
            "/licenses/*/url", "Write the full address of the license text, starting with https://.",
            "/tags/*", "Use one word per tag; join words with dashes, e.g. \"time-server\" instead of \"time server\".");

    @Override
    public List<Problem> check(Revision revision) {
        if (!revision.has(RevisionFile.PACKAGE)) {
            return List.of(Problem.error("PKG-MISSING").in(RevisionFile.PACKAGE)
                    .hint("Every revision needs a package.json with at least packagingVersion, name, version,"
                            + " maintainer, description and tags.")
                    .message("package.json is missing; it is the one file every package revision must have."));
        }
        JsonDocument doc = revision.packageJson().orElseThrow();
        if (doc.tree().isEmpty()) {
            return List.of(); // the syntax rule has said why
        }
        JsonNode tree = doc.tree().get();
        if (!tree.isObject()) {
            return List.of(Problem.error("PKG-NOT-OBJECT").in(RevisionFile.PACKAGE).at("").at(doc.locations().nearest(""))
                    .hint("Put the package's fields in one object: { \"packagingVersion\": \"4.0\", ... }.")
                    .message("package.json must hold a JSON object, but it holds " + Describe.value(tree) + "."));
        }
        List<Problem> out = new ArrayList<>();
        PackagingVersion version = declaredVersion((ObjectNode) tree, doc, out);
        boolean known = out.isEmpty();
        for (Problem p : SchemaFindings.check(UniverseSchemas.get().packageJson(version), doc, tree,
                new Vocabulary(version, known))) {
            // With an unknown version we check against 4.0 for the other fields; its packagingVersion
            // complaint would only repeat the one already made.
            if (known || !"/packagingVersion".equals(p.pointer())) {
                out.add(p);
            }
        }
        return out;
    }

    private static PackagingVersion declaredVersion(ObjectNode tree, JsonDocument doc, List<Problem> out) {
        JsonNode pv = tree.get("packagingVersion");
        if (pv == null) {
            out.add(Problem.error("PKG-PACKAGING-VERSION").in(RevisionFile.PACKAGE).at("/packagingVersion")
                    .at(doc.locations().nearest("")).hint(FIELD_HINTS.get("/packagingVersion"))
                    .message("package.json has no \"packagingVersion\", so the Universe cannot tell which rules apply;"
                            + " the other fields were checked as for 4.0."));
            return PackagingVersion.V4_0;
        }
        var parsed = pv.isTextual() ? PackagingVersion.parse(pv.asText()) : java.util.Optional.<PackagingVersion>empty();
        if (parsed.isEmpty()) {
            String asString = pv.isNumber() ? " Write it as a string in quotes: \"" + pv.asText() + "\"." : "";
            out.add(Problem.error("PKG-PACKAGING-VERSION").in(RevisionFile.PACKAGE).at("/packagingVersion")
                    .at(doc.locations().nearest("/packagingVersion"))
                    .hint("Use one of the strings \"2.0\", \"3.0\", \"4.0\" or \"5.0\"." + asString)
                    .message("packagingVersion is " + Describe.value(pv) + ", but it must be one of the strings"
                            + " \"2.0\", \"3.0\", \"4.0\", \"5.0\"; the other fields were checked as for 4.0."));
            return PackagingVersion.V4_0;
        }
        return parsed.get();
    }

    /** package.json wording: field-specific codes and plain meanings for each pattern. */
    private record Vocabulary(PackagingVersion version, boolean known) implements SchemaVocabulary {

        @Override
        public String prefix() {
            return "PKG";
        }

        @Override
        public String breadcrumb(String pointer) {
            return SchemaFindings.plainBreadcrumb(pointer);
        }

        @Override
        public String versionSuffix() {
            return known ? " (packagingVersion " + version.text() + ")" : "";
        }

        @Override
        public String patternCode(String pointer) {
            return switch (SchemaFindings.shape(pointer)) {
                case "/name", "/manager/packageName" -> "PKG-NAME-PATTERN";
                case "/version", "/manager/minPackageVersion" -> "PKG-VERSION-PATTERN";
                case "/tags/*" -> "PKG-TAG-PATTERN";
                case "/minDcosReleaseVersion" -> "PKG-MIN-DCOS-PATTERN";
                case "/licenses/*/url" -> "PKG-LICENSE-URL";
                default -> null;
            };
        }

        @Override
        public String patternMeaning(String pointer) {
            return switch (SchemaFindings.shape(pointer)) {
                case "/name", "/manager/packageName" -> "is not a valid package name: use at least two lower-case"
                        + " letters, digits or dashes, starting with a letter and not ending with a dash";
                case "/version", "/manager/minPackageVersion" -> "may only hold letters, digits, dots and dashes"
                        + " (no spaces)";
                case "/tags/*" -> "contains whitespace; each tag must be a single word";
                case "/minDcosReleaseVersion" -> "is not a DC/OS version: write numbers separated by dots, such as"
                        + " \"1.10\", without leading zeros or a suffix";
                case "/licenses/*/url" -> "must start with http:// or https://";
                default -> null;
            };
        }

        @Override
        public String unexpectedField(String pointer, String field) {
            PackagingVersion needs = pointer.equals("/" + field) ? since(field) : null;
            if (needs == null || !known || version.compareTo(needs) >= 0) {
                return null;
            }
            return "\"" + field + "\" is not allowed with packagingVersion " + version.text() + "; it needs "
                    + needs.text() + " or later.";
        }

        @Override
        public String fieldHint(String pointer, String fallback) {
            String shape = SchemaFindings.shape(pointer);
            PackagingVersion needs = shape.isEmpty() ? null : since(shape.substring(1));
            if (needs != null && known && version.compareTo(needs) < 0) {
                return "Raise packagingVersion to " + needs.text() + " (or later), or remove \"" + shape.substring(1)
                        + "\".";
            }
            return FIELD_HINTS.getOrDefault(shape, fallback);
        }

        /** The first packaging version that allows {@code field}; null for a field package.json never has. */
        private static PackagingVersion since(String field) {
            return PackageField.byKey(field).map(PackageField::since).orElse(null);
        }
    }
}
