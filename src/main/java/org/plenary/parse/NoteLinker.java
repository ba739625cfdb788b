package org.plenary.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.source.SourceForm;
import org.plenary.source.StyledText;
import org.plenary.parse.Resolution.Note;
import org.plenary.parse.Resolution.TextUnit;
import org.plenary.pipeline.Warning;

/**
 * Links note calls to note bodies. Notes are numbered in order of first call, so the next number
 * due tells a call ("Cairo,1" when note 1 is due) from text ("resolution 52/189"), repairs calls
 * OCR damaged ("Cairo,*", "Women,s"), and shows which calls are missing: such a note is kept in
 * the paragraph it most likely belongs to, with a warning, never dropped.
 */
public final class NoteLinker {
    /** Digits run into the preceding word or punctuation: "Cairo,1", "Women4", "fourth5". */
    static final Pattern GLUED_DIGITS = Pattern.compile(
            "(?<=[\\p{L},.;:)’”\"\\]])(\\d{1,3})(?=[\\s;:)\\]’”\"]|[,.](?!\\d)|$)");
    /** A call set off by a space, as PDF text may render a superscript: "jurisdiction, 1", "observers; 2". */
    private static final Pattern SPACED_CALL = Pattern.compile("(?<=[\\p{L}\"”’)][,;:.]) (\\d{1,3})(?=\\s+\\p{Ll}|\\s*$)");
    /** What makes the number before it a quantity of the text: "10 per cent", "5 million", "3 years". */
    static final String QUANTITY = "per\\b|%|million|billion|dollars|years?\\b|months?\\b|days?\\b|weeks?\\b";
    /** What makes the number before it a day of a date: "21 December". */
    static final String MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";
    /**
     * pdftotext sets a raised call apart by spaces after any word or number ("Paris Agreement 8
     * and", "12 August 1949 2 and"): in its text a number alone is a call when its note is the
     * very next due, unless what stands around it makes it a number of the text.
     */
    private static final Pattern PDFTOTEXT_CALL = Pattern.compile(
            spacedNumber("\\d{1,3}")
            // After a year or a resolution's number, a number is no day of a date nor one of a pair:
            // "4 March 2022 10 and 52/32", "resolutions 71/205 13 and 72/190" (78/221).
            + "(?:(?<=(?:(?:19|20)\\d\\d|\\d{1,3}/\\d{1,4}) \\d{1,3})(?!\\s*(?:" + QUANTITY + "))"
            + "|(?!\\s*(?:" + MONTH
            // A pair of numbers, unless the second is a resolution's ("cyberbullying 18 and 54/5", 78/187),
            // or one of a list ("targets 9, 11, 16, 17, 19 and 20").
            + "|to \\d|and \\d(?!\\d*/)|or \\d(?!\\d*/)|[-–]\\s*\\d|,\\s*\\d{1,3}(?![\\d/])|" + QUANTITY + ")))");
    /**
     * A number ({@code digits}, a pattern) that pdftotext set apart by a space after a word, a
     * number or punctuation, as the first group; not a number's first digits ("the projected 8.5
     * trillion", "1,200 posts").
     */
    static String spacedNumber(String digits) {
        return "(?<=[\\p{L}\\p{N}\"”’)\\].,;:]) (" + digits + ")(?=[\\s;:)]|[,.](?!\\d)|$)";
    }

