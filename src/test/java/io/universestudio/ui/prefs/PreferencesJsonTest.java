package io.universestudio.ui.prefs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hand-written reader gives what Jackson's record binding gave (with the options the store used), for
 * files as the app writes them and for the odd ones people and older versions leave behind.
 */
class PreferencesJsonTest {

    private static final ObjectMapper BINDING = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{ \"windowX\" : \"NaN\", \"windowY\" : \"NaN\", \"windowWidth\" : 1400.0, \"windowHeight\" : 900.0, "
                    + "\"maximized\" : false, \"navigatorDivider\" : 0.18, \"previewDivider\" : 0.62, "
                    + "\"problemsDivider\" : 0.74, \"theme\" : \"dark\", \"presenter\" : true, \"zoom\" : 1.4, "
                    + "\"recent\" : [ \"/a\", \"/b\" ] }",
            "{ \"windowX\" : 12, \"windowY\" : -3.5, \"maximized\" : true, \"future\" : { \"x\" : 1 } }",
            "{ \"zoom\" : \"1.25\", \"windowWidth\" : \" 900 \", \"theme\" : null, \"recent\" : null }",
            "{ \"maximized\" : 1, \"presenter\" : 0, \"theme\" : 5, \"recent\" : [ 1, true ] }",
            "{ \"maximized\" : \"true\", \"presenter\" : \"false\", \"zoom\" : null }",
            "{ \"zoom\" : 40, \"navigatorDivider\" : 3, \"theme\" : \"neon\", \"windowWidth\" : 5 }",
    })
    void readsWhatTheBindingRead(String json) throws Exception {
        ObjectNode tree = (ObjectNode) BINDING.readTree(json);
        assertThat(PreferencesJson.read(tree)).isEqualTo(BINDING.treeToValue(tree, Preferences.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{ \"zoom\" : \"big\" }",
            "{ \"zoom\" : [ 1 ] }",
            "{ \"maximized\" : \"yes\" }",
            "{ \"theme\" : { \"name\" : \"dark\" } }",
            "{ \"recent\" : \"/a\" }",
            "{ \"recent\" : [ [ \"/a\" ] ] }",
    })
    void refusesWhatTheBindingRefused(String json) throws Exception {
        ObjectNode tree = (ObjectNode) BINDING.readTree(json);
        assertThatThrownBy(() -> BINDING.treeToValue(tree, Preferences.class)).isInstanceOf(Exception.class);
        assertThatThrownBy(() -> PreferencesJson.read(tree)).isInstanceOf(IllegalArgumentException.class);
    }
}
