package org.plenary.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.layout.Block;
import org.plenary.layout.LaidOutText;
import org.plenary.layout.StructurePatterns;
import org.plenary.lexicon.Lexicon;
import org.plenary.parse.Resolution.Numbered;
import org.plenary.parse.Resolution.Preambular;
import org.plenary.parse.Resolution.TextUnit;
import org.plenary.parse.internal.CoverPatterns;
import org.plenary.parse.internal.PointNesting;
import org.plenary.pipeline.Warning;
import org.plenary.source.StyledText;

/**
 * The state of one parse, shared by the recognisers: the resolution being filled, the zone the
 * parser is in, the paragraph and group being filled, the block after the current one, and the
 * warnings. Also the questions several recognisers ask of a block (does it open a recital, is it
 * a heading, what is its opening phrase), answered once here.
 */
public final class ParseState {
    /** Where in a resolution the parser is: each zone has its own recognisers. */
    public enum Zone { COVER, PREAMBLE, OPERATIVE, AFTER_CONCLUSIONS, ANNEX }

    private static final Pattern FIRST_LETTERS = Pattern.compile("^\\p{L}+");
    private static final Pattern DAMAGED_LABEL = Pattern.compile("^[\\p{Alnum}|]{1,3}[.,:]?\\s+");
    /** Cover lines that carry no field we keep: "Original: English", "Third Committee". */
    public static final Pattern OTHER_COVER = Pattern.compile(
            "^(?:Original:\\s*\\p{L}+|(?:First|Second|Third|Fourth|Fifth|Sixth|Special Political and Decolonization \\(Fourth\\)) Committee|Distr\\.?:?\\s*\\p{L}+)$");
    private static final Pattern COVER_WORDS = Pattern.compile("(?i)(united nations|general assembly|security council|general|distr.*)");
    /** A group's number alone on its line: "I", "IV.", "B", "Part II". */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{Lu}\\p{Ll}{3,}(?:ing|ed)\\s+\\p{Ll}");

    private final LaidOutText laidOut;
    private final Lexicon preambular;
    private final Lexicon operative;
    private final Resolution resolution = new Resolution();
    private final List<Warning> warnings = new ArrayList<>();
    private final PointNesting nesting = new PointNesting();
    private final SetAsideReview setAsideReview = new SetAsideReview();
    private Zone zone = Zone.COVER;
    private Numbered paragraph;
    private Resolution.Group group;
    private boolean groupOpening;
    private boolean titleOpen;
    private boolean conclusionDatePending;
    private boolean formulaWithoutComma;
    private String next = "";

    ParseState(LaidOutText laidOut, Lexicon preambular, Lexicon operative) {
        this.laidOut = laidOut;
        this.preambular = preambular;
        this.operative = operative;
    }

    public Resolution resolution() { return resolution; }
    public LaidOutText laidOut() { return laidOut; }
    public Lexicon preambularOpenings() { return preambular; }
    public Lexicon operativeOpenings() { return operative; }
    public List<Warning> warnings() { return warnings; }
    public Zone zone() { return zone; }
    public void zone(Zone value) { this.zone = value; }
    /** The plain text of the block after the current one: a heading is known by what follows it. */
    public String next() { return next; }
    void next(String value) { this.next = value; }

    /** The operative paragraph being filled, or null before the first. */
    public Numbered paragraph() { return paragraph; }
    public PointNesting nesting() { return nesting; }
    public Resolution.Group group() { return group; }
    /** A group was opened and its first paragraph has not come yet: headings and recitals may. */
    public boolean groupOpening() { return groupOpening; }
    public boolean titleOpen() { return titleOpen; }
    public void titleOpen(boolean value) { this.titleOpen = value; }
    public boolean conclusionDatePending() { return conclusionDatePending; }
    public void conclusionDatePending(boolean value) { this.conclusionDatePending = value; }
    /** "The General Assembly" without a comma: no preamble follows. */
    public boolean formulaWithoutComma() { return formulaWithoutComma; }
    public void formulaWithoutComma(boolean value) { this.formulaWithoutComma = value; }

