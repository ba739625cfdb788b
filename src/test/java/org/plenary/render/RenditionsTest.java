package org.plenary.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.Conversions;
import org.plenary.pipeline.DocumentJob;

/** The three renderings of every sample: JSON valid against its schema, HTML and text complete. */
class RenditionsTest {
    private static JsonSchema schema;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void loadSchema() throws IOException {
        SchemaValidatorsConfig config = new SchemaValidatorsConfig();
        config.setFormatAssertionsEnabled(true);
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(Path.of("schemas/resolution.schema.json").toFile()), config);
    }


    @ParameterizedTest
    @MethodSource("org.plenary.Conversions#samples")
    void jsonFollowsItsSchema(String sample) throws IOException {
        Renditions renditions = Conversions.convertSample(sample).renditions();
        JsonNode json = JSON.readTree(renditions.json());
        Set<ValidationMessage> problems = schema.validate(json);
        assertThat(problems).isEmpty();
        // The tree the collection records is the JSON as published.
        assertThat(JSON.readTree(JSON.writeValueAsString(renditions.jsonTree()))).isEqualTo(json);
    }

    /** A real PDF's JSON too: its form, and a table with its rows (A/RES/78/252's annex). */
    @ParameterizedTest
    @ValueSource(strings = {"A_RES_78_258.pdf", "A_RES_78_252.pdf"})
    void jsonOfARealPdfFollowsItsSchema(String pdf) throws IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(Path.of("src/test/resources/pdf", pdf));
        JsonNode json = JSON.readTree(Conversions.convert(pdf, bytes).renditions().json());
        assertThat(json.get("source").get("form").asText()).isEqualTo("pdf");
        assertThat(schema.validate(json)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.plenary.Conversions#samples")
    void htmlLinksEveryNoteBothWays(String sample) throws IOException {
        DocumentJob job = Conversions.convertSample(sample);
        String html = job.renditions().html();
        assertThat(html).startsWithIgnoringCase("<!DOCTYPE html>").contains("<html lang=\"en\">").doesNotContain("<script");
        for (String marker : job.resolution().notes().keySet()) {
            String id = org.plenary.akn.EidNaming.note(marker);
            assertThat(html).contains("id=\"" + id + "\"").contains("href=\"#" + id + "\"")
                    .contains("id=\"call-" + id + "-1\"").contains("href=\"#call-" + id + "-1\"");
        }
        job.resolution().operative().forEach(p -> assertThat(html).containsPattern("id=\"(sec_[^_]+__)?para_" + p.num() + "\""));
    }

    @ParameterizedTest
    @MethodSource("org.plenary.Conversions#samples")
    void textKeepsEveryParagraphAndWrapsAt80Columns(String sample) throws IOException {
        DocumentJob job = Conversions.convertSample(sample);
        String text = job.renditions().text();
        assertThat(text.lines()).allMatch(l -> l.length() <= 80 || !l.strip().contains(" "));
        job.resolution().operative().forEach(p -> assertThat(text).contains(p.num() + ". " + p.opening()));
        assertThat(text).contains("_______________");
    }
}
