package io.universestudio.core.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.NotIterableCode;
import com.github.mustachejava.codes.ValueCode;
import com.github.mustachejava.codes.WriteCode;
import io.universestudio.core.template.TemplateStructure;
import io.universestudio.core.template.TemplateTag;

import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The mustache factory as Cosmos configures it (HTML escaping off: {@code encode} writes the value as it
 * is), with three additions: the scope-only object handler, partials and template inheritance refused at
 * compile time with a clear message, and codes that report to a {@link TrackingWriter} which tag wrote
 * what. One factory per template text, because it remembers that template's tags.
 */
final class CosmosMustacheFactory extends DefaultMustacheFactory {

    /** The name Cosmos gives every template; it would decide where a partial is looked up. */
    static final String TEMPLATE_NAME = ".marathon.v2AppMustacheTemplate";

    private final Map<String, Deque<TemplateTag>> values;
    private final Map<String, Deque<TemplateTag>> sections;
    private volatile boolean compilingMain;

    CosmosMustacheFactory(TemplateStructure tags) {
        setObjectHandler(new ScopeOnlyObjectHandler());
        // mustache.java visits values in source order and sections when they close: queue the tags the same way.
        this.values = tags.tags().stream().filter(TemplateTag::isValue)
                .collect(Collectors.groupingBy(t -> key(t.isValue(), t.name()), HashMap::new,
                        Collectors.toCollection(ArrayDeque::new)));
        this.sections = tags.tags().stream().filter(TemplateTag::isSection)
                .sorted(java.util.Comparator.comparingInt(TemplateTag::closeStart))
                .collect(Collectors.groupingBy(t -> key(t.kind() == TemplateTag.Kind.SECTION, t.name()),
                        HashMap::new, Collectors.toCollection(ArrayDeque::new)));
    }

    private static String key(boolean flag, String name) {
        return (flag ? "+" : "-") + name;
    }

    Mustache compileMain(String template) {
        compilingMain = true;
        try {
            return compile(new UnsharedStringReader(template), TEMPLATE_NAME);
        } finally {
            compilingMain = false;
        }
    }

    private TemplateTag nextValue(String name) {
        return compilingMain ? poll(values, key(true, name)) : null;
    }

    private TemplateTag nextSection(boolean normal, String name) {
        return compilingMain ? poll(sections, key(normal, name)) : null;
    }

    private static TemplateTag poll(Map<String, Deque<TemplateTag>> queues, String key) {
        Deque<TemplateTag> q = queues.get(key);
        return q == null ? null : q.poll();
    }

    @Override
    public void encode(String value, Writer writer) {
        try {
            writer.write(value);
        } catch (java.io.IOException e) {
            throw new MustacheException("Could not write the rendered text", e);
        }
    }

    @Override
    public MustacheVisitor createMustacheVisitor() {
        return new DefaultMustacheVisitor(this) {
            @Override
            public void value(TemplateContext tc, String variable, boolean encoded) {
                list.add(new TrackedValueCode(tc, CosmosMustacheFactory.this, variable, encoded, nextValue(variable)));
            }

            @Override
            public void iterable(TemplateContext tc, String variable, Mustache mustache) {
                list.add(new TrackedSectionCode(tc, CosmosMustacheFactory.this, mustache, variable,
                        nextSection(true, variable)));
            }

            @Override
            public void notIterable(TemplateContext tc, String variable, Mustache mustache) {
                list.add(new TrackedInvertedCode(tc, CosmosMustacheFactory.this, mustache, variable,
                        nextSection(false, variable)));
            }

            @Override
            public void write(TemplateContext tc, String text) {
                if (list.isEmpty() && !text.isEmpty() && compilingMain) {
                    list.add(new TrackedWriteCode(tc, CosmosMustacheFactory.this, text));
                } else {
                    super.write(tc, text);
                }
            }

            @Override
            public void partial(TemplateContext tc, String variable, String indent) {
                throw refused("partial {{> " + quoted(variable) + "}}", tc);
            }

            @Override
            public void dynamicPartial(TemplateContext tc, String variable, String indent) {
                throw refused("dynamic partial {{>* " + quoted(variable) + "}}", tc);
            }

            @Override
            public void extend(TemplateContext tc, String variable, Mustache mustache) {
                throw refused("template inheritance {{< " + quoted(variable) + "}}", tc);
            }
        };
    }

    /** A tag's name as quoted in a message: the start of it, when it runs on (an unclosed tag swallows text). */
    private static String quoted(String name) {
        String oneLine = name.strip().replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "..." : oneLine;
    }

    private static MustacheException refused(String what, TemplateContext tc) {
        return new MustacheException("The template uses a " + what + " on line " + tc.line()
                + ". Cosmos cannot load other templates, so it fails to compile this one (HTTP 500)."
                + " Put the text in the template itself.");
    }

    /**
     * Runs a section's body inside the tracker's section (so {@code {{.}}} and nested tags know where they
     * are) and records the stretch the body wrote, then the literal text after the closing tag.
     */
    private static Writer trackSection(TrackingWriter tw, TemplateTag tag, String pointer, boolean iterable,
                                       String appended, Supplier<Writer> body) {
        int start = tw.length();
        int end;
        Writer result;
        tw.enterSection(pointer, tag, iterable);
        try {
            result = body.get();
            end = tw.length() - appendedLength(appended);
            tw.record(tag, start, end, pointer);
        } finally {
            tw.exitSection();
        }
        tw.literal(end, appended, tag.blockEnd());
        return result;
    }