    /** Words after which a number is the text's: "resolution 14", "paragraph 2", "Agenda 21". */
    private static final Pattern NUMBERED_BEFORE = Pattern.compile(
            "(?i)\\b(?:resolutions?|decisions?|paragraphs?|paras?\\.|articles?|annex(?:es)?|chapters?|chap\\.|sections?|sect\\.|goals?|items?|no\\.|vol\\.|agenda|rule|principle|protocol|part|page|pp?\\.|and|or|to|of|from|than|about|some|over|under|by|at|the|with)\\s*$");
    /** Nouns in the plural: a number after one is the text's only in a list ("resolutions 3 and 4", "paragraphs 3, 4"). */
    private static final Pattern PLURAL_BEFORE = Pattern.compile(
            "(?i)\\b(?:resolutions|decisions|paragraphs|articles|annexes|chapters|sections|goals|items|rules|principles|protocols|parts|pages)\\s*$");
    /** "Agenda" right before a number: only Agenda 21 is a name with a number. */
    private static final Pattern AGENDA_BEFORE = Pattern.compile("(?i)\\bagenda\\s*$");
    /** Another agenda by its name: "the New Urban Agenda 21 and" calls note 21. */
    private static final Pattern OTHER_AGENDA_BEFORE = Pattern.compile("(?i)\\b(?:urban|action|2030)\\s+agenda\\s*$");
    /** What follows the first number of a list: another after a comma, "and", "or", "to" or a dash. */
    private static final Pattern LIST_AFTER = Pattern.compile("^\\s*(?:,|and|or|to|[-–])\\s*\\d");
    /** A session in roman numerals after a resolution's number: "resolutions 1 (I) of 24 January 1946". */
    private static final Pattern SESSION_AFTER = Pattern.compile("^\\s*\\([IVXLC]{1,7}\\)");
    /** A symbol call glued to the word before it: "belief*", "Assembly†". */
    private static final Pattern SYMBOL_CALL = Pattern.compile("(?<=[\\p{L}\\p{N},.;:’”)])(\\*{1,3}|†|‡)(?=\\s|$|[,.;:])");
    /** OCR's renderings of a superscript number: a stray glyph, letters after a comma, "fourthS". */
    private static final Pattern OCR_CALL = Pattern.compile(
            "(?<=[\\p{L}\\p{N},.;:’”])([*™®§])|(?<=[,;])([A-Za-z]{1,2})(?=\\s|$|(?:the|and|of|in|to)\\b)"
            + "|(?<=\\p{Ll}{3})(S)(?=[\\s,;.]|$)");
    /** How far past the lowest uncalled note a glued number may be and still count as a call. */
    private static final int LEAD = 3;
    /** A lone capital before digits is a name ("G20", "A4"), except a roman numeral ("Protocol I4"). */
    private static final Pattern SINGLE_LETTER_BEFORE = Pattern.compile("(?<![\\p{L}])[A-HJ-UWYZ]$");
    /**
     * A call run into a year or an identifier of fixed length: "of 201619" (2016, note 19),
     * "59/3008" (59/300, note 8), "Agenda 216", "decision 1/CP.2125", "decision VIII/1913". Only
     * heads whose length is fixed, so that the digits left over can only be the call; a numeral
     * right after a slash is a symbol's part, not a decision's ("WT/L/982").
     */
    static final Pattern NUMBER_WITH_CALL = Pattern.compile(
            "(?:(?<![\\d/.])(?:(1[89]\\d\\d|20\\d\\d)|(\\d{1,3}/\\d{3}|(?<=Agenda )21|\\d{1,2}/(?:CP|CMA|CMP)\\.\\d{2}))"
            + "|(?<![\\p{L}/])([IVXL]{1,6}/\\d{2}))(\\d{1,3})(?=[\\s,;:.)\\]’”\"]|$)");
    /**
     * A full stop that ends a sentence: after a lower-case word of four letters or more, a
     * capitalised one of six or more ("… for Sustainable Development.2"; abbreviations such as
     * "Corr.", "Add.", "Suppl." are shorter), or a year.
     */
    private static final Pattern SENTENCE_END_BEFORE = Pattern.compile(
            "(?:(?<![\\p{L}./])(?:\\p{Ll}{4,}|\\p{Lu}\\p{Ll}{5,})|(?<![\\d.])(?:19|20)\\d\\d)\\.$");
    /** A parenthesis glued to the word before it, as in identifiers: "Rec(2019)". */
    private static final Pattern IDENTIFIER_PARENS_BEFORE = Pattern.compile("[\\p{L}\\d]\\([^()\\s]*\\)$");

    private final SourceForm form;
    private final List<Warning> warnings = new ArrayList<>();

    public NoteLinker(SourceForm form) {
        this.form = form;
    }

    private List<String> repairedWords = new ArrayList<>();

    /**
     * Notes that were due where the text printed their number as one of its own ("the Kyoto
     * Protocol 107", note 107 due, 78/69): that note's call may have been just that, so the calls
     * after it are not held back by it.
     */
    private final java.util.Set<String> passedOver = new java.util.HashSet<>();

