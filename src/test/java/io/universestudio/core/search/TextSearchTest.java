package io.universestudio.core.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextSearchTest {

    private static final String TEXT = "{\"cpus\": 1, \"CPUS_X\": 2, \"my_cpus\": 3, \"cpus-max\": 4}";

    private static List<String> found(SearchQuery q, String text) {
        return TextSearch.of(q).matches(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    @Test
    void literalSearchIgnoresCaseUnlessAsked() {
        assertThat(found(SearchQuery.of("cpus"), TEXT)).containsExactly("cpus", "CPUS", "cpus", "cpus");
        assertThat(found(new SearchQuery("cpus", true, false, false), TEXT)).containsExactly("cpus", "cpus", "cpus");
    }

    @Test
    void wholeWordNeedsNoLetterDigitOrUnderscoreAround() {
        // "cpus-max" counts (a dash is not part of a word); "CPUS_X" and "my_cpus" do not.
        assertThat(TextSearch.of(new SearchQuery("cpus", false, true, false)).matches(TEXT))
                .extracting(TextMatch::start).containsExactly(2, TEXT.indexOf("cpus-max"));
    }

    @Test
    void literalTextIsNotARegularExpression() {
        assertThat(found(SearchQuery.of("1,"), "a 1, b 12 1,")).hasSize(2);
        assertThat(found(SearchQuery.of("."), "a.b")).containsExactly(".");
        assertThat(found(SearchQuery.of("{{x}}"), "{{x}} {{ y }}")).containsExactly("{{x}}");
    }

    @Test
    void regularExpressionsAreAnchoredPerLineAndEmptyMatchesAreSkipped() {
        String text = "\"a\": 1\n\"b\": 22\n";
        assertThat(found(new SearchQuery("^\"\\w\"", false, false, true), text)).containsExactly("\"a\"", "\"b\"");
        assertThat(found(new SearchQuery("2*", false, false, true), text)).containsExactly("22");
    }

    @Test
    void anInvalidRegularExpressionFindsNothingAndSaysWhy() {
        TextSearch s = TextSearch.of(new SearchQuery("(cpus", false, false, true));
        assertThat(s.isActive()).isFalse();
        assertThat(s.matches(TEXT)).isEmpty();
        assertThat(s.problem()).get().asString().contains("Unclosed group");
        assertThat(TextSearch.of(SearchQuery.of("(cpus")).problem()).isEmpty();
    }

    @Test
    void anEmptyQueryFindsNothing() {
        assertThat(TextSearch.of(SearchQuery.of("")).isActive()).isFalse();
        assertThat(TextSearch.of(SearchQuery.of("")).matches(TEXT)).isEmpty();
    }

    @Test
    void matchesStopAtTheLimit() {
        assertThat(TextSearch.of(SearchQuery.of("a")).matches("a".repeat(50), 7)).hasSize(7);
    }

    @Test
    void replaceAllReplacesEveryMatchAndSaysWhat() {
        ReplaceAllResult r = TextSearch.of(new SearchQuery("cpus", true, true, false)).replaceAll(TEXT, "$cpu");
        assertThat(r.text()).isEqualTo("{\"$cpu\": 1, \"CPUS_X\": 2, \"my_cpus\": 3, \"$cpu-max\": 4}");
        assertThat(r.count()).isEqualTo(2);
        assertThat(r.replacements()).containsExactly("$cpu", "$cpu");
        assertThat(r.replaced()).extracting(TextMatch::start).containsExactly(2, TEXT.indexOf("cpus-max"));
    }

    @Test
    void regularExpressionReplacementsFillInGroups() {
        TextSearch s = TextSearch.of(new SearchQuery("\"(\\w+)\": (\\d)", false, false, true));
        String text = "{\"a\": 1, \"b\": 2}";
        ReplaceAllResult r = s.replaceAll(text, "\"$1\": \"$2\"");
        assertThat(r.text()).isEqualTo("{\"a\": \"1\", \"b\": \"2\"}");
        assertThat(r.replacements()).containsExactly("\"a\": \"1\"", "\"b\": \"2\"");
        TextMatch second = s.matches(text).get(1);
        assertThat(s.replacementFor(text, second, "$2=$1")).isEqualTo("2=b");
        assertThatThrownBy(() -> s.replaceAll(text, "$7")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void replaceAllWithNoMatchKeepsTheText() {
        ReplaceAllResult r = TextSearch.of(SearchQuery.of("nothing")).replaceAll(TEXT, "x");
        assertThat(r.text()).isEqualTo(TEXT);
        assertThat(r.count()).isZero();
    }

    @Test
    void matchAtSaysWhetherASelectionIsAMatch() {
        TextSearch s = TextSearch.of(new SearchQuery("cpus", false, true, false));
        assertThat(s.matchAt(TEXT, 2, 6)).isPresent();
        int inner = TEXT.indexOf("my_cpus") + 3;
        assertThat(s.matchAt(TEXT, inner, inner + 4)).isEmpty(); // not a whole word there
        assertThat(s.matchAt(TEXT, 1, 6)).isEmpty();
    }
}
