package io.universestudio.core.render;

import io.universestudio.core.model.Revision;
import io.universestudio.core.validate.Problem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.universestudio.core.render.TestPackages.configFor;
import static io.universestudio.core.render.TestPackages.json;
import static io.universestudio.core.render.TestPackages.revision;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile templates end with a plain budget failure naming the tag, never with an OutOfMemoryError or a
 * StackOverflowError, and templates within the limits render as before.
 */
class RenderBudgetTest {

    private final Renderer renderer = new Renderer();

    private static String thousand() {
        return "[" + IntStream.range(0, 1000).mapToObj(Integer::toString).collect(Collectors.joining(",")) + "]";
    }

    private static Revision withDefaults(String defaults, String template) {
        return revision(configFor(json(defaults)), template);
    }

    private static RenderFailure failure(RenderResult r) {
        assertThat(r).isInstanceOf(RenderFailure.class);
        return (RenderFailure) r;
    }

    @Test
    void threeNestedLoopsOverAThousandItemsStopAtTenMegabytes() {
        Revision r = withDefaults("{\"arr\": " + thousand() + "}",
                "{\"id\": \"/x\",\n \"cmd\": \"{{#arr}}{{#arr}}{{#arr}}ab{{/arr}}{{/arr}}{{/arr}}\"}");
        RenderFailure f = failure(renderer.render(r, RenderRequest.defaults()));
        assertThat(f.kind()).isEqualTo(RenderFailureKind.RENDER_BUDGET_EXCEEDED);
        assertThat(f.message()).isEqualTo("`{{#arr}}` nested three deep over 1,000 items renders more than 10 MB;"
                + " a Marathon app is a few kilobytes. Loop over fewer items or nest fewer sections.");
        assertThat(f.tag().display()).isEqualTo("{{#arr}}");
        assertThat(f.tag().start().line()).isEqualTo(2);
        assertThat(f.tag().start().column()).isEqualTo(10);
        assertThat(f.describe()).startsWith("Not rendered: `{{#arr}}` nested three deep");
    }

    @Test
    void differentNestedSectionsAreNamedOuterFirst() {
        Revision r = withDefaults("{\"a\": " + thousand() + ", \"b\": " + thousand() + "}",
                "{\"cmd\": \"{{#a}}{{#b}}xxxxxxxxxx{{/b}}{{/a}}\"}");
        RenderFailure f = failure(renderer.render(r, RenderRequest.defaults(),
                RenderBudget.of(Duration.ofMinutes(1), 100_000, 50)));
        assertThat(f.message()).startsWith("`{{#a}}` over 1,000 items, with `{{#b}}` over 1,000 items inside renders"
                + " more than 100 KB");
    }

    @Test
    void aThousandNestedSectionsAreRefusedBeforeMustacheParsesThem() {
        String template = "{\"cmd\": \"" + "{{#a}}".repeat(1000) + "x" + "{{/a}}".repeat(1000) + "\"}";
        RenderFailure f = failure(renderer.render(withDefaults("{\"a\": true}", template), RenderRequest.defaults()));
        assertThat(f.kind()).isEqualTo(RenderFailureKind.RENDER_BUDGET_EXCEEDED);
        assertThat(f.message()).isEqualTo("The template nests sections 1,000 deep (the deepest is `{{#a}}` on line 1);"
                + " templates may nest them at most 100 deep.");
        // Unclosed sections nest just the same for mustache.java's parser.
        RenderFailure unclosed = failure(renderer.render(withDefaults("{\"a\": true}", "{{#a}}".repeat(5000)),
                RenderRequest.defaults()));
        assertThat(unclosed.kind()).isEqualTo(RenderFailureKind.RENDER_BUDGET_EXCEEDED);
    }

