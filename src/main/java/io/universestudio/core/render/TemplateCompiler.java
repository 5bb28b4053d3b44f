package io.universestudio.core.render;

import com.github.mustachejava.MustacheException;
import io.universestudio.core.template.MustacheScanner;
import io.universestudio.core.template.TemplateStructure;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiles templates and keeps the results keyed by template text, so the live preview re-renders an
 * unchanged template without compiling it again. Compile errors are cached too: they are results.
 */
final class TemplateCompiler {

    /**
     * Enough for the open package's template, its last edits and another package; cleared wholesale beyond
     * that. Each entry keeps a compiled template alive, which every young collection of a whole-corpus run
     * copies (ADR 0159): 64 entries cost more than their rare hits saved.
     */
    private static final int MAX_ENTRIES = 16;

    private final Map<String, Compiled> cache = new ConcurrentHashMap<>();

    /**
     * Either a template or the reason it does not compile; {@code tooDeep} when its sections nest deeper
     * than {@link RenderBudget#MAX_DEPTH} (it is not given to mustache.java, whose parser would overflow the
     * stack on it).
     */
    record Compiled(CompiledTemplate template, String error, SectionDepth tooDeep) {
        boolean ok() {
            return template != null;
        }
    }

    Compiled compile(String text) {
        Compiled hit = cache.get(text);
        if (hit != null) {
            return hit;
        }
        Compiled fresh = compileNow(text);
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(text, fresh);
        return fresh;
    }

    private static Compiled compileNow(String text) {
        TemplateStructure tags = MustacheScanner.scan(text);
        SectionDepth depth = SectionDepth.deepest(tags);
        if (depth.tooDeep()) {
            return new Compiled(null, "its sections nest " + depth.depth() + " deep", depth);
        }
        try {
            CosmosMustacheFactory factory = new CosmosMustacheFactory(tags);
            return new Compiled(new CompiledTemplate(tags, factory.compileMain(text)), null, null);
        } catch (MustacheException | IllegalStateException | IllegalArgumentException e) {
            return new Compiled(null, describe(e), null);
        }
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable cause = e.getCause();
        while (cause != null && cause != cause.getCause()) {
            if (cause.getMessage() != null && !sb.toString().contains(cause.getMessage())) {
                sb.append(": ").append(cause.getMessage());
            }
            cause = cause.getCause();
        }
        return sb.toString();
    }
}
