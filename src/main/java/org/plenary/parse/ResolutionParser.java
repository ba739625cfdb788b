package org.plenary.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.layout.Block;
import org.plenary.layout.LaidOutText;
import org.plenary.layout.Line;
import org.plenary.layout.Marks;
import org.plenary.layout.NoteBody;
import org.plenary.layout.StructurePatterns;
import org.plenary.lexicon.Lexicon;
import org.plenary.parse.Resolution.Numbered;
import org.plenary.parse.Resolution.Preambular;
import org.plenary.parse.Resolution.TextUnit;
import org.plenary.parse.internal.CoverRecognizer;
import org.plenary.parse.internal.PointNesting;
import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.Warning;

/**
 * Recognises a resolution's parts in the laid-out paragraphs. The parser walks the blocks once
 * through four zones (cover, preamble, operative part, after the conclusions); in each zone a
 * few recognisers look at the block and claim it, and a block no recogniser claims goes where
 * the zone says (a preambular paragraph, text after a paragraph's points, set-aside furniture).
 */
public final class ResolutionParser {
    private enum Zone { COVER, PREAMBLE, OPERATIVE, AFTER_CONCLUSIONS, ANNEX }

    /** An annex's heading alone on its line: "Annex", "Annex II", "ANNEX B". */
    private static final Pattern ANNEX_HEADING = Pattern.compile("^(?:Annex|ANNEX)(?:\\s+(?:[IVXLC]{1,6}|\\d{1,2}|[A-H]))?\\.?$");

