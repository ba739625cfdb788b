package org.plenary.layout.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

/**
 * Lines of a printed page as the PDF reader gives them, written by hand: positions in points from
 * the page's top-left corner, type size, and styles in a small markup: {i:…} italic, {b:…} bold,
 * {s:…} raised. Lines are numbered in the order they are added; the gap before a line is the
 * distance from the baseline of the line before on its page, as the reader measures it.
 */
final class PrintedLines {
    private final List<SourceLine> lines = new ArrayList<>();

    PrintedLines add(int page, float left, float right, float baseline, float size, String markup) {
        SourceLine before = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        float gap = before == null || before.page() != page ? 0 : baseline - before.baseline();
        lines.add(new SourceLine(styled(markup), lines.size() + 1, page, left, right, baseline, size, gap));
        return this;
    }

    List<SourceLine> lines() {
        return lines;
    }

    SourceLine get(int number) {
        return lines.get(number - 1);
    }

    Map<Integer, List<SourceLine>> pages() {
        Map<Integer, List<SourceLine>> pages = new TreeMap<>();
        for (SourceLine line : lines) {
            pages.computeIfAbsent(line.page(), p -> new ArrayList<>()).add(line);
        }
        return pages;
    }

    static StyledText styled(String markup) {
        StyledText.Builder out = StyledText.builder();
        int i = 0;
        while (i < markup.length()) {
            int open = markup.indexOf('{', i);
            if (open < 0 || open + 2 >= markup.length() || markup.charAt(open + 2) != ':') {
                out.append(markup.substring(i));
                break;
            }
            out.append(markup.substring(i, open));
            int close = markup.indexOf('}', open);
            byte style = switch (markup.charAt(open + 1)) {
                case 'i' -> StyledText.ITALIC;
                case 'b' -> StyledText.BOLD;
                case 's' -> StyledText.SUPERSCRIPT;
                default -> throw new IllegalArgumentException(markup);
            };
            out.append(markup.substring(open + 3, close), style);
            i = close + 1;
        }
        return out.build();
    }