    /**
     * Whether every note from the one due up to this number was passed over, as the text's own
     * number or seen before its turn; of two or more, the due one may be missing.
     */
    private boolean followsPassedOver(String number, String due) {
        if (due == null || !isNumbered(number)) {
            return false;
        }
        int n = Integer.parseInt(number);
        int from = Integer.parseInt(due);
        if (n <= from || n > from + LEAD) {
            return false;
        }
        for (int k = from + 1; k < n; k++) {
            if (!passedOver.contains(String.valueOf(k))) {
                return false;
            }
        }
        // The due note itself may be the one whose call was lost, once a later note's number stood
        // in a call's place before this one ("Agenda 21, 6 the Johannesburg Declaration … 7", the 5 lost).
        return n >= from + 2 || passedOver.contains(due);
    }

    public List<Warning> link(Resolution resolution) {
        repairedWords = resolution.repairedWords();
        passedOver.clear();
        Map<String, Note> notes = resolution.notes();
        List<TextUnit> units = resolution.textUnitsInOrder();
        boolean explicitCalls = units.stream().anyMatch(u -> !u.content().calls().isEmpty());
        Map<String, TextUnit> calledIn = new HashMap<>();
        for (TextUnit unit : units) {
            unit.content(scan(unit, notes, calledIn, explicitCalls, unit == resolution.title()));
        }
        placeMissing(resolution, units, calledIn);
        for (TextUnit unit : units) {
            for (String marker : unit.content().callMarkers()) {
                if (!notes.containsKey(marker)) {
                    warnings.add(new Warning("note-without-text", unit.line(),
                            "Note " + marker + " is called but its text was not found; the call is kept as a superscript."));
                }
            }
        }
        return warnings;
    }

    /**
     * Whether a spaced number in pdftotext's text is one of the text's ("resolution 14", "of 2",
     * "Agenda 21") rather than a call, by the words around it. After a plural ("the relevant review
     * resolutions 3 and the debates") a number alone is no reference, unless a list or a session's
     * roman numeral follows ("resolutions 1 (I) of 24 January 1946"), and after "Agenda" only 21 is
     * ("the New Urban Agenda 12 and"), and not after another agenda's name.
     */
    private static boolean isTextNumber(String before, String number, String after) {
        if (!NUMBERED_BEFORE.matcher(before).find()) {
            return false;
        }
        if (PLURAL_BEFORE.matcher(before).find()) {
            return LIST_AFTER.matcher(after).find() || SESSION_AFTER.matcher(after).find();
        }
        return !AGENDA_BEFORE.matcher(before).find() || number.equals("21") && !OTHER_AGENDA_BEFORE.matcher(before).find();
    }

