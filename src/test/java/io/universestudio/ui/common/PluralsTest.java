package io.universestudio.ui.common;

import org.junit.jupiter.api.Test;

import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message that takes a number reads right with 0, 1 and 2: no "1 package entries", no "2 package
 * entry", no lazy "file(s)".
 *
 * <p>A number argument is one the pattern formats as a number ({@code {0,number}} or {@code {0,choice,...}}),
 * or a plain {@code {0}} followed by a word ("{0} revisions"): that is how a count is written when someone
 * forgot the choice. Each number argument is set to 0, 1 and 2 in turn (the others to a word) and the words
 * the number brought along are checked: after 1 no plural, after 0 or 2 (choice and number arguments) a
 * plural.
 */
class PluralsTest {

    private static final Pattern PLAIN_BEFORE_WORD = Pattern.compile("\\{(\\d+)} [a-z]");
    private static final Pattern COUNTED = Pattern.compile("(?<![\\w.])(\\d+) ([a-z]+)(?: ([A-Za-z0-9]+))?");
    /** Words that end the phrase after a number: they are not the counted noun. */
    private static final Set<String> NOT_NOUNS = Set.of("of", "to", "in", "on", "at", "for", "from", "by", "with",
            "and", "or", "was", "is", "are", "were", "has", "have", "does", "do", "not", "left", "about", "more",
            "less", "than", "already", "the", "a", "an", "into", "as", "its");
    /** What follows a verb rather than a noun: "{0} serves it", "{0} holds the package", "changes 7 tags". */
    private static final Pattern OBJECT = Pattern.compile("the|a|an|it|its|this|[A-Z0-9].*");
    /** Units read the same after any number. */
    private static final Set<String> UNITS = Set.of("ms", "px", "kb", "mb", "s");

    private final ResourceBundle bundle = Messages.load().bundle();

    @Test
    void everyMessageThatTakesANumberReadsRightWithZeroOneAndTwo() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String key : bundle.keySet()) {
            String pattern = bundle.getString(key);
            for (NumberArgument arg : numberArguments(pattern)) {
                checked++;
                for (int n : new int[] {0, 1, 2}) {
                    String text = format(pattern, arg.index(), n);
                    mistake(text, n, arg.declared())
                            .ifPresent(m -> wrong.add(key + " with " + n + ": \"" + text + "\" (" + m + ")"));
                }
            }
        }
        assertThat(checked).as("messages that take a number").isGreaterThan(8);
        assertThat(wrong).as("messages whose plural is wrong").isEmpty();
    }

    @Test
    void theCheckCatchesTheUsualMistakes() {
        assertThat(mistakesOf("{0} package entries")).containsExactly(1);
        assertThat(mistakesOf("{0,number,integer} package entry")).containsExactly(0, 2);
        assertThat(mistakesOf("Saved {0} changed file(s) to {1}")).containsExactly(0, 1, 2);
        assertThat(mistakesOf("{0,choice,0#no entries|1#1 entry|1<{0,number,integer} entries}")).isEmpty();
        assertThat(mistakesOf("Checked in {0} ms")).isEmpty();
        assertThat(mistakesOf("Revision {0} created: version {1}")).isEmpty();
        assertThat(mistakesOf("{0} was not opened")).isEmpty();
        assertThat(mistakesOf("The server at {0} serves it now")).isEmpty();
        assertThat(mistakesOf("{0} revisions left out")).containsExactly(1);
    }

    private List<Integer> mistakesOf(String pattern) {
        List<Integer> out = new ArrayList<>();
        for (NumberArgument arg : numberArguments(pattern)) {
            for (int n : new int[] {0, 1, 2}) {
                if (mistake(format(pattern, arg.index(), n), n, arg.declared()).isPresent()) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /** An argument index and whether the pattern says it is a number (rather than a plain {0} before a word). */
    record NumberArgument(int index, boolean declared) {
    }

    static List<NumberArgument> numberArguments(String pattern) {
        List<NumberArgument> out = new ArrayList<>();
        Format[] formats = new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex();
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] instanceof NumberFormat || formats[i] instanceof ChoiceFormat) {
                out.add(new NumberArgument(i, true));
            }
        }
        Matcher m = PLAIN_BEFORE_WORD.matcher(pattern);
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            if (out.stream().noneMatch(a -> a.index() == i)) {
                out.add(new NumberArgument(i, false));
            }
        }
        return out;
    }

    /** The pattern with argument {@code index} set to {@code n} and the others to a word, or 7 where a number goes. */
    private static String format(String pattern, int index, int n) {
        MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] args = new Object[Math.max(formats.length, 6)];
        for (int i = 0; i < args.length; i++) {
            boolean number = i < formats.length && (formats[i] instanceof NumberFormat || formats[i] instanceof ChoiceFormat);
            args[i] = number ? (Object) 7 : "X";
        }
        args[index] = n;
        return format.format(args);
    }

    private static java.util.Optional<String> mistake(String text, int n, boolean declared) {
        if (text.contains("(s)")) {
            return java.util.Optional.of("\"(s)\": choose the form");
        }
        for (String phrase : phrases(text, n)) {
            List<String> words = nounWords(phrase);
            if (words.isEmpty()) {
                continue;
            }
            if (n == 1 && words.stream().anyMatch(PluralsTest::looksPlural)) {
                return java.util.Optional.of("a plural after 1");
            }
            if (n != 1 && declared && !looksPlural(words.get(words.size() - 1))) {
                return java.util.Optional.of("a singular after " + n);
            }
        }
        return java.util.Optional.empty();
    }

    /** "2 package entries": the number {@code n} and the two words after it, wherever it is in the text. */
    private static List<String> phrases(String text, int n) {
        List<String> out = new ArrayList<>();
        Matcher m = COUNTED.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(String.valueOf(n))) {
                out.add(m.group(1) + " " + m.group(2) + (m.group(3) == null ? "" : " " + m.group(3)));
            }
        }
        return out;
    }

    /** The words of the counted noun: up to two, after a participle ("changed file"), before a function word. */
    private static List<String> nounWords(String phrase) {
        List<String> words = new ArrayList<>(List.of(phrase.split(" ")));
        words.remove(0);
        if (!words.isEmpty() && UNITS.contains(words.get(0))) {
            return List.of();
        }
        if (!words.isEmpty() && words.get(0).endsWith("ed")) {
            words.remove(0);
        }
        List<String> noun = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean verb = i + 1 < words.size() && OBJECT.matcher(words.get(i + 1)).matches();
            if (NOT_NOUNS.contains(w) || w.endsWith("ed") || !w.matches("[a-z]+") || verb) {
                break;
            }
            noun.add(w);
        }
        return noun;
    }

    private static boolean looksPlural(String word) {
        return word.length() > 2 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is");
    }
}
