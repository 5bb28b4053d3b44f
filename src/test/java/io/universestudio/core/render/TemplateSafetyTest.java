package io.universestudio.core.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.universestudio.core.render.TestPackages.renderWith;
import static io.universestudio.core.render.TestPackages.text;
import static org.assertj.core.api.Assertions.assertThat;

/** A template reaches scope values only: no Java method, field or class through mustache.java's reflection. */
class TemplateSafetyTest {

    private static final String SCOPE = "{\"s\": \"text\", \"n\": 5, \"d\": 2.5, \"b\": true, \"l\": [\"a\"], \"o\": {\"k\": \"v\"}}";

    @ParameterizedTest
    @ValueSource(strings = {"class", "getClass", "hashCode", "toString", "s.class", "s.getClass", "s.hashCode",
            "s.length", "s.isEmpty", "s.bytes", "s.getBytes", "s.toUpperCase", "n.class", "n.getClass", "n.intValue",
            "n.toString", "d.class", "b.class", "b.booleanValue", "l.class", "l.size", "l.get", "l.toString",
            "l.iterator", "l.stream", "o.class", "o.size", "o.keySet", "o.entrySet", "o.getClass",
            "asJson.class", "asJson.getClass", "asJson.apply", "resource.class", "resource.assets.getClass",
            "s.class.classLoader", "s.getClass.forName", "o.k.class", "o.k.length"})
    void methodLikeNamesPrintNothing(String name) {
        RenderResult r = renderWith(SCOPE, "{\"v\": \"{{" + name + "}}\"}");
        assertThat(text(r)).isEqualTo("{\"v\": \"\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"class", "getClass", "s.class", "l.size", "o.keySet", "n.class", "asJson.class"})
    void methodLikeNamesAreFalsyAsSections(String name) {
        RenderResult r = renderWith(SCOPE, "{\"v\": \"{{#" + name + "}}reached{{/" + name + "}}{{^" + name + "}}no{{/" + name + "}}\"}");
        assertThat(text(r)).isEqualTo("{\"v\": \"no\"}");
    }

    @Test
    void insideSectionsTheElementsMethodsAreOutOfReachToo() {
        RenderResult r = renderWith(SCOPE, "{\"v\": \"{{#l}}{{length}}{{class}}{{hashCode}}{{/l}}{{#s}}{{length}}{{/s}}{{#n}}{{intValue}}{{/n}}\"}");
        assertThat(text(r)).isEqualTo("{\"v\": \"\"}");
    }

    @Test
    void optionsNamedLikeMethodsAreOrdinaryValues() {
        RenderResult r = renderWith("{\"class\": \"c\", \"o\": {\"size\": 3, \"isEmpty\": \"no\"}}",
                "{\"v\": \"{{class}} {{o.size}} {{o.isEmpty}}\"}");
        assertThat(text(r)).isEqualTo("{\"v\": \"c 3 no\"}");
    }
}