    @Test
    void sectionsAtTheDepthLimitStillRenderOnASmallStack() throws Exception {
        int depth = RenderBudget.MAX_DEPTH;
        String template = "{\"cmd\": \"" + "{{#a}}".repeat(depth) + "ok" + "{{/a}}".repeat(depth) + "\"}";
        Revision r = withDefaults("{\"a\": true}", template);
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(renderer.render(r, RenderRequest.defaults()));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 512 * 1024);
        t.start();
        t.join();
        assertThat(result.get()).isInstanceOf(RenderSuccess.class);
        assertThat(((RenderSuccess) result.get()).app().get("cmd").asText()).isEqualTo("ok");
    }

    @Test
    void asJsonRenderingItselfIsStoppedAtTheDepthLimit() {
        Revision r = revision("{\"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\","
                + " \"default\": \"{{#asJson}}x{{/asJson}}\"}}}", "{\"cmd\": {{#asJson}}x{{/asJson}}}");
        RenderFailure f = failure(renderer.render(r, RenderRequest.defaults()));
        assertThat(f.kind()).isEqualTo(RenderFailureKind.RENDER_BUDGET_EXCEEDED);
        assertThat(f.message()).isEqualTo("`{{#asJson}}` renders option text that uses `{{#asJson}}` again, more than"
                + " 100 deep. Make sure the option's text does not render itself.");
        assertThat(f.tag().display()).isEqualTo("{{#asJson}}");
    }

    @Test
    void asJsonOptionTextThatNestsTooDeeplyIsRefusedBeforeItIsCompiled() {
        String deep = "{{#a}}".repeat(3000) + "{{/a}}".repeat(3000);
        Revision r = revision("{\"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\", \"default\": \""
                + deep + "\"}}}", "{\"cmd\": {{#asJson}}x{{/asJson}}}");
        RenderFailure f = failure(renderer.render(r, RenderRequest.defaults()));
        assertThat(f.message()).isEqualTo("`{{#asJson}}` renders option text whose sections nest 3,000 deep;"
                + " templates may nest them at most 100 deep.");
    }

    @Test
    void loopsThatWriteNothingEndWithTheTimeBudget() {
        Revision r = withDefaults("{\"arr\": " + thousand() + "}",
                "{\"id\": \"/x\"{{#arr}}{{#arr}}{{#arr}}{{/arr}}{{/arr}}{{/arr}}}");
        RenderFailure f = failure(renderer.render(r, RenderRequest.defaults(),
                RenderBudget.of(Duration.ofMillis(200), 10_000_000, 100)));
        assertThat(f.kind()).isEqualTo(RenderFailureKind.RENDER_BUDGET_EXCEEDED);
        assertThat(f.message()).isEqualTo("`{{#arr}}` nested three deep over 1,000 items takes more than 200 ms to"
                + " render. Loop over fewer items or nest fewer sections.");
    }

    @Test
    void aHugeValueIsNamed() {
        Revision r = withDefaults("{\"s\": \"" + "x".repeat(2000) + "\"}", "{\"id\": \"{{s}}\"}");
        RenderFailure f = failure(renderer.render(r, RenderRequest.defaults(),
                RenderBudget.of(Duration.ofMinutes(1), 1000, 100)));
        assertThat(f.message()).isEqualTo("`{{s}}` renders more than 1 KB; a Marathon app is a few kilobytes."
                + " Shorten the value.");
        assertThat(f.tag().display()).isEqualTo("{{s}}");
    }

    @Test
    void aStoppedRenderSaysSoAndNothingElse() {
        Revision r = withDefaults("{\"arr\": " + thousand() + "}", "{{#arr}}{{#arr}}{{#arr}}{{/arr}}{{/arr}}{{/arr}}");
        RenderFailure f = failure(renderer.render(r, RenderRequest.defaults(),
                RenderBudget.DEFAULT.stoppedWhen(() -> true)));
        assertThat(f.kind()).isEqualTo(RenderFailureKind.RENDER_STOPPED);
    }

    @Test
    void theValidatorReportsTheBudgetAsAnErrorAtTheLoop() {
        Revision r = withDefaults("{\"arr\": " + thousand() + "}",
                "{\"id\": \"/x\", \"cmd\": \"{{#arr}}{{#arr}}{{#arr}}ab{{/arr}}{{/arr}}{{/arr}}\"}");
        List<Problem> problems = new TemplateRule(renderer).check(r);
        assertThat(problems).filteredOn(p -> p.code().equals("TEMPLATE-BUDGET")).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("`{{#arr}}` nested three deep over 1,000 items renders more than 10 MB");
            assertThat(p.position().column()).isEqualTo(22);
        });
    }

    @Test
    void budgetsRefuseLimitsThatAreNotPositive() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RenderBudget.of(Duration.ZERO, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RenderBudget.of(Duration.ofSeconds(1), 1, 10_000).maxDepth()).isEqualTo(RenderBudget.MAX_DEPTH);
    }
}