    private static int appendedLength(String appended) {
        return appended == null ? 0 : appended.length();
    }

    /**
     * Counts a section (or a value, which can run a lambda's template) against the render's depth budget
     * while {@code body} runs; other writers than a render's (mustache.java's own captures) are not counted.
     * {@code display} names the tag in the budget's message.
     */
    private static Writer metered(Writer writer, TemplateTag tag, String display, boolean section,
                                  Supplier<Writer> body) {
        RenderMeter meter = MeteredWriter.meterOf(writer);
        if (meter == null) {
            return body.get();
        }
        meter.enter(tag, display, section);
        try {
            return body.get();
        } finally {
            meter.exit();
        }
    }

    /** {@code {{x}}}: reports the stretch it wrote (without the literal text that follows it). */
    private static final class TrackedValueCode extends ValueCode {
        private final TemplateTag tag;
        /** What the depth budget names, made once rather than per run. */
        private final String display;

        TrackedValueCode(TemplateContext tc, CosmosMustacheFactory df, String variable, boolean encoded, TemplateTag tag) {
            super(tc, df, variable, encoded);
            this.tag = tag;
            this.display = tag != null ? tag.display() : "{{" + name + "}}";
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            return metered(writer, tag, display, false, () -> track(writer, scopes));
        }

        private Writer track(Writer writer, List<Object> scopes) {
            if (!(writer instanceof TrackingWriter tw) || tag == null) {
                return super.execute(writer, scopes);
            }
            int start = tw.length();
            Writer result = super.execute(writer, scopes);
            int end = tw.length() - appendedLength(appended);
            tw.record(tag, start, end, tw.pointerOf(name, scopes));
            tw.literal(end, appended, tag.endOffset());
            return result;
        }
    }

    /** {@code {{#x}}}: reports the stretch its body wrote and lets {@code {{.}}} know the element index. */
    private static final class TrackedSectionCode extends IterableCode {
        private final TemplateTag tag;
        /** What the depth budget names, made once rather than per run. */
        private final String display;

        TrackedSectionCode(TemplateContext tc, CosmosMustacheFactory df, Mustache mustache, String variable, TemplateTag tag) {
            super(tc, df, mustache, variable);
            this.tag = tag;
            this.display = tag != null ? tag.display() : "{{#" + name + "}}";
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            return metered(writer, tag, display, true, () -> track(writer, scopes));
        }

        private Writer track(Writer writer, List<Object> scopes) {
            if (!(writer instanceof TrackingWriter tw) || tag == null) {
                return super.execute(writer, scopes);
            }
            return trackSection(tw, tag, tw.pointerOf(name, scopes), true, appended,
                    () -> super.execute(writer, scopes));
        }

        @Override
        protected Writer execute(Writer writer, Object resolve, List<Object> scopes) {
            RenderMeter meter = MeteredWriter.meterOf(writer);
            if (meter != null && resolve instanceof java.util.Collection<?> items) {
                meter.items(items.size());
            }
            return super.execute(writer, resolve, scopes);
        }

        @Override
        public Writer next(Writer writer, Object next, List<Object> scopes) {
            RenderMeter meter = MeteredWriter.meterOf(writer);
            if (meter != null) {
                meter.step();
            }
            if (writer instanceof TrackingWriter tw) {
                tw.nextElement();
            }
            return super.next(writer, next, scopes);
        }
    }

    /** {@code {{^x}}}: reports the stretch its body wrote. */
    private static final class TrackedInvertedCode extends NotIterableCode {
        private final TemplateTag tag;
        /** What the depth budget names, made once rather than per run. */
        private final String display;

        TrackedInvertedCode(TemplateContext tc, CosmosMustacheFactory df, Mustache mustache, String variable, TemplateTag tag) {
            super(tc, df, mustache, variable);
            this.tag = tag;
            this.display = tag != null ? tag.display() : "{{^" + name + "}}";
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            return metered(writer, tag, display, true, () -> track(writer, scopes));
        }

        private Writer track(Writer writer, List<Object> scopes) {
            if (!(writer instanceof TrackingWriter tw) || tag == null) {
                return super.execute(writer, scopes);
            }
            return trackSection(tw, tag, tw.pointerOf(name, scopes), false, appended,
                    () -> super.execute(writer, scopes));
        }
    }

    /** Template text at the start of the template or of a section body: reports where it was copied. */
    private static final class TrackedWriteCode extends WriteCode {

        TrackedWriteCode(TemplateContext tc, CosmosMustacheFactory df, String text) {
            super(tc, df, text);
        }

        @Override
        public Writer execute(Writer writer, List<Object> scopes) {
            if (!(writer instanceof TrackingWriter tw)) {
                return super.execute(writer, scopes);
            }
            int start = tw.length();
            Writer result = super.execute(writer, scopes);
            tw.literal(start, appended, tw.bodyStart());
            return result;
        }
    }
}
