package org.plenary.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.Conversions;
import org.plenary.pipeline.DocumentJob;
import org.plenary.validate.OfficialSchema;

/**
 * A/RES/78/252 from its PDF: its annex is the staffing table for 2024, printed over two pages in
 * four columns under a header of three lines. It comes out a table, whole, in every rendering, as
 * the United Nations' own Akoma Ntoso has it (one table of four columns).
 */
class RealPdfTableTest {
    private static DocumentJob job;
    private static JsonNode table;

    @BeforeAll
    static void convert() throws IOException {
        job = Conversions.convert("A_RES_78_252.pdf", Files.readAllBytes(Path.of("src/test/resources/pdf/A_RES_78_252.pdf")));
        JsonNode annex = new ObjectMapper().readTree(job.renditions().json()).get("annexes").get(0);
        assertThat(annex.get("tables")).hasSize(1);
        table = annex.get("tables").get(0);
    }

    private static List<String> row(JsonNode cells) {
        List<String> texts = new ArrayList<>();
        cells.forEach(cell -> texts.add(cell.asText()));
        return texts;
    }

    @Test
    void theHeaderIsOneRowOfFourColumns() {
        assertThat(table.get("header")).hasSize(1);
        assertThat(row(table.get("header").get(0))).containsExactly("Category",
                "Number of posts (excluding special political missions)", "Number of posts (special political missions)", "Total");
        assertThat(table.get("afterParagraph").asInt()).isEqualTo(1);
    }

    /** The rows of both pages, in order: the second page's rows follow the first's. */
    @Test
    void everyRowOfBothPagesInOrder() {
        JsonNode rows = table.get("rows");
        assertThat(row(rows.get(0))).containsExactly("Expenditure sections", "", "", "");
        assertThat(row(rows.get(2))).containsExactly("Deputy Secretary-General", "1", "–", "1");
        assertThat(row(rows.get(rows.size() - 1))).containsExactly("Total", "10 415", "4 079", "14 494");
        rows.forEach(cells -> assertThat(cells).hasSize(4));
    }

    @Test
    void theAkomaNtosoHoldsATableValidAgainstTheOfficialSchema() {
        assertThat(job.aknXml()).contains("<table eId=\"att_1__table_1\">");
        assertThat(OfficialSchema.validator().validate(job.aknXml(), "A_RES_78_252.xml")).isEmpty();
    }

    @Test
    void theHtmlAndTheTextShowTheTable() {
        assertThat(job.renditions().html()).contains("<th scope=\"col\"><em>Category</em></th>")
                .contains("<td>Deputy Secretary-General</td><td>1</td><td>–</td><td>1</td>");
        assertThat(job.renditions().text()).containsPattern("(?m)^ {4}Total +10 415 +4 079 +14 494$");
    }
}