    /**
     * The unit's text with the calls found in it: calls the reader saw (superscripts, "[n]") are
     * registered as they come; digits and symbols that are calls by their place and the order of
     * notes are taken out of the text and become calls.
     */
    private StyledText scan(TextUnit unit, Map<String, Note> notes, Map<String, TextUnit> calledIn, boolean explicitCalls,
                            boolean isTitle) {
        StyledText content = unit.content();
        String text = content.text();
        StyledText.Builder out = StyledText.builder();
        int i = 0;
        Matcher glued = GLUED_DIGITS.matcher(text);
        Matcher ocr = OCR_CALL.matcher(text);
        Matcher numbered = NUMBER_WITH_CALL.matcher(text);
        Matcher symbol = SYMBOL_CALL.matcher(text);
        boolean pdftotext = form == SourceForm.PDF_LAYOUT || form == SourceForm.PDF_RAW;
        Matcher spaced = (pdftotext ? PDFTOTEXT_CALL : SPACED_CALL).matcher(text);
        boolean symbolsAreCalls = form != SourceForm.OCR || isTitle;
        // Each matcher keeps its next match; it searches again only once the scan has passed it,
        // so a long paragraph is scanned in linear time.
        int n = text.length();
        Starts starts = new Starts(text);
        Next gluedNext = new Next(glued, !explicitCalls, starts::gluedDigit).over(n);
        Next ocrNext = new Next(ocr, form == SourceForm.OCR, null).over(n);
        Next numberedNext = new Next(numbered, !explicitCalls, at -> Math.min(starts.numberStart(at), starts.roman(at))).over(n);
        Next symbolNext = new Next(symbol, symbolsAreCalls, starts::symbol).over(n);
        Next spacedNext = new Next(spaced, !explicitCalls, starts::spaceBeforeDigit).over(n);
        while (i < text.length()) {
            int nextGlued = gluedNext.from(i);
            int nextOcr = ocrNext.from(i);
            int nextNumbered = numberedNext.from(i);
            int nextSymbol = symbolNext.from(i);
            while (nextSymbol != Integer.MAX_VALUE && !notes.containsKey(symbol.group(1))) {
                nextSymbol = symbolNext.from(symbol.end());
            }
            int nextSpaced = spacedNext.from(i);
            int next = Math.min(Math.min(nextNumbered, Math.min(nextGlued, nextOcr)), Math.min(nextSymbol, nextSpaced));
            if (next == Integer.MAX_VALUE) {
                break;
            }
            copy(content, i, next, out, unit, calledIn);
            if (next == nextSpaced) {
                String number = spaced.group(1);
                // Only the very next note: a spaced number is text far more often than a call.
                boolean textNumber = pdftotext && isTextNumber(text.substring(Math.max(0, next - 16), next), number,
                        text.substring(spaced.end(), Math.min(text.length(), spaced.end() + 10)));
                String due = due(unit, notes, calledIn);
                if (textNumber && number.equals(due)) {
                    passedOver.add(number);
                } else if (!textNumber && due != null && isNumbered(number) && Integer.parseInt(number) == Integer.parseInt(due) + 1
                        && notes.containsKey(number)) {
                    // The next note's number before the due one's call: the two calls may stand swapped
                    // ("Agenda 21, 6 the Johannesburg 5", where pdftotext moved a raised 5 down a line),
                    // so once the due note is called, the calls after this one are not held back by it.
                    passedOver.add(number);
                }
                if (!textNumber && (number.equals(due) || followsPassedOver(number, due) && notes.containsKey(number))) {
                    calledIn.put(number, unit);
                    out.call(number);
                    skipped(content, spaced.start(1) - 1, spaced.end(), out, unit, calledIn);
                } else {
                    copy(content, next, spaced.end(), out, unit, calledIn);
                }
                i = spaced.end();
            } else if (next == nextSymbol) {
                calledIn.putIfAbsent(symbol.group(1), unit);
                out.call(symbol.group(1));
                skipped(content, symbol.start(), symbol.end(), out, unit, calledIn);
                i = symbol.end();
            } else if (next == nextNumbered) {
                String number = numbered.group(4);
                int headEnd = numbered.start(4);
                copy(content, next, headEnd, out, unit, calledIn);
                if (isDueSoon(number, unit, notes, calledIn) && !isNumberOfItsYear(text, numbered)) {
                    calledIn.put(number, unit);
                    out.call(number);
                    skipped(content, headEnd, numbered.end(), out, unit, calledIn);
                } else {
                    copy(content, headEnd, numbered.end(), out, unit, calledIn);
                }
                i = numbered.end();
            } else if (next == nextGlued) {
                String number = glued.group(1);
                if (acceptsGlued(number, text, next, unit, notes, calledIn)) {
                    calledIn.putIfAbsent(number, unit);
                    out.call(number);
                    skipped(content, glued.start(), glued.end(), out, unit, calledIn);
                } else {
                    copy(content, glued.start(), glued.end(), out, unit, calledIn);
                }
                i = glued.end();
            } else {
                String due = due(unit, notes, calledIn);
                if (due != null) {
                    calledIn.put(due, unit);
                    out.call(due);
                    skipped(content, ocr.start(), ocr.end(), out, unit, calledIn);
                    if (ocr.end() < text.length() && Character.isLetter(text.charAt(ocr.end()))) {
                        out.append(" ");
                    }
                    warnings.add(new Warning("ocr-repair", unit.line(),
                            "OCR: read '" + ocr.group() + "' as the call of note " + due));
                    repairedWords.add(wordAround(text, ocr.start(), ocr.end()));
                } else {
                    copy(content, ocr.start(), ocr.end(), out, unit, calledIn);
                }
                i = ocr.end();
            }
        }
        copy(content, Math.min(i, text.length()), text.length(), out, unit, calledIn);
        return out.build();
    }

    /** Copies a piece of the text with its styles and the reader's calls in it, registering those calls. */
    private static void copy(StyledText content, int from, int to, StyledText.Builder out, TextUnit unit,
                             Map<String, TextUnit> calledIn) {
        StyledText piece = content.substring(from, to);
        for (StyledText.Call call : piece.calls()) {
            calledIn.putIfAbsent(call.marker(), unit);
        }
        out.append(piece);
    }

