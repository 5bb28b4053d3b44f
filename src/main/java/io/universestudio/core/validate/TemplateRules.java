package io.universestudio.core.validate;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import io.universestudio.core.json.LineIndex;
import io.universestudio.core.json.TextPosition;
import io.universestudio.core.model.Revision;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.template.MustacheScanner;
import io.universestudio.core.template.TemplateStructure;
import io.universestudio.core.template.TemplateTag;
import io.universestudio.core.render.Renderer;
import io.universestudio.core.render.SectionDepth;

import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * marathon.json.mustache must compile with mustache.java, the engine Cosmos renders with: sections
 * closed in the right order (the only thing the Universe's CI checks), tags closed, no partials (Cosmos
 * has nowhere to load them from). Rendering with the defaults is the renderer's rule, not this one.
 */
final class TemplateRules implements Rule {

    private static final String NAME = RevisionFile.TEMPLATE.fileName();
    private static final Pattern MISMATCH = Pattern.compile("Mismatched start/end tags: (.*?) != (.*?) in ");
    private static final Pattern UNCLOSED = Pattern.compile("Failed to close '(.*?)' tag");
    private static final Pattern LINE = Pattern.compile("@\\[" + Pattern.quote(NAME) + ":(\\d+)]");

    /** Refuses partials: compiling one would otherwise read a file from disk or the class path. */
    private static final class NoPartials extends DefaultMustacheFactory {
        @Override
        public Mustache compilePartial(String name) {
            throw new PartialNotAllowed(name);
        }
    }

    private static final class PartialNotAllowed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PartialNotAllowed(String name) {
            super(name, null, false, false);
        }
    }

    /** Compiles templates as Cosmos does, and keeps them for the template lint's renders. */
    private final Renderer renderer;

    TemplateRules(Renderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public List<Problem> check(Revision revision) {
        String text = revision.template().orElse(null);
        if (text == null || SectionDepth.of(text).tooDeep()) {
            // Too deep for mustache.java's parser (its stack would overflow): the renderer's rule reports
            // it as TEMPLATE-BUDGET without parsing it.
            return List.of();
        }
        if (compilesForCosmos(text)) {
            // The same parser with a visitor that only adds to what it builds (and refuses partials): what it
            // compiles, the plain factory compiles too. Only a failure needs the plain factory's own message.
            return List.of();
        }
        try {
            new NoPartials().compile(new StringReader(text), NAME);
            return List.of();
        } catch (PartialNotAllowed e) {
            int offset = MustacheScanner.scan(text).tags().stream()
                    .filter(t -> t.kind() == TemplateTag.Kind.PARTIAL || t.kind() == TemplateTag.Kind.PARENT)
                    .mapToInt(TemplateTag::startOffset).findFirst().orElse(0);
            return List.of(problem("TEMPLATE-PARTIAL", text, offset,
                    "The template includes a partial ({{> ...}}); DC/OS cannot load partials, so it cannot render it.",
                    "Paste the partial's text into the template instead."));
        } catch (MustacheException e) {
            return List.of(describe(e.getMessage() == null ? "" : e.getMessage(), text));
        } catch (RuntimeException e) {
            return List.of(problem("TEMPLATE-SYNTAX", text, 0, "mustache.java cannot read the template's tags, so"
                    + " DC/OS cannot render it.", "Check the {{ }} tags of the template."));
        }
    }

    private boolean compilesForCosmos(String text) {
        try {
            return renderer.compiles(text);
        } catch (RuntimeException e) {
            return false; // the plain compile below says what is wrong
        }
    }

    private static Problem describe(String message, String text) {
        Matcher mismatch = MISMATCH.matcher(message);
        if (mismatch.find()) {
            String open = mismatch.group(1);
            String close = mismatch.group(2);
            int offset = closingTag(MustacheScanner.scan(text), close, lineOf(message));
            if ("null".equals(open)) {
                return problem("TEMPLATE-SECTION-MISMATCH", text, offset,
                        "{{/" + close + "}} closes a section that was never opened.",
                        "Remove {{/" + close + "}}, or add the matching {{#" + close + "}} before it.");
            }
            return problem("TEMPLATE-SECTION-MISMATCH", text, offset,
                    "{{/" + close + "}} closes a section, but the innermost open section is {{#" + open + "}}.",
                    "Close {{#" + open + "}} first with {{/" + open + "}}, or fix the name in {{/" + close + "}}.");
        }
        Matcher unclosed = UNCLOSED.matcher(message);
        if (unclosed.find()) {
            String name = unclosed.group(1);
            int offset = openingTag(MustacheScanner.scan(text), name);
            return problem("TEMPLATE-UNCLOSED-SECTION", text, offset,
                    "The section {{#" + name + "}} (or {{^" + name + "}}) is never closed; DC/OS cannot render the"
                            + " template.",
                    "Add {{/" + name + "}} where the section should end.");
        }
        int line = lineOf(message);
        int offset = line > 0 ? new LineIndex(text).offset(line, 1) : 0;
        String reason = message.replaceAll("\\s*@\\[.*]$", "").replaceAll(" in " + Pattern.quote(NAME) + ":\\S*", "");
        return problem("TEMPLATE-SYNTAX", text, offset,
                "The template has a broken tag (" + reason + "); DC/OS cannot render it.",
                "Check the {{ }} tags on this line: each {{ needs a matching }} (and {{{ a matching }}}).");
    }

    private static int lineOf(String message) {
        Matcher m = LINE.matcher(message);
        int line = -1;
        while (m.find()) {
            line = Integer.parseInt(m.group(1));
        }
        return line;
    }

    /** The closing tag mustache.java names, on the line it names when there is one there. */
    private static int closingTag(TemplateStructure structure, String name, int line) {
        List<TemplateTag> closes = structure.tags().stream()
                .filter(t -> t.kind() == TemplateTag.Kind.CLOSE && t.name().equals(name)).toList();
        return closes.stream().filter(t -> t.start().line() == line).findFirst()
                .or(() -> closes.stream().findFirst()).map(TemplateTag::startOffset).orElse(0);
    }

    /** The opening tag of the section mustache.java found unclosed: the last one of that name left open. */
    private static int openingTag(TemplateStructure structure, String name) {
        int last = 0;
        for (TemplateTag t : structure.tags()) {
            if (t.kind().opensSection() && t.name().equals(name) && t.closeStart() < 0) {
                last = t.startOffset();
            }
        }
        return last;
    }

    private static Problem problem(String code, String text, int offset, String message, String hint) {
        return Problem.error(code).in(RevisionFile.TEMPLATE).at(TextPosition.ofOffset(text, offset))
                .hint(hint).message(message);
    }
}
