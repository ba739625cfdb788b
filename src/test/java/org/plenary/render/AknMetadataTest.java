package org.plenary.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.plenary.Conversions;
import org.plenary.SharedMaterial;

/**
 * The metadata of the JSON comes from where each kind of input keeps it: the UN's Akoma Ntoso
 * names its symbol in the cover's docNumber and its number in the preface, not in FRBRname and
 * FRBRnumber as Plenary's own does; a committee line's report keeps its symbol as printed, the
 * paragraph it cites apart.
 */
class AknMetadataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode unJson(String path) throws Exception {
        // 75/100 is kept in the test resources; the others are read from the shared corpus, when there.
        Path file = path.equals("75/75_100_E.xml") ? SharedMaterial.unAknResolution() : SharedMaterial.require("un-akn/" + path);
        return JSON.readTree(Conversions.convert(file.getFileName().toString(), Files.readAllBytes(file)).renditions().json());
    }

    @Test
    void aUnResolutionHasItsSymbolNumberTitleAndDates() throws Exception {
        JsonNode json = unJson("75/75_100_E.xml");
        assertThat(json.get("symbol").asText()).isEqualTo("A/RES/75/100");
        assertThat(json.get("number").asText()).isEqualTo("75/100");
        assertThat(json.get("title").asText()).isEqualTo("Comprehensive review of special political missions");
        assertThat(json.get("adoptionDate").asText()).isEqualTo("2020-12-10");
        assertThat(json.get("distributionDate").asText()).isEqualTo("2020-12-18");
        assertThat(json.get("session").asText()).isEqualTo("Seventy-fifth session");
        assertThat(json.get("committeeReport").asText()).isEqualTo("A/75/414");
        assertThat(json.get("committeeReportPart").asText()).isEqualTo("para. 8");
    }

    @Test
    void aResolutionWithoutReferenceToACommitteeHasNoPart() throws Exception {
        JsonNode json = unJson("77/A_RES_77_1-2223391E.xml");
        assertThat(json.get("symbol").asText()).isEqualTo("A/RES/77/1");
        assertThat(json.get("number").asText()).isEqualTo("77/1");
        assertThat(json.get("committeeReport").asText()).isEqualTo("A/77/L.3");
        assertThat(json.get("committeeReportPart").isNull()).isTrue();
    }

    @Test
    void aCollectionOfPartsHasTheSymbolOfItsCover() throws Exception {
        JsonNode json = unJson("75/75_101A-B_E.xml");
        assertThat(json.get("type").asText()).isEqualTo("documentCollection");
        assertThat(json.get("symbol").asText()).isEqualTo("A/RES/75/101 A-B");
    }

    @Test
    void plenarysOwnMetadataStillComesFromItsIdentification() throws Exception {
        JsonNode json = JSON.readTree(Conversions.convertSample("A_RES_54_212.txt").renditions().json());
        assertThat(json.get("symbol").asText()).isEqualTo("A/RES/54/212");
        assertThat(json.get("number").asText()).isEqualTo("54/212");
        assertThat(json.get("committeeReport").asText()).isEqualTo("A/54/587/Add.5");
        assertThat(json.get("committeeReportPart").isNull()).isTrue();
    }

    @Test
    void aCommitteeReportKeepsItsSymbolAsPrintedAndTheParagraphApart() throws Exception {
        String sample = Files.readString(SharedMaterial.sample("A_RES_54_212.txt"));
        String cited = sample.replace("(A/54/587/Add.5)", "(A/79/431, para. 33)");
        assertThat(cited).isNotEqualTo(sample);
        JsonNode json = JSON.readTree(Conversions.convert("A_RES_54_212.txt", cited).renditions().json());
        assertThat(json.get("committeeReport").asText()).isEqualTo("A/79/431");
        assertThat(json.get("committeeReportPart").asText()).isEqualTo("para. 33");

        String wrapped = sample.replace("(A/54/587/Add.5)", "(A/78/481/Add.2 and Corr.1, paras. 12 and 13)");
        json = JSON.readTree(Conversions.convert("A_RES_54_212.txt", wrapped).renditions().json());
        assertThat(json.get("committeeReport").asText()).isEqualTo("A/78/481/Add.2 and Corr.1");
        assertThat(json.get("committeeReportPart").asText()).isEqualTo("paras. 12 and 13");
    }
}