    /** Characters taken out of the text (a call's digits): the reader's calls among them are kept. */
    private static void skipped(StyledText content, int from, int to, StyledText.Builder out, TextUnit unit,
                                Map<String, TextUnit> calledIn) {
        for (StyledText.Call call : content.calls()) {
            if (call.at() > from && call.at() <= to) {
                calledIn.putIfAbsent(call.marker(), unit);
                out.call(call.marker());
            }
        }
    }

    /** A matcher's next match at or after a position, searched again only when needed. */
    private static final class Next {
        private final Matcher matcher;
        private final boolean enabled;
        /** The next position at or after a given one where a match can start (MAX_VALUE if none); null to let the matcher search. */
        private final IntUnaryOperator canStartAt;
        private int start = -1;
        private int searchedFrom = -1;
        private int textLength;

        Next(Matcher matcher, boolean enabled, IntUnaryOperator canStartAt) {
            this.matcher = matcher.useTransparentBounds(true).useAnchoringBounds(false);
            this.enabled = enabled;
            this.canStartAt = canStartAt;
        }

        int from(int position) {
            if (!enabled) {
                return Integer.MAX_VALUE;
            }
            // Positions only grow; a match found from further on that is still ahead stays valid.
            if (searchedFrom < 0 || (start != Integer.MAX_VALUE && start < position)) {
                searchedFrom = position;
                start = search(position);
            }
            return start;
        }

        /**
         * The patterns begin with a look-behind, which a plain search tries at every position;
         * trying them only where a match can start (a digit, a mark, a symbol) keeps the scan cheap.
         */
        private int search(int position) {
            if (canStartAt == null) {
                return matcher.find(position) ? matcher.start() : Integer.MAX_VALUE;
            }
            for (int at = canStartAt.applyAsInt(position); at < textLength; at = canStartAt.applyAsInt(at + 1)) {
                if (matcher.region(at, textLength).lookingAt()) {
                    return at;
                }
            }
            return Integer.MAX_VALUE;
        }

        Next over(int length) {
            this.textLength = length;
            return this;
        }
    }

    /**
     * Where the calls' patterns can begin in one text, found in one pass: its digits, the roman
     * numerals' letters, the symbols. A search per pattern over every character was most of the
     * linker's time.
     */
    static final class Starts {
        private final String text;
        private final int[] digits;
        private final int[] romans;

        private static final byte DIGIT = 1;
        private static final byte ROMAN = 2;
        private static final byte[] ASCII_KINDS = new byte[128];

        static {
            for (char c = '0'; c <= '9'; c++) {
                ASCII_KINDS[c] = DIGIT;
            }
            for (char c : "IVXL".toCharArray()) {
                ASCII_KINDS[c] = ROMAN;
            }
        }

        Starts(String text) {
            this.text = text;
            int[] d = new int[16];
            int[] r = new int[16];
            int nd = 0;
            int nr = 0;
            int length = text.length();
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                // One test for almost every character: a branch per kind of character (letter,
                // space, capital, mark) was mispredicted often enough to be most of the time.
                int kind = c < ASCII_KINDS.length ? ASCII_KINDS[c] : Character.isDigit(c) ? DIGIT : 0;
                if (kind == 0) {
                    continue;
                }
                if (kind == DIGIT) {
                    d = nd == d.length ? Arrays.copyOf(d, nd * 2) : d;
                    d[nd++] = i;
                } else {
                    r = nr == r.length ? Arrays.copyOf(r, nr * 2) : r;
                    r[nr++] = i;
                }
            }
            digits = Arrays.copyOf(d, nd);
            romans = Arrays.copyOf(r, nr);
        }

        /**
         * A digit where GLUED_DIGITS can match: after a letter or one of its punctuation marks
         * (its look-behind), or after half a surrogate pair, which only the pattern can judge.
         */
        int gluedDigit(int from) {
            for (int i = atOrAfter(digits, from); i < digits.length; i++) {
                int at = digits[i];
                char before = at > 0 ? text.charAt(at - 1) : ' ';
                if (Character.isLetter(before) || ",.;:)\u2019\u201D\"]".indexOf(before) >= 0 || Character.isSurrogate(before)) {
                    return at;
                }
            }
            return Integer.MAX_VALUE;
        }