    public void warn(String code, int line, String message) {
        warnings.add(new Warning(code, line, message));
    }

    /** Adds an operative paragraph to the current group and makes it the one being filled. */
    public void addParagraph(Numbered value) {
        value.group(group);
        resolution.operative().add(value);
        paragraph = value;
        groupOpening = false;
        nesting.reset();
    }

    /**
     * Opens a group of operative paragraphs with its first heading line.
     *
     * @param num the group's number, or null
     * @param printedNum the number as printed on the line ("II."), or null
     * @param title the title on the line, or null when the number stands alone
     */
    public void openGroup(String num, String printedNum, StyledText title, Block block) {
        group = new Resolution.Group(num);
        group.lines().add(new Resolution.HeadingLine(printedNum, title == null ? null : new TextUnit(title, block.firstLine())));
        groupOpening = true;
        paragraph = null;
    }

    /**
     * Whether a numbered block is the next item of a numbered list inside the current paragraph
     * (an agenda: "1. Opening of the Congress.", "2. Organizational matters.") rather than the
     * next operative paragraph: a numbered paragraph announced a list (":") or holds such items, the
     * number is the list's next, and the block does not open with an operative verb.
     */
    public boolean continuesNumberedList(String num, String body) {
        // Only a numbered paragraph holds such a list: after "Resolves that:", "1." is paragraph 1.
        if (paragraph == null || paragraph.num() == null || !num.matches("\\d{1,3}") || operative.openingOf(body).isPresent()) {
            return false;
        }
        List<Numbered> points = paragraph.points();
        Numbered last = points.isEmpty() ? null : points.get(points.size() - 1);
        if (last == null) {
            return num.equals("1") && paragraph.plain().strip().endsWith(":");
        }
        return last.label() != null && last.num().matches("\\d+") && Integer.parseInt(num) == Integer.parseInt(last.num()) + 1;
    }

    /** A paragraph's opening phrase: a known operative verb, else its italic opening, else its first word. */
    public String openingOf(StyledText body) {
        String plain = body.text();
        String italic = body.leadingItalic();
        return operative.openingOf(plain).orElseGet(() -> !italic.isEmpty() ? italic : firstWord(plain));
    }

    public static String firstWord(String plain) {
        Matcher m = FIRST_LETTERS.matcher(plain);
        return m.find() ? m.group() : plain.split("\\s+", 2)[0];
    }

    /** What may follow a formula: a preambular opening or paragraph 1. */
    public boolean opensBody(String plain) {
        return preambular.openingOf(plain).isPresent() || StructurePatterns.OPERATIVE_START.matcher(plain).lookingAt();
    }

    /** A short line, capitalised, without final punctuation, that opens neither a recital nor an operative paragraph. */
    public boolean headingLike(String plain) {
        return plain.length() < 300 && Character.isUpperCase(plain.charAt(0)) && !StructurePatterns.lastIsOneOf(plain, ".,;:")
                && preambular.openingOf(plain).isEmpty() && operative.openingOf(plain).isEmpty();
    }

    /** "l. Takes note …" → "Takes note …": a number OCR made unreadable, dropped when a verb follows. */
    public StyledText withoutDamagedLabel(StyledText text) {
        Matcher label = DAMAGED_LABEL.matcher(text);
        return label.find() && operative.openingOf(text.text().substring(label.end())).isPresent()
                ? text.substring(label.end()) : text;
    }

    /**
     * The rest of a paragraph that a page break cut: material was taken out just before, and the
     * block opens no paragraph of its own (no opening phrase, no number).
     */
    public boolean continuesAfterCut(Block block) {
        String plain = block.plain();
        return block.afterCut() && !block.text().strip().opensItalic() && preambular.openingOf(plain).isEmpty()
                && preambular.gluedOpeningOf(plain).isEmpty() && operative.openingOf(plain).isEmpty()
                && !StructurePatterns.startsStructure(plain) && !StructurePatterns.GROUP_NUMBER.matcher(plain).matches();
    }

