package org.plenary.parse;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.plenary.parse.ParseState.Zone;
import org.plenary.parse.recognize.AdoptionHeadingRecognizer;
import org.plenary.parse.recognize.AnnexParagraphRecognizer;
import org.plenary.parse.recognize.AnnexRecognizer;
import org.plenary.parse.recognize.CommitteeLineRecognizer;
import org.plenary.parse.recognize.ConclusionRecognizer;
import org.plenary.parse.recognize.CoverFieldRecognizer;
import org.plenary.parse.recognize.FormulaRecognizer;
import org.plenary.parse.recognize.GroupHeadingRecognizer;
import org.plenary.parse.recognize.GroupRecitalRecognizer;
import org.plenary.parse.recognize.OperativeParagraphRecognizer;
import org.plenary.parse.recognize.ParagraphContinuationRecognizer;
import org.plenary.parse.recognize.PointRecognizer;
import org.plenary.parse.recognize.RecitalRecognizer;
import org.plenary.parse.recognize.ResolutionNumberRecognizer;
import org.plenary.parse.recognize.SetAsideRecognizer;
import org.plenary.parse.recognize.SponsorsRecognizer;
import org.plenary.parse.recognize.TableRecognizer;
import org.plenary.parse.recognize.TitleContinuationRecognizer;

/**
 * The recognisers for one kind of document in one language, zone by zone, in the order they are
 * asked. The last of each zone claims whatever the others declined. Another kind of document (a
 * decision, another language's resolutions) is another profile, not an edit to the parser.
 */
public final class Profile {
    private final String name;
    private final Map<Zone, List<Recognizer>> recognizers;

    public Profile(String name, Map<Zone, List<Recognizer>> recognizers) {
        this.name = name;
        this.recognizers = new EnumMap<>(recognizers);
        for (Zone zone : Zone.values()) {
            if (!this.recognizers.containsKey(zone) || this.recognizers.get(zone).isEmpty()) {
                throw new IllegalArgumentException("Profile " + name + " has no recogniser for the " + zone + " zone");
            }
        }
    }

    /** Resolutions in English, of the General Assembly and of the Councils that print theirs the same way. */
    public static Profile resolutionsInEnglish() {
        Map<Zone, List<Recognizer>> zones = new EnumMap<>(Zone.class);
        AnnexRecognizer annex = new AnnexRecognizer();
        ConclusionRecognizer conclusion = new ConclusionRecognizer();
        GroupHeadingRecognizer groupHeading = new GroupHeadingRecognizer();
        OperativeParagraphRecognizer operative = new OperativeParagraphRecognizer();
        PointRecognizer point = new PointRecognizer();
        zones.put(Zone.COVER, List.of(new FormulaRecognizer(), new AdoptionHeadingRecognizer(), new ResolutionNumberRecognizer(),
                new SponsorsRecognizer(), new CommitteeLineRecognizer(), new TitleContinuationRecognizer(), new CoverFieldRecognizer(),
                new SetAsideRecognizer("Text before the resolution was set aside as publisher furniture")));
        // The conclusions may follow the preamble directly: a resolution whose only decision is unnumbered (77/276).
        zones.put(Zone.PREAMBLE, List.of(groupHeading, operative, point, conclusion, new RecitalRecognizer()));
        TableRecognizer table = new TableRecognizer();
        zones.put(Zone.OPERATIVE, List.of(table, annex, conclusion, groupHeading, new GroupRecitalRecognizer(), operative, point,
                new ParagraphContinuationRecognizer()));
        zones.put(Zone.AFTER_CONCLUSIONS, List.of(annex, conclusion, new CoverFieldRecognizer(100),
                new SetAsideRecognizer("Text after the conclusions was set aside")));
        zones.put(Zone.ANNEX, List.of(table, annex, new AnnexParagraphRecognizer()));
        return new Profile("resolutions-en", zones);
    }

    public String name() {
        return name;
    }

    public List<Recognizer> recognizers(Zone zone) {
        return recognizers.get(zone);
    }
}
