package io.universestudio.core.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * What mustache.java's own parser makes of a template: the calls its {@code MustacheParser} makes on the
 * visitor (values, sections, blocks, partials, pragmas, comments), in its order, or the exception it
 * throws. The reference the scanner is held to.
 */
record MustacheJavaParse(List<String> events, String error) {

    static MustacheJavaParse of(String template) {
        List<String> events = new ArrayList<>();
        DefaultMustacheFactory factory = new DefaultMustacheFactory() {
            @Override
            public MustacheVisitor createMustacheVisitor() {
                return new DefaultMustacheVisitor(this) {
                    @Override
                    public void value(TemplateContext tc, String variable, boolean encoded) {
                        events.add("value:" + variable);
                    }

                    @Override
                    public void iterable(TemplateContext tc, String variable, Mustache mustache) {
                        events.add("section:" + variable);
                    }

                    @Override
                    public void notIterable(TemplateContext tc, String variable, Mustache mustache) {
                        events.add("inverted:" + variable);
                    }

                    @Override
                    public void name(TemplateContext tc, String variable, Mustache mustache) {
                        events.add("block:" + variable);
                    }

                    @Override
                    public void checkName(TemplateContext tc, String variable, Mustache mustache) {
                        events.add("check:" + variable);
                    }

                    @Override
                    public void extend(TemplateContext tc, String variable, Mustache mustache) {
                        events.add("parent:" + variable);
                    }

                    @Override
                    public void partial(TemplateContext tc, String variable, String indent) {
                        events.add("partial:" + variable);
                    }

                    @Override
                    public void dynamicPartial(TemplateContext tc, String variable, String indent) {
                        events.add("partial:" + variable);
                    }

                    @Override
                    public void pragma(TemplateContext tc, String pragma, String args) {
                        events.add("pragma:" + pragma + (args == null ? "" : " " + args));
                    }

                    @Override
                    public void comment(TemplateContext tc, String comment) {
                        events.add("comment:" + comment);
                    }
                };
            }
        };
        try {
            factory.compile(new StringReader(template), "t");
            return new MustacheJavaParse(List.copyOf(events), null);
        } catch (RuntimeException e) {
            return new MustacheJavaParse(List.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    boolean compiles() {
        return error == null;
    }

    /** The same calls, read off the scanner's tags: values as they come, blocks when they close. */
    static List<String> eventsOf(TemplateStructure structure) {
        List<String> out = new ArrayList<>();
        for (TemplateTag tag : structure.tags()) {
            switch (tag.kind()) {
                case VARIABLE, UNESCAPED -> out.add("value:" + tag.name());
                case COMMENT -> out.add("comment:" + tag.name());
                case PRAGMA -> out.add("pragma:" + tag.name());
                case PARTIAL -> out.add("partial:" + tag.name());
                case CLOSE -> structure.matching(tag).ifPresent(open -> out.add(switch (open.kind()) {
                    case SECTION -> "section:";
                    case INVERTED -> "inverted:";
                    case BLOCK -> "block:";
                    case CHECK -> "check:";
                    default -> "parent:";
                } + open.name()));
                default -> {
                }
            }
        }
        return out;
    }

    /** Whether the scanner found something mustache.java's parser throws on (Cosmos's refusals aside). */
    static boolean parserWouldFail(TemplateStructure structure) {
        return structure.problems().stream().anyMatch(p -> p.fatal() && p.kind() != TemplateProblem.Kind.UNSUPPORTED);
    }
}
