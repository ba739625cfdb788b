package org.plenary.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts a printed resolution is set in: Liberation Serif, which has the metrics of the Times New
 * Roman the UN prints with, embedded as subsets; DejaVu Serif for the characters it lacks.
 */
final class PdfFonts {
    static final List<String> FOLDERS = List.of("/usr/share/fonts/truetype/liberation", "/usr/share/fonts/truetype/liberation2");
    static final String REGULAR = "LiberationSerif-Regular.ttf";
    private static final String FALLBACK = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";

    final PDFont regular;
    final PDFont italic;
    final PDFont bold;
    private final PDFont fallback;
    private final Map<PDFont, Map<Integer, Boolean>> encodable = new HashMap<>();

    /** A piece of text in one font. */
    record Run(String text, PDFont font) {
    }

    private PdfFonts(PDFont regular, PDFont italic, PDFont bold, PDFont fallback) {
        this.regular = regular;
        this.italic = italic;
        this.bold = bold;
        this.fallback = fallback;
    }

    static PdfFonts load(PDDocument pdf) throws IOException {
        Path folder = FOLDERS.stream().map(Path::of).filter(f -> Files.exists(f.resolve(REGULAR))).findFirst()
                .orElseThrow(() -> new IOException("The pdf layout prints in Liberation Serif, which this machine lacks: "
                        + "install it (Debian: apt-get install fonts-liberation) or leave the layout out."));
        PDFont fallback = Files.exists(Path.of(FALLBACK)) ? PDType0Font.load(pdf, Path.of(FALLBACK).toFile()) : null;
        return new PdfFonts(PDType0Font.load(pdf, folder.resolve(REGULAR).toFile()),
                PDType0Font.load(pdf, folder.resolve("LiberationSerif-Italic.ttf").toFile()),
                PDType0Font.load(pdf, folder.resolve("LiberationSerif-Bold.ttf").toFile()), fallback);
    }

    /** The text in runs the font can set, the rest in the fallback font (or "?" where neither has the glyph). */
    List<Run> runs(String text, PDFont font) {
        List<Run> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        PDFont current = font;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String ch = new String(Character.toChars(cp));
            PDFont wanted = canSet(font, cp) ? font : fallback != null && canSet(fallback, cp) ? fallback : font;
            if (wanted == font && !canSet(font, cp)) {
                ch = "?";
            }
            if (wanted != current && run.length() > 0) {
                runs.add(new Run(run.toString(), current));
                run.setLength(0);
            }
            current = wanted;
            run.append(ch);
        }
        if (run.length() > 0) {
            runs.add(new Run(run.toString(), current));
        }
        return runs;
    }

    float width(String text, PDFont font, float size) {
        float width = 0;
        for (Run run : runs(text, font)) {
            try {
                width += run.font().getStringWidth(run.text()) / 1000 * size;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return width;
    }

    private boolean canSet(PDFont font, int cp) {
        return encodable.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(cp, c -> {
            try {
                font.encode(new String(Character.toChars(c)));
                return !Character.isISOControl(c);
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }
}