        /** A digit where a number of NUMBER_WITH_CALL can begin: not inside a number or an identifier ("[\\d/.]" before it). */
        int numberStart(int from) {
            for (int i = atOrAfter(digits, from); i < digits.length; i++) {
                int at = digits[i];
                char before = at > 0 ? text.charAt(at - 1) : ' ';
                if (!(before >= '0' && before <= '9' || before == '/' || before == '.')) {
                    return at;
                }
            }
            return Integer.MAX_VALUE;
        }

        /**
         * A roman capital whose run of roman capitals, six at most, ends at a "/": where the roman
         * head of NUMBER_WITH_CALL ("VIII/19") can begin. Most capitals ("In", "Invites") fail here
         * without a try of the pattern.
         */
        int roman(int from) {
            for (int i = atOrAfter(romans, from); i < romans.length; i++) {
                int at = romans[i];
                int end = at + 1;
                while (end < text.length() && end - at <= 6 && isRomanCapital(text.charAt(end))) {
                    end++;
                }
                if (end - at <= 6 && end < text.length() && text.charAt(end) == '/') {
                    return at;
                }
            }
            return Integer.MAX_VALUE;
        }

        private static boolean isRomanCapital(char c) {
            return c == 'I' || c == 'V' || c == 'X' || c == 'L';
        }

        /** A space before a digit: where a call set off by a space begins. */
        int spaceBeforeDigit(int from) {
            for (int i = atOrAfter(digits, from + 1); i < digits.length; i++) {
                if (text.charAt(digits[i] - 1) == ' ') {
                    return digits[i] - 1;
                }
            }
            return Integer.MAX_VALUE;
        }

        int symbol(int from) {
            return Math.min(Math.min(found(text.indexOf('*', from)), found(text.indexOf('\u2020', from))), found(text.indexOf('\u2021', from)));
        }

        private static int found(int index) {
            return index < 0 ? Integer.MAX_VALUE : index;
        }

