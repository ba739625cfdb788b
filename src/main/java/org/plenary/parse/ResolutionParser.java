package org.plenary.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.layout.Block;
import org.plenary.layout.LaidOutText;
import org.plenary.layout.NoteBody;
import org.plenary.lexicon.Lexicon;
import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.Resolution.Numbered;
import org.plenary.parse.Resolution.Preambular;
import org.plenary.parse.internal.CoverPatterns;
import org.plenary.pipeline.ConversionException;
import org.plenary.pipeline.Warning;
import org.plenary.source.SourceLine;
import org.plenary.source.StyledText;

/**
 * Recognises a resolution's parts in the laid-out paragraphs. The parser walks the blocks once
 * through the zones of a resolution (cover, preamble, operative part, after the conclusions,
 * annexes); in each zone the profile's recognisers are offered the block in turn, and the first
 * to claim it fills the resolution.
 */
public final class ResolutionParser {
    private static final Pattern DRAFT_SYMBOL = Pattern.compile(".*/L\\.\\d+.*");
    /** "3 Calls upon …": a number printed without its period, kept when the paragraphs are moved. */
    private static final Pattern BARE_NUMBER = Pattern.compile("^(\\d{1,3})\\s+(\\p{Lu}.*)$", Pattern.DOTALL);

    private final Profile profile;
    private final Lexicon preambularOpenings;
    private final Lexicon operativeOpenings;

    public ResolutionParser(Profile profile, Lexicon preambularOpenings, Lexicon operativeOpenings) {
        this.profile = profile;
        this.preambularOpenings = preambularOpenings;
        this.operativeOpenings = operativeOpenings;
    }

    public ResolutionParser() {
        this(Profile.resolutionsInEnglish(), Lexicon.preambular(), Lexicon.operative());
    }

    public record Result(Resolution resolution, List<Warning> warnings) {
    }

    public Result parse(LaidOutText laidOut) {
        ParseState state = new ParseState(laidOut, preambularOpenings, operativeOpenings);
        List<Block> blocks = laidOut.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            state.next(i + 1 < blocks.size() ? blocks.get(i + 1).plain().strip() : "");
            if (!blocks.get(i).plain().isBlank()) {
                offer(blocks.get(i), state);
            }
        }
        Resolution resolution = state.resolution();
        if (resolution.formula() == null && resolution.preamble().isEmpty() && resolution.operative().isEmpty()) {
            throw new ConversionException("No enacting formula was found (a line such as \"The General Assembly,\"), "
                    + "so this does not read as a resolution.", 1,
                    "Check that the file is a resolution's text; if it is, its formula line may be damaged.");
        }
        if (resolution.operative().isEmpty()) {
            operativeFromPreamble(state);
        }
        if (resolution.operative().isEmpty()) {
            int line = resolution.formula() != null ? resolution.formula().line() : resolution.preamble().get(0).line();
            throw new ConversionException("No operative paragraph was found after the formula (line "
                    + line + ").", line,
                    "Operative paragraphs are numbered \"1.\", \"2.\" …; check that the text is complete.");
        }
        fallbackSymbol(resolution, laidOut);
        for (NoteBody note : laidOut.notes()) {
            resolution.notes().put(note.marker(), new Resolution.Note(note.marker(), note.text(), note.line()));
        }
        return new Result(resolution, state.warnings());
    }

    /** Offers the block to the zone's recognisers; one that moves to another zone hands it to that zone's. */
    private void offer(Block block, ParseState state) {
        for (int moves = 0; moves <= Zone.values().length; moves++) {
            Zone zone = state.zone();
            for (Recognizer recognizer : profile.recognizers(zone)) {
                if (recognizer.claim(block, state)) {
                    return;
                }
                if (state.zone() != zone) {
                    break;
                }
            }
            if (state.zone() == zone) {
                return;
            }
        }
    }

    /**
     * No paragraph was numbered: OCR may have damaged every number. The paragraphs from the first
     * that opens with an operative verb on are read as operative, unnumbered, with a warning.
     */
    private void operativeFromPreamble(ParseState state) {
        List<Preambular> preamble = state.resolution().preamble();
        for (int i = 0; i < preamble.size(); i++) {
            Preambular candidate = preamble.get(i);
            String plain = state.withoutDamagedLabel(candidate.content()).text();
            if (operativeOpenings.openingOf(plain).isPresent() && preambularOpenings.openingOf(plain).isEmpty()) {
                List<Preambular> moved = new ArrayList<>(preamble.subList(i, preamble.size()));
                preamble.subList(i, preamble.size()).clear();
                for (Preambular p : moved) {
                    StyledText text = p.content();
                    Matcher bare = BARE_NUMBER.matcher(text.text());
                    String num = bare.matches() ? bare.group(1) : null;
                    StyledText body = bare.matches() ? text.substring(bare.start(2)) : state.withoutDamagedLabel(text);
                    state.resolution().operative().add(new Numbered(num, state.openingOf(body), body, p.line()));
                }
                state.warn("repair", candidate.line(), "No paragraph number was found; the paragraphs from line "
                        + candidate.line() + " on, which open with operative verbs, are read as the operative part.");
                return;
            }
        }
    }

    /** Without a printed symbol, a running header or the number gives it. */
    private static void fallbackSymbol(Resolution resolution, LaidOutText laidOut) {
        if (resolution.symbol() == null) {
            laidOut.furniture().stream().map(SourceLine::plain).map(String::strip)
                    .map(CoverPatterns::symbol).flatMap(Optional::stream)
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