    /**
     * After a recital that ended with its comma, a block opening with a capitalised participle the
     * lexicon lacks ("Committing to finalizing …") is the next recital, page break or not.
     */
    public static boolean opensWithUnlistedParticiple(String before, String plain) {
        return before.strip().endsWith(",") && PARTICIPLE.matcher(plain).lookingAt();
    }

    /** A preambular paragraph (or a group's recital): its opening phrase, repaired if run together. */
    public Preambular recital(Block block) {
        StyledText text = block.text().strip();
        String plain = text.text();
        String opening;
        Optional<String> known = preambular.openingOf(plain);
        String italic = text.leadingItalic();
        Optional<String> glued = known.isPresent() ? Optional.empty() : preambular.gluedOpeningOf(plain);
        // An italic run is the opening as printed, unless it is a known opening run together ("Takingnote").
        boolean gluedItalic = glued.isPresent() && italic.strip().equals(glued.get().replace(" ", ""));
        if (known.isPresent()) {
            opening = known.get();
        } else if (!italic.isEmpty() && !gluedItalic) {
            opening = italic;
        } else if (glued.isPresent()) {
            opening = glued.get();
            String run = opening.replace(" ", "");
            int at = plain.indexOf(run);
            if (at >= 0) {
                text = StyledText.builder().append(text.substring(0, at))
                        .append(StyledText.of(opening, gluedItalic ? StyledText.ITALIC : StyledText.PLAIN))
                        .append(text.substring(at + run.length())).build();
            }
            warn("repair", block.firstLine(), "Words run together: read '" + run + "' as '" + opening + "'");
            resolution.repairedWords().add(run);
        } else {
            opening = firstWord(plain);
            warn("unknown-opening", block.firstLine(),
                    "Preambular paragraph opens with a phrase not in the lexicon: \"" + abbreviate(plain) + "\"");
        }
        return new Preambular(opening, text, block.firstLine());
    }

    /** Symbol, distribution date, session, agenda item: true when the text gave any of them. */
    public boolean coverMetadata(String plain) {
        boolean claimed = false;
        Optional<String> symbol = CoverPatterns.symbol(plain);
        if (symbol.isPresent() && !plain.startsWith("[")) {
            if (resolution.symbol() == null) {
                resolution.symbol(symbol.get());
                resolution.symbolPrinted(true);
            }
            claimed = true;
        }
        Optional<Resolution.PrintedDate> date = DateParser.find(plain);
        if (date.isPresent() && !plain.toLowerCase().contains("adopted")) {
            if (resolution.distributionDate() == null) {
                resolution.distributionDate(date.get());
            }
            claimed = true;
        }
        Optional<String> session = CoverPatterns.session(plain);
        if (session.isPresent()) {
            if (resolution.session() == null) {
                resolution.session(session.get());
            }
            claimed = true;
        }
        Optional<String> agenda = CoverPatterns.agendaItem(plain);
        if (agenda.isPresent()) {
            if (resolution.agendaItem() == null) {
                resolution.agendaItem(agenda.get());
            }
            claimed = true;
        }
        claimed |= OTHER_COVER.matcher(plain).matches() || CoverPatterns.mentionsDistribution(plain)
                || COVER_WORDS.matcher(plain).matches();
        if (claimed) {
            resolution.coverLines().add(plain);
        }
        return claimed;
    }

    /** Keeps text that is not part of the resolution (publisher furniture), with a warning. */
    public void setAside(Block block, String what) {
        String plain = block.plain().strip();
        resolution.setAside().add(new Resolution.SetAside(plain, block.firstLine(), SetAsideReview.where(zone)));
        warn("set-aside", block.firstLine(), what + ": \"" + abbreviate(plain) + "\"");
        setAsideReview.review(block, zone, this);
    }

    public static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
