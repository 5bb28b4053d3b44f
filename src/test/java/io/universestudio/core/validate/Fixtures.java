package io.universestudio.core.validate;

import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.model.RevisionOrigin;
import io.universestudio.core.model.RevisionRef;
import io.universestudio.core.model.SourceText;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Small hand-made revisions: a valid 4.0 baseline that tests break one thing at a time. */
final class Fixtures {

    static final String PACKAGE = """
            {
              "packagingVersion": "4.0",
              "name": "time-server",
              "version": "1.0.0",
              "maintainer": "https://github.com/mesosphere/universe",
              "description": "Simple HTTP server that prints the time.",
              "tags": ["http", "time-server"],
              "minDcosReleaseVersion": "1.10",
              "upgradesFrom": ["*"],
              "downgradesTo": ["*"],
              "licenses": [{"name": "Apache License Version 2.0", "url": "https://www.apache.org/licenses/LICENSE-2.0"}]
            }
            """;

    static final String CONFIG = """
            {
              "type": "object",
              "properties": {
                "service": {
                  "title": "Service",
                  "type": "object",
                  "properties": {
                    "name": {"type": "string", "default": "time-server", "media": {"type": "application/x-zone-constraints+json"}},
                    "cpus": {"title": "CPUs", "type": "number", "default": 0.5, "minimum": 0.1},
                    "instances": {"type": "integer", "default": 1, "x-ui-hint": "slider"}
                  },
                  "required": ["name"]
                }
              }
            }
            """;

    static final String RESOURCE = """
            {
              "images": {
                "icon-small": "https://example.com/s.png",
                "icon-medium": "https://example.com/m.png",
                "icon-large": "https://example.com/l.png"
              },
              "assets": {"container": {"docker": {"server": "python:3.11"}}}
            }
            """;

    static final String TEMPLATE = """
            {
              "id": "{{service.name}}",
              "cpus": {{service.cpus}},
              "instances": {{service.instances}},
              {{#service.name}}"labels": {"a": "b"},{{/service.name}}
              "cmd": "python3 -m http.server"
            }
            """;

    private Fixtures() {
    }

    /** The valid baseline, as revision 1 of T/time-server in a repository. */
    static Revision valid() {
        return at("T/time-server/1", Map.of(RevisionFile.PACKAGE, PACKAGE, RevisionFile.CONFIG, CONFIG,
                RevisionFile.RESOURCE, RESOURCE, RevisionFile.TEMPLATE, TEMPLATE));
    }

    /** A revision with these files at {@code letter/name/revision} of a repository under /repo. */
    static Revision at(String letterNameRevision, Map<RevisionFile, String> files) {
        String[] parts = letterNameRevision.split("/");
        Path packages = Path.of("/repo/packages");
        RevisionRef ref = new RevisionRef(packages, parts[0], parts[1], parts[2]);
        return Revision.of(sources(files), new RevisionOrigin(packages.resolve(letterNameRevision), ref), List.of());
    }

    /** A revision that is not in a repository and has never been saved. */
    static Revision unsaved(Map<RevisionFile, String> files) {
        return Revision.of(sources(files), RevisionOrigin.NEW, List.of());
    }

    private static Map<RevisionFile, SourceText> sources(Map<RevisionFile, String> files) {
        Map<RevisionFile, SourceText> m = new EnumMap<>(RevisionFile.class);
        files.forEach((f, t) -> m.put(f, SourceText.of(t)));
        return m;
    }

    /** package.json of the baseline with one textual replacement (which must apply). */
    static Revision withPackage(String from, String to) {
        return replace(RevisionFile.PACKAGE, PACKAGE, from, to);
    }

    static Revision withConfig(String from, String to) {
        return replace(RevisionFile.CONFIG, CONFIG, from, to);
    }

    static Revision withResource(String from, String to) {
        return replace(RevisionFile.RESOURCE, RESOURCE, from, to);
    }

    private static Revision replace(RevisionFile file, String text, String from, String to) {
        if (!text.contains(from)) {
            throw new IllegalArgumentException("the fixture has no " + from);
        }
        return valid().withText(file, text.replace(from, to));
    }

    static ValidationReport validate(Revision r) {
        return new Validator().validate(r);
    }

    /** The 1-based line of the first occurrence of {@code needle} in {@code text}. */
    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        if (at < 0) {
            throw new IllegalArgumentException(needle);
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