    private static final Pattern GA_HEADING = Pattern.compile(
            "^(?:draft )?resolution ?adopted ?by ?the ?(?:U\\.N\\. )?(General ?Assembly|Security ?Council|Economic and Social Council)(?: ?on (.+?))?\\s*\\*?\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** "Adopted by the Security Council at its 7853rd meeting, on 23 December 2016". */
    private static final Pattern SC_HEADING = Pattern.compile(
            "^Adopted by the Security Council at its (\\d{1,5}(?:st|nd|rd|th) meeting),? on (.+?)\\.?$", Pattern.CASE_INSENSITIVE);
    /** "Resolution 2334 (2016)" alone: a Security Council resolution's number. */
    private static final Pattern NUMBER_ONLY = Pattern.compile("^Resolution\\s+(\\d{1,5} \\(\\d{4}\\))$");
    /** A draft's sponsors: "Albania, Andorra and Austria: draft resolution". */
    private static final Pattern SPONSORS = Pattern.compile("^(.+?):\\s*(?:revised )?draft (?:resolution|decision)$", Pattern.CASE_INSENSITIVE);
    /** Cover lines that carry no field we keep: "Original: English", "Third Committee". */
    private static final Pattern OTHER_COVER = Pattern.compile(
            "^(?:Original:\\s*\\p{L}+|(?:First|Second|Third|Fourth|Fifth|Sixth|Special Political and Decolonization \\(Fourth\\)) Committee|Distr\\.?:?\\s*\\p{L}+)$");
    /** A group's number alone on its line: "I", "IV.", "B", "Part II". */
    private static final Pattern GROUP_NUMBER = Pattern.compile("^(?:Part\\s+)?([IVXL]{1,6}|[A-H])\\.?$");
    /** A group's number and heading on one line: "II. Programme budget". */
    private static final Pattern GROUP_NUMBER_AND_HEADING = Pattern.compile("^([IVXL]{1,6})\\.\\s+(\\p{Lu}[^;:]{2,150}?)$");
    /** A formula OCR damaged beyond the exact pattern: "The Genera1 Assemb1y,", "The Security Counci1". */
    private static final Pattern DAMAGED_FORMULA = Pattern.compile("^\\*?The\\s?(?:Gen\\S{2,6}\\s?Ass\\S{3,6}|Sec\\S{3,6}\\s?Cou\\S{3,5})\\s?[,.;]?$");
    private static final Pattern DAMAGED_NUMBER = Pattern.compile("[\\p{Alnum}|]{1,3}\\.\\s");
    private static final Pattern DAMAGED_LABEL = Pattern.compile("^[\\p{Alnum}|]{1,3}[.,:]?\\s+");
    /** "3 Calls upon …": a paragraph number printed without its period. */
    private static final Pattern BARE_NUMBER = Pattern.compile("^(\\d{1,3})\\s+(\\p{Lu}.*)$", Pattern.DOTALL);
    private static final Pattern LETTER_FOR_ONE = Pattern.compile("([lI])\\.\\s+(\\S.*)", Pattern.DOTALL);
    private static final Pattern ENDS_CLAUSE = Pattern.compile("[,;:]$");
    private static final Pattern DRAFT_SYMBOL = Pattern.compile(".*/L\\.\\d+.*");
    private static final Pattern FIRST_LETTERS = Pattern.compile("^\\p{L}+");
    private static final Pattern COVER_WORDS = Pattern.compile("(?i)(united nations|general assembly|security council|general|distr.*)");
    private static final Pattern LEADING_ITALIC = Pattern.compile("^" + Marks.ITALIC_OPEN + "([^" + Marks.ITALIC_CLOSE + "]+)" + Marks.ITALIC_CLOSE);

    private final Lexicon preambularOpenings;
    private final Lexicon operativeOpenings;

    public ResolutionParser(Lexicon preambularOpenings, Lexicon operativeOpenings) {
        this.preambularOpenings = preambularOpenings;
        this.operativeOpenings = operativeOpenings;
    }

    public ResolutionParser() {
        this(Lexicon.preambular(), Lexicon.operative());
    }

    public Result parse(LaidOutText laidOut) {
        return new Run(laidOut).parse();
    }

    public record Result(Resolution resolution, List<Warning> warnings) {
    }

    /** The state of one parse: the zone, the paragraph being filled, and its warnings. */
    private final class Run {
        private final LaidOutText laidOut;
        private final Resolution resolution = new Resolution();
        private final java.util.List<Warning> warnings = new java.util.ArrayList<>();
        private Zone zone = Zone.COVER;
        private Numbered paragraph;
        private final PointNesting nesting = new PointNesting();
        private boolean titleOpen;
        private boolean conclusionDatePending;
        /** The plain text of the block after the current one: a heading is known by what follows it. */
        private String next = "";
        private Resolution.Group group;
        /** A group was opened and its first paragraph has not come yet: headings and recitals may. */
        private boolean groupOpening;
        /** "The General Assembly" without a comma: no preamble follows. */
        private boolean formulaWithoutComma;

        Run(LaidOutText laidOut) {
            this.laidOut = laidOut;
        }

        Result parse() {
            List<Block> blocks = laidOut.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                next = i + 1 < blocks.size() ? Marks.plain(blocks.get(i + 1).text()).strip() : "";
                String plain = Marks.plain(block.text()).strip();
                switch (zone) {
                    case COVER -> cover(block, plain);
                    case PREAMBLE -> preamble(block, plain);
                    case OPERATIVE -> operative(block, plain);
                    case AFTER_CONCLUSIONS -> afterConclusions(block, plain);
                    case ANNEX -> annex(block, plain);
                }
            }
            if (resolution.formula() == null) {
                throw new ConversionException("No enacting formula was found (a line such as \"The General Assembly,\"), "
                        + "so this does not read as a resolution.", 1,
                        "Check that the file is a resolution's text; if it is, its formula line may be damaged.");
            }
            if (resolution.operative().isEmpty()) {
                operativeFromPreamble();
            }
            if (resolution.operative().isEmpty()) {
                throw new ConversionException("No operative paragraph was found after the formula (line "
                        + resolution.formula().line() + ").", resolution.formula().line(),
                        "Operative paragraphs are numbered \"1.\", \"2.\" …; check that the text is complete.");
            }
            fallbackSymbol();
            for (NoteBody note : laidOut.notes()) {
                resolution.notes().put(note.marker(), new Resolution.Note(note.marker(), note.text(), note.line()));
            }
            return new Result(resolution, warnings);
        }

        private void cover(Block block, String plain) {
            if (StructurePatterns.isFormula(block.text())) {
                Matcher m = StructurePatterns.FORMULA.matcher(plain);
                m.matches();
                resolution.formula(new TextUnit(block.text().strip(), block.firstLine()));
                resolution.organ(organ(m.group(1)));
                formulaWithoutComma = m.group(2) == null;
                zone = Zone.PREAMBLE;
                return;
            }
            if (DAMAGED_FORMULA.matcher(plain).matches() && opensBody(next)) {
                resolution.formula(new TextUnit(block.text().strip(), block.firstLine()));
                resolution.organ(organ(plain.replaceAll("[^A-Za-z ]", "").replace("Counci", "Council").replace("Assemb", "Assembly")));
                formulaWithoutComma = !plain.endsWith(",");
                warnings.add(new Warning("repair", block.firstLine(),
                        "Read the damaged line \"" + plain + "\" as the enacting formula."));
                zone = Zone.PREAMBLE;
                return;
            }
            Matcher sc = SC_HEADING.matcher(plain);
            if (sc.matches()) {
                resolution.organ("Security Council");
                resolution.heading(plain);
                resolution.meeting(sc.group(1));
                DateParser.find(sc.group(2)).ifPresent(resolution::adoptionDate);
                return;
            }
            Matcher numberOnly = NUMBER_ONLY.matcher(plain);
            if (numberOnly.matches() && resolution.number() == null) {
                resolution.number(numberOnly.group(1));
                resolution.coverLines().add(plain);
                return;
            }
            Matcher sponsors = SPONSORS.matcher(plain);
            if (sponsors.matches() && resolution.sponsors() == null) {
                resolution.sponsors(sponsors.group(1).strip());
                resolution.kind(Resolution.Kind.DRAFT_RESOLUTION);
                titleOpen = false;
                return;
            }
            if (resolution.sponsors() != null && resolution.title() == null && !OTHER_COVER.matcher(plain).matches()) {
                // A draft's title follows its sponsors, without a number.
                resolution.title(new TextUnit(block.text().strip(), block.firstLine()));
                titleOpen = true;
                return;
            }
            Matcher heading = GA_HEADING.matcher(plain);
            if (heading.matches()) {
                resolution.organ(organ(heading.group(1)));
                resolution.heading(plain);
                if (heading.group(2) != null) {
                    DateParser.find(heading.group(2)).ifPresent(resolution::adoptionDate);
                }
                titleOpen = false;
                return;
            }
            if (plain.startsWith("[") && resolution.committeeLine() == null) {
                Optional<String[]> committee = CoverRecognizer.committee(plain);
                if (committee.isPresent()) {
                    resolution.committeeLine(committee.get()[0]);
                    resolution.committeeReport(committee.get()[1]);
                    return;
                }
            }
            Optional<String[]> numbered = CoverRecognizer.numberAndTitle(plain);
            if (numbered.isPresent() && resolution.number() == null) {
                resolution.number(numbered.get()[0]);
                String marked = block.text().strip();
                int titleStart = marked.indexOf(numbered.get()[1].substring(0, Math.min(4, numbered.get()[1].length())));
                resolution.title(new TextUnit(titleStart >= 0 ? marked.substring(titleStart) : numbered.get()[1], block.firstLine()));
                titleOpen = true;
                return;
            }
            if (titleOpen && continuesTitle(plain)) {
                TextUnit title = resolution.title();
                title.append(block.text().strip());
                return;
            }
            titleOpen = false;
            if (!coverMetadata(plain)) {
                resolution.setAside().add(plain);
                warnings.add(new Warning("set-aside", block.firstLine(),
                        "Text before the resolution was set aside as publisher furniture: \"" + abbreviate(plain) + "\""));
            }
        }

        /**
         * The title wrapped onto the next line: text no cover recogniser claims, before the formula.
         * A date line or an adoption line is not the title's; a long title may hold a date itself
         * ("… the Law of the Sea of 10 December 1982 relating to …").
         */
        private boolean continuesTitle(String plain) {
            String title = Marks.plain(resolution.title().text());
            return !plain.isEmpty() && plain.length() < 400 && !title.endsWith(".")
                    && (Character.isLowerCase(plain.charAt(0)) || !plain.startsWith("[") && !plain.startsWith("*")
                        && CoverRecognizer.symbol(plain).isEmpty() && !isDateOrAdoptionLine(plain));
        }

        private static boolean isDateOrAdoptionLine(String plain) {
            return DateParser.find(plain).isPresent()
                    && (plain.length() < 60 || plain.startsWith("Resolution adopted") || plain.startsWith("Adopted"));
        }

        /** Symbol, distribution date, session, agenda item: true when the text gave any of them. */
        private boolean coverMetadata(String plain) {
            boolean claimed = false;
            Optional<String> symbol = CoverRecognizer.symbol(plain);
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
            Optional<String> session = CoverRecognizer.session(plain);
            if (session.isPresent()) {
                if (resolution.session() == null) {
                    resolution.session(session.get());
                }
                claimed = true;
            }
            Optional<String> agenda = CoverRecognizer.agendaItem(plain);
            if (agenda.isPresent()) {
                if (resolution.agendaItem() == null) {
                    resolution.agendaItem(agenda.get());
                }
                claimed = true;
            }
            claimed |= OTHER_COVER.matcher(plain).matches() || CoverRecognizer.mentionsDistribution(plain)
                    || COVER_WORDS.matcher(plain).matches();
            if (claimed) {
                resolution.coverLines().add(plain);
            }
            return claimed;
        }

        private void preamble(Block block, String plain) {
            if (startsGroup(block, plain)) {
                zone = Zone.OPERATIVE;
                return;
            }
            if (StructurePatterns.OPERATIVE_START.matcher(plain).lookingAt() || opensUnnumberedOperative(plain)) {
                zone = Zone.OPERATIVE;
                operative(block, plain);
                return;
            }
            Matcher letterOne = LETTER_FOR_ONE.matcher(block.text().strip());
            if (letterOne.matches() && operativeOpenings.openingOf(Marks.plain(letterOne.group(2))).isPresent()) {
                // "l. Decides …": paragraph 1 typed (or recognised) with a letter for its digit.
                warnings.add(new Warning("repair", block.firstLine(),
                        "Read '" + letterOne.group(1) + ".' as '1.' before the first operative paragraph."));
                resolution.repairedWords().add(letterOne.group(1));
                zone = Zone.OPERATIVE;
                Block repaired = new Block("1. " + letterOne.group(2), block.firstLine(), block.lastLine(), block.afterCut());
                operative(repaired, Marks.plain(repaired.text()));
                return;
            }
            if (isHeadingBeforeOperativePart(plain)) {
                openGroup(null, plain, block);
                zone = Zone.OPERATIVE;
                return;
            }
            if (StructurePatterns.POINT_START.matcher(plain).lookingAt() && !resolution.preamble().isEmpty()) {
                // Points inside a preambular paragraph belong to it.
                resolution.preamble().get(resolution.preamble().size() - 1).append(block.text().strip());
                return;
            }
            if (continuesAfterCut(block, plain) && !resolution.preamble().isEmpty()) {
                Preambular last = resolution.preamble().get(resolution.preamble().size() - 1);
                if (!opensWithUnlistedParticiple(Marks.plain(last.text()), plain)) {
                    last.append(block.text().strip());
                    return;
                }
            }
            resolution.preamble().add(recital(block, plain));
        }

        /** A preambular paragraph (or a group's recital): its opening phrase, repaired if run together. */
        private Preambular recital(Block block, String plain) {
            String text = block.text().strip();
            String opening;
            Matcher italic = LEADING_ITALIC.matcher(text);
            Optional<String> known = preambularOpenings.openingOf(plain);
            if (known.isPresent()) {
                opening = known.get();
            } else if (italic.find()) {
                opening = italic.group(1).strip();
            } else {
                Optional<String> glued = preambularOpenings.gluedOpeningOf(plain);
                if (glued.isPresent()) {
                    opening = glued.get();
                    String run = opening.replace(" ", "");
                    text = text.replaceFirst(Pattern.quote(run), Matcher.quoteReplacement(opening));
                    warnings.add(new Warning("repair", block.firstLine(),
                            "Words run together: read '" + run + "' as '" + opening + "'"));
                    resolution.repairedWords().add(run);
                } else {
                    opening = firstWord(plain);
                    warnings.add(new Warning("unknown-opening", block.firstLine(),
                            "Preambular paragraph opens with a phrase not in the lexicon: \"" + abbreviate(plain) + "\""));
                }
            }
            return new Preambular(opening, text, block.firstLine());
        }

        /**
         * An operative paragraph without a number where a preambular one could stand: after a formula
         * without comma, or a paragraph that opens with an operative verb and does not end with a comma.
         */
        private boolean opensUnnumberedOperative(String plain) {
            boolean preambularOpening = preambularOpenings.openingOf(plain).isPresent();
            if (formulaWithoutComma && resolution.preamble().isEmpty()) {
                return !(preambularOpening && plain.endsWith(","));
            }
            boolean operativeOpening = operativeOpenings.openingOf(plain).isPresent();
            return operativeOpening && !preambularOpening && !StructurePatterns.endsWith(ENDS_CLAUSE, plain)
                    || plain.endsWith(":") && operativeOpening
                    || isClosingSentence(plain);
        }

        /**
         * The one sentence of a resolution without numbered paragraphs, with a verb the lexicon
         * lacks ("Appoints Mr. … 2026."): right before the meeting line, ending with a full stop
         * where every preambular paragraph before it ended with a comma.
         */
        private boolean isClosingSentence(String plain) {
            return plain.endsWith(".") && PRESENT_VERB.matcher(plain).lookingAt()
                    && preambularOpenings.openingOf(plain).isEmpty()
                    && next != null && StructurePatterns.MEETING.matcher(next).matches()
                    && !resolution.preamble().isEmpty()
                    && resolution.preamble().stream().allMatch(p -> Marks.plain(p.text()).strip().endsWith(","));
        }

        /** A capitalised verb in the third person singular: "Appoints", "Decides". */
        private static final Pattern PRESENT_VERB = Pattern.compile("\\p{Lu}\\p{Ll}+s\\b");

        /**
         * The rest of a paragraph that a page break cut: material was taken out just before, and the
         * block opens no paragraph of its own (no opening phrase, no number).
         */
        private boolean continuesAfterCut(Block block, String plain) {
            return block.afterCut() && !opensWithItalicCapital(block.text().strip()) && preambularOpenings.openingOf(plain).isEmpty()
                    && preambularOpenings.gluedOpeningOf(plain).isEmpty() && operativeOpenings.openingOf(plain).isEmpty()
                    && !StructurePatterns.startsStructure(plain) && !GROUP_NUMBER.matcher(plain).matches();
        }

        /** Markup that set a paragraph's opening in italics ("*Also* noting with appreciation …") opens a paragraph. */
        private static boolean opensWithItalicCapital(String marked) {
            return marked.length() > 1 && marked.charAt(0) == Marks.ITALIC_OPEN && Character.isUpperCase(marked.charAt(1));
        }

        /**
         * After a recital that ended with its comma, a block opening with a capitalised participle the
         * lexicon lacks ("Committing to finalizing …") is the next recital, page break or not.
         */
        private static boolean opensWithUnlistedParticiple(String before, String plain) {
            return before.strip().endsWith(",") && PARTICIPLE.matcher(plain).lookingAt();
        }

        private static final Pattern PARTICIPLE = Pattern.compile("\\p{Lu}\\p{Ll}{3,}(?:ing|ed)\\s+\\p{Ll}");

        /** A group heading ("I", "B", "II. Title"): opens the group and claims the block. */
        private boolean startsGroup(Block block, String plain) {
            Matcher number = GROUP_NUMBER.matcher(plain);
            Matcher numberAndHeading = GROUP_NUMBER_AND_HEADING.matcher(plain);
            if (number.matches()) {
                openGroup(number.group(1), null, block);
                return true;
            }
            if (numberAndHeading.matches() && !StructurePatterns.endsWith(ENDS_CLAUSE, plain)) {
                openGroup(numberAndHeading.group(1), numberAndHeading.group(2), block);
                return true;
            }
            return false;
        }

        private void openGroup(String num, String heading, Block block) {
            group = new Resolution.Group(num);
            if (heading != null) {
                group.heading(new TextUnit(heading, block.firstLine()));
            }
            groupOpening = true;
            paragraph = null;
        }

        /** Between a group's number and its first paragraph: the heading, then recitals. */
        private boolean groupPreface(Block block, String plain) {
            if (!groupOpening || StructurePatterns.OPERATIVE_START.matcher(plain).lookingAt()) {
                return false;
            }
            // A group of one unnumbered decision ("C. Danger pay", then "Expresses appreciation …"):
            // after the heading, an operative opening is the group's paragraph, not a recital.
            boolean operativeOpening = operativeOpenings.openingOf(plain).isPresent() && preambularOpenings.openingOf(plain).isEmpty();
            // Nor is a declaration's opening in the first person ("We, Heads of State and Government …").
            boolean declarationOpening = plain.startsWith("We, ") || plain.startsWith("We the ");
            if ((operativeOpening || declarationOpening) && (group.heading() != null || StructurePatterns.endsWith(ENDS_CLAUSE, plain))) {
                return false;
            }
            if (group.heading() == null && plain.length() < 200 && !StructurePatterns.endsWith(ENDS_CLAUSE, plain)
                    && preambularOpenings.openingOf(plain).isEmpty()) {
                group.heading(new TextUnit(block.text().strip(), block.firstLine()));
            } else {
                group.recitals().add(recital(block, plain));
            }
            return true;
        }

        /** What may follow a formula: a preambular opening or paragraph 1. */
        private boolean opensBody(String plain) {
            return preambularOpenings.openingOf(plain).isPresent() || StructurePatterns.OPERATIVE_START.matcher(plain).lookingAt();
        }

        /**
         * No paragraph was numbered: OCR may have damaged every number. The paragraphs from the first
         * that opens with an operative verb on are read as operative, unnumbered, with a warning.
         */
        private void operativeFromPreamble() {
            List<Preambular> preamble = resolution.preamble();
            for (int i = 0; i < preamble.size(); i++) {
                Preambular candidate = preamble.get(i);
                String plain = withoutDamagedLabel(Marks.plain(candidate.text()));
                if (operativeOpenings.openingOf(plain).isPresent() && preambularOpenings.openingOf(plain).isEmpty()) {
                    List<Preambular> moved = new java.util.ArrayList<>(preamble.subList(i, preamble.size()));
                    preamble.subList(i, preamble.size()).clear();
                    for (Preambular p : moved) {
                        Matcher bare = BARE_NUMBER.matcher(p.text());
                        String num = bare.matches() ? bare.group(1) : null;
                        String body = bare.matches() ? bare.group(2) : withoutDamagedLabel(p.text());
                        resolution.operative().add(new Numbered(num, openingOf(body), body, p.line()));
                    }
                    warnings.add(new Warning("repair", candidate.line(), "No paragraph number was found; the paragraphs from line "
                            + candidate.line() + " on, which open with operative verbs, are read as the operative part."));
                    return;
                }
            }
        }

        /** "l. Takes note …" → "Takes note …": a number OCR made unreadable, dropped when a verb follows. */
        private String withoutDamagedLabel(String text) {
            Matcher label = DAMAGED_LABEL.matcher(text);
            return label.find() && operativeOpenings.openingOf(text.substring(label.end())).isPresent()
                    ? text.substring(label.end()) : text;
        }

        /** A title-like line right before paragraph 1: the heading of the first group of paragraphs. */
        private boolean isHeadingBeforeOperativePart(String plain) {
            return !resolution.preamble().isEmpty() && headingLike(plain)
                    && StructurePatterns.OPERATIVE_START.matcher(next).lookingAt();
        }

        private boolean headingLike(String plain) {
            return plain.length() < 300 && Character.isUpperCase(plain.charAt(0)) && !StructurePatterns.lastIsOneOf(plain, ".,;:")
                    && preambularOpenings.openingOf(plain).isEmpty() && operativeOpenings.openingOf(plain).isEmpty();
        }

        /** A title-like line between complete paragraphs: a heading without a number. */
        private boolean isUnnumberedHeading(String plain) {
            return paragraph != null && paragraph.points().isEmpty() && headingLike(plain)
                    && paragraph.endsClause();
        }

        /**
         * An annex heading opens an annex; everything after it belongs to that annex until the next.
         * A resolution with several annexes numbers them all; after a lone unnumbered "Annex", an
         * "Annex I" is an annex of the text annexed (a convention's own annexes).
         */
        private boolean startsAnnex(Block block, String plain) {
            if (!ANNEX_HEADING.matcher(plain).matches() || zone == Zone.ANNEX && insideALoneUnnumberedAnnex()) {
                return false;
            }
            resolution.annexes().add(new Resolution.Annex(new TextUnit(plain, block.firstLine())));
            zone = Zone.ANNEX;
            return true;
        }

        private boolean insideALoneUnnumberedAnnex() {
            return resolution.annexes().size() == 1 && UNNUMBERED_ANNEX.matcher(resolution.annexes().get(0).heading().text()).matches();
        }

        private static final Pattern UNNUMBERED_ANNEX = Pattern.compile("(?:Annex|ANNEX)\\.?");

        private void annex(Block block, String plain) {
            if (!startsAnnex(block, plain)) {
                List<TextUnit> paragraphs = resolution.annexes().get(resolution.annexes().size() - 1).paragraphs();
                paragraphs.add(new TextUnit(block.text().strip(), block.firstLine()));
            }
        }

        private void operative(Block block, String plain) {
            if (startsAnnex(block, plain)) {
                return;
            }
            Matcher meeting = StructurePatterns.MEETING.matcher(plain);
            if (meeting.matches()) {
                resolution.meeting(StructurePatterns.meetingName(meeting.group(1)));
                Optional<Resolution.PrintedDate> date = DateParser.find(meeting.group(2));
                date.ifPresent(resolution::adoptionDate);
                conclusionDatePending = date.isEmpty();
                zone = Zone.AFTER_CONCLUSIONS;
                return;
            }
            if (startsGroup(block, plain) || groupPreface(block, plain)) {
                return;
            }
            if (isUnnumberedHeading(plain)) {
                openGroup(null, plain, block);
                return;
            }
            String text = block.text().strip();
            Matcher numbered = StructurePatterns.OPERATIVE_START.matcher(text);
            if (numbered.lookingAt() && (paragraph == null || follows(numbered.group(1), block))) {
                String body = text.substring(numbered.end()).strip();
                paragraph = new Numbered(numbered.group(1), openingOf(body), body, block.firstLine());
                paragraph.group(group);
                resolution.operative().add(paragraph);
                groupOpening = false;
                nesting.reset();
                return;
            }
            Matcher bare = BARE_NUMBER.matcher(text);
            if (bare.matches() && paragraph != null && paragraph.num() != null && paragraph.num().matches("\\d+")
                    && Integer.parseInt(bare.group(1)) == Integer.parseInt(paragraph.num()) + 1
                    && operativeOpenings.openingOf(Marks.plain(bare.group(2))).isPresent()) {
                warnings.add(new Warning("numbering", block.firstLine(),
                        "Paragraph " + bare.group(1) + " is printed without the period after its number."));
                String body = bare.group(2).strip();
                paragraph = new Numbered(bare.group(1), openingOf(body), body, block.firstLine());
                paragraph.group(group);
                resolution.operative().add(paragraph);
                nesting.reset();
                return;
            }
            Matcher point = StructurePatterns.POINT_START.matcher(text);
            if (point.lookingAt() && paragraph != null) {
                String body = text.substring(point.end()).strip();
                nesting.add(paragraph, new Numbered(point.group(1), null, body, block.firstLine()));
                return;
            }
            if (paragraph != null && continuesAfterCut(block, plain)) {
                TextUnit last = paragraph.wrapUp() != null ? paragraph.wrapUp()
                        : paragraph.points().isEmpty() ? paragraph : lastPoint(paragraph);
                last.append(text);
                return;
            }
            if (paragraph == null || startsNewSentence(plain)) {
                // Only a label with its period ("Z.") is taken for a damaged number here: the words
                // of an unnumbered paragraph must stay as they are.
                String body = DAMAGED_NUMBER.matcher(text).lookingAt() ? withoutDamagedLabel(text) : text;
                if (body.length() < text.length()) {
                    warnings.add(new Warning("repair", block.firstLine(), "Read '" + text.substring(0, text.length() - body.length()).strip()
                            + "' before an operative verb as a paragraph number damaged beyond reading; the paragraph is kept unnumbered."));
                }
                paragraph = new Numbered(null, openingOf(body), body, block.firstLine());
                paragraph.group(group);
                resolution.operative().add(paragraph);
                groupOpening = false;
                nesting.reset();
                return;
            }
            if (!paragraph.points().isEmpty()) {
                paragraph.wrapUp(new TextUnit(text, block.firstLine()));
            } else {
                paragraph.append(text);
                warnings.add(new Warning("joined", block.firstLine(),
                        "An unnumbered paragraph was joined to paragraph " + paragraph.num() + "; it may be a paragraph of its own."));
            }
        }

        private void afterConclusions(Block block, String plain) {
            if (startsAnnex(block, plain)) {
                return;
            }
            if (conclusionDatePending && DateParser.DATE.matcher(plain.replaceAll("[.,]$", "")).matches()) {
                DateParser.find(plain).ifPresent(resolution::adoptionDate);
                conclusionDatePending = false;
                return;
            }
            conclusionDatePending = false;
            // After the conclusions only a cover's short lines carry metadata (a Word export's
            // cover run together at the end), not prose that happens to cite a symbol.
            if (plain.length() > 100 || !coverMetadata(plain)) {
                resolution.setAside().add(plain);
                warnings.add(new Warning("set-aside", block.firstLine(),
                        "Text after the conclusions was set aside: \"" + abbreviate(plain) + "\""));
            }
        }

        private TextUnit lastPoint(Numbered unit) {
            Numbered last = unit.points().get(unit.points().size() - 1);
            return last.points().isEmpty() ? last : lastPoint(last);
        }

        /** An unnumbered paragraph of its own: the one before it ended, and it has no points. */
        private boolean startsNewSentence(String plain) {
            return paragraph.points().isEmpty() && Character.isUpperCase(plain.charAt(0))
                    && paragraph.endsClause();
        }

        /** A number after the current paragraph's ("1.2" after "1.1" or "1"); a gap is kept but reported. */
        private boolean follows(String num, Block block) {
            if (paragraph.num() == null) {
                return true;
            }
            if (num.contains(".") || paragraph.num().contains(".")) {
                return compareNumbers(num, paragraph.num()) > 0;
            }
            int n = Integer.parseInt(num);
            int previous = Integer.parseInt(paragraph.num());
            if (n > previous + 1 && n <= previous + 5) {
                warnings.add(new Warning("numbering", block.firstLine(),
                        "Paragraph " + n + " follows paragraph " + previous + "; a paragraph may be missing."));
            }
            return n > previous && n <= previous + 5;
        }

        private String openingOf(String body) {
            String plain = Marks.plain(body);
            Matcher italic = LEADING_ITALIC.matcher(body);
            return operativeOpenings.openingOf(plain)
                    .orElseGet(() -> italic.find() ? italic.group(1).strip() : firstWord(plain));
        }

        /** Without a printed symbol, a running header or the number gives it. */
        private void fallbackSymbol() {
            if (resolution.symbol() == null) {
                laidOut.furniture().stream().map(Line::text).map(String::strip)
                        .map(CoverRecognizer::symbol).flatMap(Optional::stream)
                        .findFirst().ifPresent(resolution::symbol);
            }
            if (resolution.symbol() == null && resolution.number() != null && resolution.organ().equals("General Assembly")) {
                if (resolution.number().contains("/")) {
                    resolution.symbol("A/RES/" + resolution.number().replace(" ", ""));
                } else if (resolution.number().matches("\\d+ \\([IVXLC]+\\)(?: [A-Z])?")) {
                    resolution.symbol("A/RES/" + resolution.number());
                }
            }
            if (resolution.symbol() == null && resolution.number() != null && resolution.organ().equals("Security Council")) {
                resolution.symbol("S/RES/" + resolution.number());
            }
            if (resolution.symbol() != null && DRAFT_SYMBOL.matcher(resolution.symbol()).matches()) {
                resolution.kind(Resolution.Kind.DRAFT_RESOLUTION);
            }
        }
    }

    /** Compares printed numbers part by part: 1 < 1.1 < 1.2 < 2. */
    static int compareNumbers(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? Integer.parseInt(x[i]) : -1;
            int q = i < y.length ? Integer.parseInt(y[i]) : -1;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }

    /** The organ named in a formula, also when OCR ran its words together ("TheGeneral Assembly"). */
    private static String organ(String formula) {
        String squeezed = formula.replace(" ", "");
        if (squeezed.contains("SecurityCouncil")) {
            return "Security Council";
        }
        if (squeezed.contains("EconomicandSocialCouncil")) {
            return "Economic and Social Council";
        }
        if (squeezed.contains("HumanRightsCouncil")) {
            return "Human Rights Council";
        }
        return squeezed.contains("TrusteeshipCouncil") ? "Trusteeship Council" : "General Assembly";
    }

    private static String firstWord(String plain) {
        Matcher m = FIRST_LETTERS.matcher(plain);
        return m.find() ? m.group() : plain.split("\\s+", 2)[0];
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
