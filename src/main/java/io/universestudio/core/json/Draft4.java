package io.universestudio.core.json;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON Schema draft-04 registries for the validator library, quiet about keywords draft-04 does not
 * define. Package configs are full of them (DC/OS's {@code media}, typos such as {@code type:}): the
 * library would log a warning per keyword to the console of every command, while our own lint reports
 * them where they are, with a suggestion. They are kept as annotations, which is what the library does
 * with them anyway.
 */
public final class Draft4 {

    private static final Map<String, AnnotationKeyword> UNKNOWN = new ConcurrentHashMap<>();
    private static final Dialect QUIET = Dialect.builder(Dialects.getDraft4())
            .unknownKeywordFactory((name, context) -> UNKNOWN.computeIfAbsent(name, AnnotationKeyword::new))
            .build();

    private Draft4() {
    }

    /** A registry whose default dialect is draft-04, configured by {@code config}. */
    public static SchemaRegistry registry(SchemaRegistryConfig config) {
        return SchemaRegistry.withDefaultDialect(QUIET, b -> b.schemaRegistryConfig(config));
    }
}
