package io.universestudio.core.validate;

import io.universestudio.core.json.TextPosition;
import io.universestudio.core.model.RevisionFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a package, as the GUI, the CLI and the tests all see it.
 *
 * @param code     a stable rule code such as {@code PKG-NAME-PATTERN}
 * @param file     the file it is in; null for problems about the folder or the repository
 * @param pointer  JSON pointer into the file ("" for the whole file); null when not about a JSON value
 * @param position line and column in the file's text; null when it has none (e.g. a missing file)
 * @param subject  for repository-level problems, the path relative to the repository; otherwise null
 * @param message  plain language, written for someone new to packaging
 * @param hint     how to fix it
 * @param fixes    mechanical changes that make it go away, each one step (ADR 0118); often none
 */
public record Problem(Severity severity, String code, RevisionFile file, String pointer, TextPosition position,
                      String subject, String message, String hint, List<Fix> fixes) {

    public Problem {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(code);
        Objects.requireNonNull(message);
        hint = hint == null ? "" : hint;
        fixes = fixes == null ? List.of() : List.copyOf(fixes);
    }

    public Problem(Severity severity, String code, RevisionFile file, String pointer, TextPosition position,
                   String subject, String message, String hint) {
        this(severity, code, file, pointer, position, subject, message, hint, List.of());
    }

    public Optional<RevisionFile> fileIfAny() {
        return Optional.ofNullable(file);
    }

    public Optional<TextPosition> positionIfAny() {
        return Optional.ofNullable(position);
    }

    /** "package.json:3:5" or "package.json" or the subject; what the CLI prints before the message. */
    public String where() {
        StringBuilder sb = new StringBuilder();
        if (subject != null) {
            sb.append(subject);
        }
        if (file != null) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(file.fileName());
            if (position != null) {
                sb.append(':').append(position.line()).append(':').append(position.column());
            }
        }
        return sb.toString();
    }

    /** The same problem said to be about {@code newSubject} (e.g. a revision's path in its repository). */
    public Problem withSubject(String newSubject) {
        return new Problem(severity, code, file, pointer, position, newSubject, message, hint, fixes);
    }

    /** The same problem with one more fix. */
    public Problem withFix(Fix fix) {
        List<Fix> more = new ArrayList<>(fixes);
        more.add(fix);
        return new Problem(severity, code, file, pointer, position, subject, message, hint, more);
    }

    public static Builder error(String code) {
        return new Builder(Severity.ERROR, code);
    }

    public static Builder warning(String code) {
        return new Builder(Severity.WARNING, code);
    }

    public static Builder info(String code) {
        return new Builder(Severity.INFO, code);
    }

    /** Small fluent builder so rules read as sentences. */
    public static final class Builder {
        private final Severity severity;
        private final String code;
        private RevisionFile file;
        private String pointer;
        private TextPosition position;
        private String subject;
        private String hint;
        private final List<Fix> fixes = new ArrayList<>();

        private Builder(Severity severity, String code) {
            this.severity = severity;
            this.code = code;
        }

        public Builder in(RevisionFile f) {
            this.file = f;
            return this;
        }

        public Builder at(String jsonPointer) {
            this.pointer = jsonPointer;
            return this;
        }

        public Builder at(TextPosition p) {
            this.position = p;
            return this;
        }

        public Builder subject(String s) {
            this.subject = s;
            return this;
        }

        public Builder hint(String h) {
            this.hint = h;
            return this;
        }

        /** Offers a fix; null is ignored, so a rule can pass a fix it may not have found. */
        public Builder fix(Fix fix) {
            if (fix != null) {
                fixes.add(fix);
            }
            return this;
        }

        public Problem message(String message) {
            return new Problem(severity, code, file, pointer, position, subject, message, hint, fixes);
        }
    }
}
