package org.plenary.parse.recognize;

import java.util.Optional;
import java.util.regex.Matcher;

import org.plenary.layout.Block;
import org.plenary.layout.StructurePatterns;
import org.plenary.parse.DateParser;
import org.plenary.parse.ParseState;
import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.Recognizer;
import org.plenary.parse.Resolution;

/**
 * The conclusions: the plenary meeting ("87th plenary meeting") and the adoption date, on one
 * line or the date on the next. They end the operative part.
 */
public final class ConclusionRecognizer implements Recognizer {
    @Override
    public boolean claim(Block block, ParseState state) {
        String plain = block.plain().strip();
        if (state.zone() == Zone.AFTER_CONCLUSIONS) {
            boolean date = state.conclusionDatePending() && DateParser.DATE.matcher(plain.replaceAll("[.,]$", "")).matches();
            if (date) {
                DateParser.find(plain).ifPresent(state.resolution()::adoptionDate);
            }
            state.conclusionDatePending(false);
            return date;
        }
        Matcher meeting = StructurePatterns.MEETING.matcher(plain);
        if (!meeting.matches()) {
            return false;
        }
        state.resolution().meeting(StructurePatterns.meetingName(meeting.group(1)));
        Optional<Resolution.PrintedDate> date = DateParser.find(meeting.group(2));
        date.ifPresent(state.resolution()::adoptionDate);
        state.conclusionDatePending(date.isEmpty());
        state.zone(Zone.AFTER_CONCLUSIONS);
        return true;
    }
}
