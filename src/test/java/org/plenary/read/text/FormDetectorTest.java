package org.plenary.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.plenary.SharedMaterial;
import org.plenary.source.SourceForm;

class FormDetectorTest {
    @ParameterizedTest
    @CsvSource({
        "A_RES_54_212.txt, MARKDOWN",
        "A_RES_56_203.txt, WORD",
        "A_RES_58_208.txt, WEB",
        "A_C.2_58_L.37.txt, OCR",
        "A_RES_59_241.txt, PDF_TEXT"
    })
    void detectsEachSampleFormFromItsContent(String sample, SourceForm form) throws IOException {
        String text = Files.readString(SharedMaterial.sample(sample)).replace("\r\n", "\n");
        assertThat(new FormDetector().detect(text)).isEqualTo(form);
    }
}
