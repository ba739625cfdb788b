package org.plenary.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.plenary.corpus.ReferenceDocument.Kind;
import org.plenary.corpus.ReferenceDocument.PrintBlock;

/**
 * Text as {@code pdftotext -layout} gives a UN resolution: the cover in two columns, body text
 * at a left margin with first lines indented, hard wraps, a note block under a rule at the foot
 * of the page that calls it, running headers, page numbers, job numbers and bar codes, and
 * paragraphs running on across page breaks.
 */
public final class PagedLayout implements TextLayout {
    private static final int MARGIN = 10;
    private static final int INDENT = 5;
    private static final int WIDTH = 78;
    private static final int PAGE_LINES = 46;

    /** How a note call is printed: as its marker, or (for OCR) as what recognition made of it. */
    private final java.util.function.UnaryOperator<String> callPrinter;

    public PagedLayout() {
        this(java.util.function.UnaryOperator.identity());
    }

    PagedLayout(java.util.function.UnaryOperator<String> callPrinter) {
        this.callPrinter = callPrinter;
    }

    /** A body line and the notes first called on it. */
    private record BodyLine(String text, List<String> notes) {
    }

    @Override
    public String name() {
        return "paged";
    }

    @Override
    public String print(ReferenceDocument doc, String symbol) {
        String job = jobNumber(symbol);
        List<BodyLine> body = new ArrayList<>();
        Set<String> called = new LinkedHashSet<>();
        cover(doc, symbol, body);
        for (PrintBlock block : doc.blocks) {
            switch (block.kind()) {
                case COVER, HEADING, COMMITTEE, TITLE -> { }
                case FORMULA -> paragraph(body, called, "", block.text(), INDENT, true);
                case PREAMBULAR, RECITAL -> paragraph(body, called, "", block.text(), INDENT, true);
                case GROUP_HEADING -> {
                    body.add(new BodyLine(" ".repeat(MARGIN + 20) + block.text(), List.of()));
                    body.add(new BodyLine("", List.of()));
                }
                case OPERATIVE -> paragraph(body, called, block.label() + "  ", block.text(), INDENT, true);
                case POINT -> paragraph(body, called, block.label() + "  ", block.text(), INDENT * (block.depth() + 1), true);
                case WRAP_UP -> paragraph(body, called, "", block.text(), INDENT, true);
                case MEETING -> body.add(new BodyLine(" ".repeat(MARGIN + 40) + block.text(), List.of()));
                case DATE -> {
                    body.add(new BodyLine(" ".repeat(MARGIN + 40) + block.text(), List.of()));
                    body.add(new BodyLine("", List.of()));
                }
                case ANNEX -> paragraph(body, called, "", block.text(), block.label().equals("heading") ? 30 : INDENT,
                        block.label().equals("heading"));
            }
        }
        return paginate(body, doc, symbol, title(doc), job);
    }

    private void cover(ReferenceDocument doc, String symbol, List<BodyLine> body) {
        String distribution = "";
        String session = "";
        List<String> agenda = new ArrayList<>();
        for (PrintBlock block : doc.blocks) {
            if (block.kind() == Kind.COVER) {
                switch (block.label()) {
                    case "date" -> distribution = block.text();
                    case "session" -> session = block.text();
                    case "inline" -> agenda.add(block.text());
                    default -> { }
                }
            }
        }
        body.add(new BodyLine(columns("    United Nations", symbol), List.of()));
        body.add(new BodyLine(columns("              General Assembly", "Distr.: General"), List.of()));
        body.add(new BodyLine(columns("", distribution), List.of()));
        body.add(new BodyLine("", List.of()));
        if (!session.isEmpty()) {
            body.add(new BodyLine(session, List.of()));
        }
        agenda.forEach(a -> body.add(new BodyLine(a, List.of())));
        body.add(new BodyLine("", List.of()));
        for (PrintBlock block : doc.blocks) {
            if (block.kind() == Kind.HEADING || block.kind() == Kind.COMMITTEE) {
                for (String line : PrintText.wrap(block.text(), WIDTH - 15, WIDTH - 15)) {
                    body.add(new BodyLine(" ".repeat(MARGIN + 8) + line, List.of()));
                }
                body.add(new BodyLine("", List.of()));
            } else if (block.kind() == Kind.TITLE) {
                String label = block.label().isEmpty() ? "" : block.label() + " ";
                List<String> lines = PrintText.wrap(PrintText.withCalls(block.text(), m -> m), WIDTH - 20, WIDTH - 20 - label.length());
                for (int i = 0; i < lines.size(); i++) {
                    String prefix = i == 0 ? label : " ".repeat(label.length());
                    body.add(new BodyLine(" ".repeat(MARGIN + 8) + prefix + lines.get(i), i == 0 ? PrintText.calls(block.text()) : List.of()));
                }
                body.add(new BodyLine("", List.of()));
            }
        }
    }