        /** The index of the first position at or after {@code from}. */
        private static int atOrAfter(int[] positions, int from) {
            int i = Arrays.binarySearch(positions, from);
            return i >= 0 ? i : -i - 1;
        }
    }

    /** A numbered marker ("12"), as against a symbol ("*", "†"). */
    static boolean isNumbered(String marker) {
        for (int i = 0; i < marker.length(); i++) {
            if (!Character.isDigit(marker.charAt(i))) {
                return false;
            }
        }
        return !marker.isEmpty();
    }

    /** The source word a damaged call was glued into ("fourthS", "glthe"). */
    private static String wordAround(String text, int start, int end) {
        int from = start;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        return text.substring(from, to);
    }

    private boolean acceptsGlued(String number, String text, int at, TextUnit unit, Map<String, Note> notes,
                                 Map<String, TextUnit> calledIn) {
        if (!notes.containsKey(number)) {
            return false;
        }
        char before = text.charAt(at - 1);
        String lead = text.substring(Math.max(0, at - 12), at);
        if (before == '.' && !SENTENCE_END_BEFORE.matcher(lead).find()) {
            // "0.7", "res.9", "1/CP.21", "Add.3": a number inside an identifier, not a call.
            return false;
        }
        if (before == ')' && IDENTIFIER_PARENS_BEFORE.matcher(lead).find()) {
            // "CM/Rec(2019)1": the digits belong to the identifier.
            return false;
        }
        if (Character.isUpperCase(before) && SINGLE_LETTER_BEFORE.matcher(text.substring(Math.max(0, at - 3), at)).find()) {
            return false;
        }
        if (isDueSoon(number, unit, notes, calledIn)) {
            return true;
        }
        return calledIn.containsKey(number) && !Character.isLetter(before);
    }

    /**
     * "resolution 5/2021 of 18 June 2021": a body that numbers its resolutions by year (the FAO
     * Conference's) gives "5/202" and a digit the shape of a call; the year the date after it
     * repeats says the digit is the number's.
     */
    private static boolean isNumberOfItsYear(String text, Matcher numbered) {
        String head = numbered.group(2);
        if (head == null || numbered.group(4).length() != 1 || head.indexOf('/') < 0 || head.indexOf('.') >= 0) {
            return false;
        }
        String year = head.substring(head.length() - 3) + numbered.group(4);
        if (!year.startsWith("19") && !year.startsWith("20")) {
            return false;
        }
        Matcher date = DATE_AFTER.matcher(text).region(numbered.end(), text.length());
        return date.lookingAt() && date.group(1).equals(year);
    }

    /** The date after a resolution's number: " of 18 June 2021", its year as the group. */
    private static final Pattern DATE_AFTER = Pattern.compile("\\s+of\\s+\\d{1,2}\\s+\\p{L}+\\s+(\\d{4})\\b");

    /**
     * Due: among the next few notes not yet called. A call lost in the source must not stop the
     * calls after it from being recognised, so a small lead over the lowest due number is allowed.
     */
    private static boolean isDueSoon(String number, TextUnit unit, Map<String, Note> notes, Map<String, TextUnit> calledIn) {
        if (calledIn.containsKey(number) || !isNumbered(number)) {
            return false;
        }
        String due = due(unit, notes, calledIn);
        if (due == null) {
            return false;
        }
        int n = Integer.parseInt(number);
        int lowest = Integer.parseInt(due);
        Note note = notes.get(number);
        return n >= lowest && n <= lowest + LEAD && note != null && note.line() >= unit.line();
    }

    /**
     * The next note due at this text: the lowest-numbered note above the last one called, not yet
     * called, whose body does not lie before this text (on an earlier page).
     */
    private static String due(TextUnit unit, Map<String, Note> notes, Map<String, TextUnit> calledIn) {
        int last = lastCalled(calledIn);
        String best = null;
        int bestNumber = Integer.MAX_VALUE;
        for (Note note : notes.values()) {
            if (!isNumbered(note.marker()) || calledIn.containsKey(note.marker())) {
                continue;
            }
            int n = Integer.parseInt(note.marker());
            if (n > last && note.line() >= unit.line() && n < bestNumber) {
                best = note.marker();
                bestNumber = n;
            }
        }
        return best;
    }

    private static int lastCalled(Map<String, TextUnit> calledIn) {
        int last = 0;
        for (String marker : calledIn.keySet()) {
            if (isNumbered(marker)) {
                last = Math.max(last, Integer.parseInt(marker));
            }
        }
        return last;
    }

    private void placeMissing(Resolution resolution, List<TextUnit> units, Map<String, TextUnit> calledIn) {
        if (form == SourceForm.PDF_LAYOUT || form == SourceForm.PDF_RAW) {
            resolution.notes().values().stream()
                    .filter(note -> isNumbered(note.marker()) && !calledIn.containsKey(note.marker()))
                    .sorted(java.util.Comparator.comparingInt(note -> Integer.parseInt(note.marker())))
                    .forEach(note -> BareCalls.place(note, units, calledIn));
        }
        for (Note note : resolution.notes().values()) {
            if (calledIn.containsKey(note.marker())) {
                continue;
            }
            TextUnit home;
            String where;
            if (!isNumbered(note.marker())) {
                home = resolution.title() != null ? resolution.title() : resolution.formula() != null ? resolution.formula() : units.get(0);
                where = resolution.title() != null ? "the title" : resolution.formula() != null ? "the formula" : "the first paragraph";
            } else {
                home = likelyHome(Integer.parseInt(note.marker()), note, units, calledIn);
                where = "the paragraph at line " + home.line();
            }
            home.content(insertAfterPreviousCall(home.content(), note.marker()));
            calledIn.put(note.marker(), home);
            warnings.add(new Warning("note-call-missing", note.line(),
                    "The call of note " + note.marker() + " was not found; the note is kept in " + where + "."));
        }
    }

    /** The text that calls the nearest earlier note, if it comes before the note's body; else the last text before the body. */
    private static TextUnit likelyHome(int number, Note note, List<TextUnit> units, Map<String, TextUnit> calledIn) {
        for (int n = number - 1; n >= 1; n--) {
            TextUnit unit = calledIn.get(String.valueOf(n));
            if (unit != null) {
                if (unit.line() <= note.line()) {
                    return unit;
                }
                break;
            }
        }
        TextUnit last = units.get(0);
        for (TextUnit unit : units) {
            if (unit.line() <= note.line()) {
                last = unit;
            }
        }
        return last;
    }

    private static StyledText insertAfterPreviousCall(StyledText text, String marker) {
        List<StyledText.Call> calls = text.calls();
        int at = calls.isEmpty() ? text.length() : calls.get(calls.size() - 1).at();
        return StyledText.builder().append(text.substring(0, at)).call(marker).append(text.substring(at)).build();
    }
}
