package io.universestudio.core.validate;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;

import java.util.regex.Pattern;

/**
 * Regular expressions as the Universe's Python validator applies schema patterns: {@code re.search}
 * semantics (unanchored unless the pattern anchors itself) and a {@code $} that also matches before a
 * final newline. Java's {@link java.util.regex.Matcher#find()} without MULTILINE does both; the
 * library's default factory rewrites {@code $} to the stricter ECMA meaning, which would reject values
 * the Universe accepts.
 */
final class PythonSearchRegex implements RegularExpressionFactory {

    static final PythonSearchRegex INSTANCE = new PythonSearchRegex();

    @Override
    public RegularExpression getRegularExpression(String regex) {
        Pattern p = Pattern.compile(regex);
        return value -> p.matcher(value).find();
    }
}