    private void paragraph(List<BodyLine> body, Set<String> called, String label, String marked, int indent, boolean blankAfter) {
        String printed = PrintText.withCalls(marked, m -> "\u0001" + m + "\u0002");
        List<String> lines = PrintText.wrap(label + printed, WIDTH - indent, WIDTH);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            List<String> notes = new ArrayList<>();
            for (String marker : PrintText.calls(line.replace('\u0001', Marks.CALL_OPEN)
                    .replace('\u0002', Marks.CALL_CLOSE))) {
                if (called.add(marker)) {
                    notes.add(marker);
                }
            }
            String text = java.util.regex.Pattern.compile("\u0001([^\u0002]*)\u0002").matcher(line)
                    .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(callPrinter.apply(m.group(1))));
            body.add(new BodyLine(" ".repeat(MARGIN + (i == 0 ? indent : 0)) + text, notes));
        }
        if (blankAfter) {
            body.add(new BodyLine("", List.of()));
        }
    }

    private String paginate(List<BodyLine> body, ReferenceDocument doc, String symbol, String title, String job) {
        StringBuilder out = new StringBuilder();
        List<List<BodyLine>> pages = new ArrayList<>();
        List<BodyLine> page = new ArrayList<>();
        int noteLines = 0;
        for (BodyLine line : body) {
            int extra = 0;
            for (String marker : line.notes()) {
                extra += PrintText.wrap(doc.noteTexts.getOrDefault(marker, ""), WIDTH - 4, WIDTH - 4).size();
            }
            int needed = page.size() + 1 + noteLines + extra + (noteLines + extra > 0 ? 2 : 0);
            if (needed > PAGE_LINES && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                noteLines = 0;
            }
            page.add(line);
            noteLines += extra;
        }
        pages.add(page);
        int total = pages.size();
        for (int p = 0; p < total; p++) {
            if (p > 0) {
                out.append(p % 2 == 1 ? columns(symbol, title) : columns(title, symbol)).append("\n\n");
            }
            List<String> notes = new ArrayList<>();
            for (BodyLine line : pages.get(p)) {
                out.append(line.text().stripTrailing()).append('\n');
                notes.addAll(line.notes());
            }
            if (!notes.isEmpty()) {
                out.append('\n').append(" ".repeat(MARGIN)).append("__________________\n");
                for (String marker : notes) {
                    List<String> lines = PrintText.wrap(doc.noteTexts.getOrDefault(marker, ""), WIDTH - 4, WIDTH - 4);
                    for (int i = 0; i < lines.size(); i++) {
                        out.append(" ".repeat(MARGIN)).append(i == 0 ? String.format("%-3s ", marker) : "    ").append(lines.get(i)).append('\n');
                    }
                }
            }
            out.append('\n');
            if (p == 0) {
                out.append(job).append(" (E)    ").append(job.hashCode() % 2 == 0 ? "081221" : "151221").append('\n');
                out.append('*').append(job.replace("-", "")).append("*\n");
            } else {
                out.append(columns((p + 1) + "/" + total, job)).append('\n');
            }
            out.append('\f');
        }
        return out.toString();
    }

    private static String title(ReferenceDocument doc) {
        String title = doc.meta.getOrDefault("title", "");
        return title.length() > 60 ? title.substring(0, title.lastIndexOf(' ', 60)) : title;
    }

    private static String columns(String left, String right) {
        int gap = Math.max(4, MARGIN + WIDTH - left.length() - right.length());
        return left + " ".repeat(gap) + right;
    }

    static String jobNumber(String symbol) {
        int h = Math.abs(symbol.hashCode());
        return String.format("%02d-%05d", 15 + h % 9, h % 100000);
    }
}
