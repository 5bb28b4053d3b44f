package io.universestudio.core.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistryConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class Draft4Test {

    @Test
    void unknownKeywordsAreKeptQuietlyAndDraft4KeywordsStillValidate() throws Exception {
        List<LogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger library = Logger.getLogger("com.networknt");
        library.addHandler(capture);
        try {
            String config = "{\"type\": \"object\", \"properties\": {\"port\": {\"type\": \"integer\","
                    + " \"media\": {\"type\": \"application/x-zone-constraints+json\"}, \"desription\": \"typo\"}}}";
            Schema schema = Draft4.registry(SchemaRegistryConfig.builder().build())
                    .getSchema(new ObjectMapper().readTree(config));
            assertThat(schema.validate("{\"port\": 80}", InputFormat.JSON)).isEmpty();
            assertThat(schema.validate("{\"port\": \"eighty\"}", InputFormat.JSON)).hasSize(1);
        } finally {
            library.removeHandler(capture);
        }
        assertThat(records).filteredOn(r -> r.getLevel().intValue() >= Level.WARNING.intValue()).isEmpty();
    }
}
