package io.universestudio.core.model;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The one LooseVersion, held to Python 3.11's {@code distutils.version.LooseVersion}. */
class LooseVersionTest {

    /** Pairs and the sign Python 3.11's {@code LooseVersion(a)._cmp(LooseVersion(b))} gives. */
    private static final String[][] PYTHON = {
        {"1.9 ", "1.9", "1"}, {"1.9.0", "1.9", "1"}, {"1.10", "1.9", "1"}, {"1.8", "1.8", "0"},
        {"999", "2.0", "1"}, {"0.0", "1.8", "-1"}, {"2.1", "2.0", "1"}, {"1.9-rc1", "1.9", "1"},
        {"1.9RC1", "1.9rc1", "-1"}, {"1.9--rc", "1.9-rc", "1"}, {"v1.10", "v1.9", "1"},
        {"1.10-beta", "1.10", "1"}, {"01.9", "1.9", "0"}, {"1..9", "1.9", "0"}, {"1.9b", "1.9a", "1"},
        {"1.9_1", "1.9", "1"}, {"\u0661.\u0661\u0660", "1.9", "1"}, {"1.x", "1.X", "1"}, {"1.9", "1.9.", "0"},
    };

    @Test
    void aTrailingSpaceIsAComponentSoTheLongerVersionIsGreater() {
        // The pair the validator's and the index's copies disagreed on (0 and +1): Python says +1.
        assertThat(LooseVersion.of("1.9 ").components()).containsExactly(BigInteger.ONE, BigInteger.valueOf(9), " ");
        assertThat(LooseVersion.compare("1.9 ", "1.9")).isPositive();
        assertThat(LooseVersion.of("1.9 ").lessThan("1.9")).isFalse();
    }

    @Test
    void ordersAsPython() {
        for (String[] p : PYTHON) {
            assertThat(Integer.signum(LooseVersion.compare(p[0], p[1]))).as(p[0] + " vs " + p[1])
                    .isEqualTo(Integer.parseInt(p[2]));
            assertThat(Integer.signum(LooseVersion.compare(p[1], p[0]))).as(p[1] + " vs " + p[0])
                    .isEqualTo(-Integer.parseInt(p[2]));
        }
        assertThat(LooseVersion.of("1.9.0")).isNotEqualTo(LooseVersion.of("1.9")).isEqualTo(LooseVersion.of("01.9.0"));
    }

    /** Python 3 raises TypeError here (the scripts crash); numbers first, as in Python 2, is our choice. */
    @ParameterizedTest
    @CsvSource({"1.1, 1.a", "1.9, ' 1.9'", "1.10, v1.10"})
    void whereNumberMeetsTextNumbersComeFirst(String number, String text) {
        assertThat(LooseVersion.compare(number, text)).isNegative();
        assertThat(LooseVersion.compare(text, number)).isPositive();
    }

    /** Where Python 3.11 with distutils is at hand, it gives the same answers (and the TypeErrors where we decide). */
    @Test
    void agreesWithPythonWhereItRunsHere() throws Exception {
        String script = String.join("\n",
                "import sys, warnings", "warnings.filterwarnings('ignore')",
                "from distutils.version import LooseVersion as L",
                "for line in sys.stdin.read().split('\\n'):",
                "    if not line: continue",
                "    a, b = line.split('\\t')",
                "    try: print(L(a)._cmp(L(b)))",
                "    except TypeError: print('TypeError')");
        List<String[]> pairs = new ArrayList<>(List.of(PYTHON));
        pairs.add(new String[] {"1.1", "1.a", "TypeError"});
        StringBuilder input = new StringBuilder();
        pairs.forEach(p -> input.append(p[0]).append('\t').append(p[1]).append('\n'));
        List<String> answers = python(script, input.toString());
        Assumptions.assumeTrue(answers != null, "python3 with distutils is not available here");
        for (int i = 0; i < pairs.size(); i++) {
            assertThat(answers.get(i)).as(pairs.get(i)[0] + " vs " + pairs.get(i)[1]).isEqualTo(pairs.get(i)[2]);
        }
    }

    private static List<String> python(String script, String input) throws InterruptedException {
        try {
            ProcessBuilder builder = new ProcessBuilder("python3", "-c", script);
            builder.environment().put("PYTHONIOENCODING", "utf-8");
            Process p = builder.start();
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? List.of(out.split("\n")) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