    /** Lines of text without type, as pdftotext's are: columns for positions, rows for baselines. */
    static List<SourceLine> text(int page, String... lines) {
        List<SourceLine> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(SourceLine.ofText(StyledText.of(lines[i]), i + 1, page, 1));
        }
        return out;
    }

    /**
     * A/RES/78/258 (two pages) as PdfReader reads it from the United Nations' PDF: every line's
     * place, size and styles copied from the reader's output.
     */
    static PrintedLines resolution78258() {
        return new PrintedLines()
                .add(1, 482.1f, 552.0f, 56.5f, 9, "A/RES/78/258")
                .add(1, 123.4f, 206.4f, 57.8f, 13, "United Nations")
                .add(1, 123.4f, 272.0f, 86.4f, 19, "{b:General Assembly}")
                .add(1, 397.0f, 460.1f, 86.4f, 19, "Distr.: General")
                .add(1, 397.0f, 478.0f, 98.4f, 9, "28 December 2023")
                .add(1, 60.0f, 162.3f, 222.3f, 10, "{b:Seventy-eighth session}")
                .add(1, 60.0f, 133.3f, 234.3f, 9, "Agenda item 107")
                .add(1, 60.0f, 234.9f, 246.3f, 10, "{b:Crime prevention and criminal justice}")
                .add(1, 123.4f, 413.5f, 278.7f, 14, "{b:Resolution adopted by the General Assembly on}")
                .add(1, 123.4f, 234.4f, 293.7f, 14, "{b:22 December 2023}")
                .add(1, 123.4f, 349.2f, 318.3f, 9, "[{i:without reference to a Main Committee (A/78/L.33)}]")
                .add(1, 72.4f, 405.0f, 343.5f, 12, "{b:78/258. Fight against corruption and impunity in Honduras}")
                .add(1, 147.1f, 246.6f, 368.0f, 9, "{i:The General Assembly},")
                .add(1, 147.1f, 487.6f, 386.0f, 9, "{i:Reaffirming} the Charter of the United Nations, including the purposes and")
                .add(1, 123.4f, 245.9f, 398.0f, 9, "principles embodied therein,")
                .add(1, 147.1f, 487.6f, 416.0f, 9, "{i:Welcoming} the commitment and constant efforts of the Government of the first")
                .add(1, 123.4f, 487.4f, 428.0f, 9, "female President in the history of Honduras, Iris Xiomara Castro Sarmiento, to defend")
                .add(1, 123.4f, 487.4f, 440.0f, 9, "human rights and fundamental freedoms, reinforce the rule of law, especially access")
                .add(1, 123.4f, 487.4f, 452.0f, 9, "to justice, and fight corruption, including continued efforts to collaborate with the")
                .add(1, 123.4f, 487.5f, 464.0f, 9, "United Nations towards the establishment of an international, impartial, independent")
                .add(1, 123.4f, 443.5f, 476.0f, 9, "and autonomous mechanism against corruption and impunity in Honduras,")
                .add(1, 147.1f, 488.3f, 494.0f, 9, "{i:Reaffirming} that the United Nations Convention against Corruption{s:1} is the most")
                .add(1, 123.4f, 487.4f, 506.0f, 9, "comprehensive and universal instrument on corruption, and recognizing the need to")
                .add(1, 123.4f, 487.5f, 518.0f, 9, "continue to promote its ratification or accession thereto and its full and effective")
                .add(1, 123.4f, 193.0f, 530.0f, 9, "implementation,")
                .add(1, 147.1f, 488.3f, 548.0f, 9, "{i:Emphasizing} respect for the national sovereignty and the constitutional and legal")
                .add(1, 123.4f, 228.6f, 560.0f, 9, "framework of Honduras,")
                .add(1, 147.1f, 487.7f, 578.0f, 9, "{i:Acknowledging} that, on 15 December 2022, the Government of Honduras and")
                .add(1, 123.4f, 487.7f, 590.0f, 9, "the United Nations signed a memorandum of understanding which signified the start")
                .add(1, 123.4f, 488.0f, 602.0f, 9, "of efforts towards the establishment of an international, impartial, independent and")
                .add(1, 123.4f, 487.6f, 614.0f, 9, "autonomous mechanism against corruption and impunity in Honduras, in which it was")
                .add(1, 123.4f, 487.4f, 626.0f, 9, "recognized that the establishment of said mechanism would be subject, inter alia, to")
                .add(1, 123.4f, 488.2f, 638.0f, 9, "the existence of a mandate emanating from one of the intergovernmental bodies of")
                .add(1, 123.4f, 206.9f, 650.0f, 9, "the United Nations,")
                .add(1, 99.6f, 171.7f, 689.6f, 8, "{b:__________________}")
                .add(1, 117.0f, 320.0f, 703.8f, 8, "{s:1} United Nations, {i:Treaty Series}, vol. 2349, No. 42146.")
                .add(1, 65.4f, 165.8f, 747.6f, 9, "23-26254 (E) 050124")
                .add(1, 65.4f, 166.6f, 762.2f, 12, "{b:*2326254*}")
                .add(2, 60.0f, 111.0f, 59.0f, 8, "{b:A/RES/78/258}")
                .add(2, 147.1f, 487.8f, 82.3f, 9, "1. {i:Takes note} of the ongoing efforts of the Government of Honduras to")
                .add(2, 123.4f, 487.6f, 94.3f, 9, "combat corruption, including its initiative to establish an international, impartial,")
                .add(2, 123.4f, 488.3f, 106.3f, 9, "independent and autonomous mechanism against corruption and impunity in")
                .add(2, 123.4f, 458.7f, 118.3f, 9, "Honduras, which responds to the will and interests of the people of Honduras;")
                .add(2, 147.1f, 487.9f, 136.3f, 9, "2. {i:Requests} the Secretary-General, on an exceptional basis and without")
                .add(2, 123.4f, 487.4f, 148.3f, 9, "creating a precedent, to support the initiative of the Government of Honduras in its")
                .add(2, 123.4f, 467.3f, 160.3f, 9, "fight against corruption and impunity with a view to its prompt implementation.")
                .add(2, 351.3f, 488.0f, 184.3f, 9, "{i:50th (resumed) plenary meeting}")
                .add(2, 407.2f, 488.1f, 196.3f, 9, "{i:22 December 2023}")
                .add(2, 524.5f, 552.0f, 753.8f, 6, "23-26254")
                .add(2, 60.0f, 71.0f, 755.3f, 8, "{b:2/2}");
    }
}
