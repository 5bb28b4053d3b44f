package io.universestudio.ui.editor.raw;

import io.universestudio.core.json.TextPosition;
import io.universestudio.core.model.RevisionFile;
import io.universestudio.core.validate.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemRangesTest {

    private static final String TEXT = "{\n  \"version\": \"1.0 beta\",\n  \"n\": 12\n}\n";

    private static Problem at(String code, String needle, boolean error) {
        int offset = TEXT.indexOf(needle);
        Problem.Builder b = error ? Problem.error(code) : Problem.warning(code);
        return b.in(RevisionFile.PACKAGE).at(TextPosition.ofOffset(TEXT, offset)).message(code);
    }

    @Test
    void aStringIsUnderlinedWholeAndANumberToItsEnd() {
        ProblemRanges r = ProblemRanges.of(TEXT, List.of(at("V", "\"1.0 beta\"", true), at("N", "12", false)));
        assertThat(r.ranges()).extracting(x -> TEXT.substring(x.start(), x.end())).containsExactly("\"1.0 beta\"", "12");
        assertThat(r.at(TEXT.indexOf("beta")).map(Problem::code)).contains("V");
        assertThat(r.at(TEXT.indexOf("\"n\""))).isEmpty();
    }

    @Test
    void theMostSevereProblemWinsTheHoverAndProblemsWithoutAPlaceAreSkipped() {
        Problem warning = at("W", "\"1.0 beta\"", false);
        Problem error = at("E", "\"1.0 beta\"", true);
        Problem nowhere = Problem.error("X").in(RevisionFile.PACKAGE).message("no position");
        ProblemRanges r = ProblemRanges.of(TEXT, List.of(warning, error, nowhere));
        assertThat(r.ranges()).hasSize(2);
        assertThat(r.at(TEXT.indexOf("1.0")).map(Problem::code)).contains("E");
        assertThat(ProblemRanges.of("", List.of(error)).ranges()).isEmpty();
    }
}
