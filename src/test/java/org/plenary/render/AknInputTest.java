package org.plenary.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.SharedMaterial;
import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.DocumentJob;
import org.plenary.pipeline.Pipeline;
import org.plenary.pipeline.Pipelines;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

/**
 * Akoma Ntoso written by the United Nations, every file of ../shared/un-akn (skipped without it), read as input:
 * checked against the official schema shipped with Plenary, rendered without being parsed as text, and held to
 * "no lost text": every word of the document (its metadata block aside) appears in the text
 * rendering, and (with the few exceptions measured below) in the HTML and the JSON.
 */
class AknInputTest {
    private static final Set<String> INLINE = Set.of("span", "i", "b", "u", "sup", "sub", "a", "ref", "inline", "abbr",
            "term", "def", "docDate", "docNumber", "docTitle", "docStatus", "docAuthority", "docProponent", "session",
            "event", "noteRef", "date", "entity", "organization", "person", "location", "quantity", "concept", "role", "img");
    private static Pipeline pipeline;
    private static JsonSchema jsonSchema;

    @BeforeAll
    static void setUp() throws Exception {
        pipeline = Pipelines.inMemory();
        jsonSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("schemas/resolution.schema.json")));
    }

    @Test
    void everyUnResolutionRendersWithoutLosingText() throws Exception {
        List<Path> files = SharedMaterial.unAknFiles();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        ObjectMapper json = new ObjectMapper();
        long words = 0;
        long lostInText = 0;
        long lostInHtml = 0;
        long lostInJson = 0;
        List<String> withProblems = new ArrayList<>();
        int collections = 0;
        for (Path file : files) {
            DocumentJob job = new DocumentJob(file.getFileName().toString(), Files.readAllBytes(file), Path.of("unused"));
            pipeline.run(job);
            assertThat(job.aknInput()).isTrue();
            if (!job.inputProblems().isEmpty()) {
                withProblems.add(file.getFileName().toString());
                assertThat(job.inputProblems()).allSatisfy(p -> assertThat(p.line()).isPositive());
            }
            var document = factory.newDocumentBuilder().parse(file.toFile());
            Map<String, Integer> source = count(text(document.getDocumentElement(), false));
            Map<String, Integer> sourceForJson = count(text(document.getDocumentElement(), true));
            words += source.values().stream().mapToInt(Integer::intValue).sum();
            lostInText += lost(source, count(job.renditions().text()));
            var html = org.jsoup.Jsoup.parse(job.renditions().html());
            html.select("sup.call").remove(); // note markers: recorded with each note
            lostInHtml += lost(source, count(html.text()));
            lostInJson += lost(sourceForJson, count(json.readTree(job.renditions().json()).toString().replace("\\n", " ")));
            assertThat(jsonSchema.validate(json.readTree(job.renditions().json()))).as(file.toString()).isEmpty();
            // The symbol is read where the UN puts it (the index shows it rather than the file name).
            assertThat(json.readTree(job.renditions().json()).get("symbol").asText("")).as(file.toString()).startsWith("A/");
            if (document.getDocumentElement().getElementsByTagNameNS("*", "documentCollection").getLength() > 0) {
                collections++;
                int components = document.getDocumentElement().getElementsByTagNameNS("*", "component").getLength() / 2;
                assertThat(html.select("article.resolution")).as(file.toString()).hasSize(components);
            }
        }
        System.out.printf("akoma ntoso input: %d files, %d words; lost: text %d, html %d, json %d; %d with schema problems%n",
                files.size(), words, lostInText, lostInHtml, lostInJson, withProblems.size());
        assertThat(files).hasSizeGreaterThan(990);
        assertThat(collections).isGreaterThanOrEqualTo(7);
        assertThat(lostInText).isZero();
        assertThat(lostInHtml).isLessThan(words / 50_000);
        assertThat(lostInJson).isLessThan(words / 10_000);
        assertThat(withProblems).hasSizeBetween(1, 10);
    }

    @Test
    void schemaProblemsAreReportedWithLineAndColumnAndTheDocumentIsStillRendered() throws Exception {
        String valid = Files.readString(SharedMaterial.unAknResolution());
        String invalid = valid.replaceFirst("<preamble>", "<preamble><unknownElement/>");
        DocumentJob job = new DocumentJob("broken.xml", invalid.getBytes(StandardCharsets.UTF_8), Path.of("unused"));
        pipeline.run(job);
        assertThat(job.inputProblems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.line()).isGreaterThan(1);
            assertThat(p.column()).isPositive();
        });
        assertThat(org.plenary.validate.AknInputStage.report(job)).contains("broken.xml:").contains("Rendered nonetheless");
        assertThat(job.renditions().html()).contains("class=\"preambular\"");
        assertThat(job.renditions().json()).contains("\"code\" : \"schema\"");
    }

    /** The UN's container of a table (A/RES/75/246) stays a table: in the HTML, and as rows of cells in the JSON. */
    @Test
    void aTableStandingInTheBodyStaysATable() throws Exception {
        Path file = SharedMaterial.unAknFiles().stream().filter(f -> f.getFileName().toString().equals("75_246_E.xml")).findFirst().orElseThrow();
        DocumentJob job = new DocumentJob(file.getFileName().toString(), Files.readAllBytes(file), Path.of("unused"));
        pipeline.run(job);
        assertThat(job.renditions().html()).contains("<th scope=\"col\">").contains("<td>Abolishment</td>");
        var tables = new ObjectMapper().readTree(job.renditions().json()).findValues("tables");
        assertThat(tables).hasSize(2);
        assertThat(tables.get(0).get(0).get("header").get(0).toString()).isEqualTo("[\"Action\",\"Title of post\",\"Category\",\"Number\"]");
        assertThat(job.renditions().json()).doesNotContain("Action | Title of post");
    }

    @Test
    void xmlThatIsNotWellFormedIsRefusedWithItsPosition() {
        byte[] broken = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n<statement>\n</akomaNtoso>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> pipeline.run(new DocumentJob("broken.xml", broken, Path.of("unused"))))
                .isInstanceOf(ConversionException.class).hasMessageContaining("not well-formed").hasMessageContaining("line 3");
    }

    /** The document's words, its metadata block aside; for JSON, also the printed adoption date (JSON holds it as ISO). */
    private static String text(Node node, boolean forJson) {
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                out.append(child.getNodeValue());
            } else if (child instanceof Element element && !element.getLocalName().equals("meta")
                    && !(forJson && element.getLocalName().equals("docDate")
                         && "conclusions".equals(element.getParentNode().getParentNode().getLocalName()))) {
                boolean inline = INLINE.contains(element.getLocalName());
                out.append(inline ? "" : " ").append(text(element, forJson)).append(inline ? "" : " ");
            }
        }
        return out.toString();
    }

    private static Map<String, Integer> count(String text) {
        Map<String, Integer> words = new HashMap<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.merge(word.toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
            }
        }
        return words;
    }

    private static long lost(Map<String, Integer> source, Map<String, Integer> rendered) {
        long lost = 0;
        for (var word : source.entrySet()) {
            lost += Math.max(0, word.getValue() - rendered.getOrDefault(word.getKey(), 0));
        }
        return lost;
    }
}
