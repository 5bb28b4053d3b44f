package io.universestudio.core.index;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Python json.dump output, which releases serve a package, and the fast base64 check, against known values. */
class IndexFormatTest {

    @Test
    void writesLikePythonJsonDump() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("s", "a\"b\\c\n\u00e9\u007f\t\u0001/");
        o.put("emoji", "\uD83D\uDE00");
        o.putArray("a").add(1).add(true).addNull();
        o.putObject("empty");
        assertThat(PythonJson.write(o)).isEqualTo("{\"s\": \"a\\\"b\\\\c\\n\\u00e9\\u007f\\t\\u0001/\","
                + " \"emoji\": \"\\ud83d\\ude00\", \"a\": [1, true, null], \"empty\": {}}");
    }

    @Test
    void writesIntegersOfEverySizeAsPythonDoes() {
        var a = JsonNodeFactory.instance.arrayNode();
        a.add(0).add(-7).add(Long.MIN_VALUE).add((short) 12)
                .add(new java.math.BigInteger("123456789012345678901234567890")).add(new java.math.BigInteger("-5"));
        assertThat(PythonJson.write(a))
                .isEqualTo("[0, -7, -9223372036854775808, 12, 123456789012345678901234567890, -5]");
    }

    @Test
    void writesDecimalsAsPythonReprDoes() {
        assertThat(PythonJson.floatRepr(1.0)).isEqualTo("1.0");
        assertThat(PythonJson.floatRepr(0.5)).isEqualTo("0.5");
        assertThat(PythonJson.floatRepr(0.0001)).isEqualTo("0.0001");
        assertThat(PythonJson.floatRepr(0.00001)).isEqualTo("1e-05");
        assertThat(PythonJson.floatRepr(1e16)).isEqualTo("1e+16");
        assertThat(PythonJson.floatRepr(1234567890123456.0)).isEqualTo("1234567890123456.0");
        assertThat(PythonJson.floatRepr(10000000.0)).isEqualTo("10000000.0");
        assertThat(PythonJson.floatRepr(1.5e300)).isEqualTo("1.5e+300");
        assertThat(PythonJson.floatRepr(-2.5)).isEqualTo("-2.5");
        assertThat(PythonJson.floatRepr(-0.0)).isEqualTo("-0.0");
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("d", new BigDecimal("1E+2"));
        assertThat(PythonJson.write(o)).isEqualTo("{\"d\": 100.0}");
    }

    @Test
    void servesByLooseVersion() {
        assertThat(DcosRelease.V1_9.serves(null)).isTrue();
        assertThat(DcosRelease.V1_9.serves("1.9.0")).isFalse();
        assertThat(DcosRelease.V1_10.serves("1.9.0")).isTrue();
    }

    @Test
    void base64CheckAcceptsExactlyWhatTheSchemaPatternAccepts() {
        Pattern schema = Pattern.compile(RepoSchemas.BASE64_PATTERN);
        String alphabet = "AZaz09+/=\n -";
        Random random = new Random(42);
        for (int i = 0; i < 20000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(10);
            for (int j = 0; j < len; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            if (s.endsWith("\r")) {
                continue;
            }
            assertThat(Base64Shape.matches(s)).as("\"%s\"", s).isEqualTo(schema.matcher(s).find());
        }
        assertThat(Base64Shape.matches("QUJD")).isTrue();
        assertThat(Base64Shape.matches("QUI=")).isTrue();
        assertThat(Base64Shape.matches("QQ==")).isTrue();
        assertThat(Base64Shape.matches("QQ=")).isFalse();
        assertThat(Base64Shape.matches("QUJD\nQUJD")).isFalse();
    }
}
