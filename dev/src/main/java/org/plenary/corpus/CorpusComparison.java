package org.plenary.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares a conversion with its reference the way the project is measured: structure exact
 * (preambular containers, operative paragraphs, points at every level, notes, annexes), each
 * metadata field, and the text of every paragraph.
 */
public record CorpusComparison(boolean structureExact, int metaRight, int metaTotal, int textsIntact, int textsTotal,
                               List<String> misses) {

    public static final List<String> META_FIELDS = List.of("symbol", "number", "title", "session", "agendaItem",
            "committeeReport", "distributionDate", "adoptionDate", "meeting");

    public static CorpusComparison of(ReferenceDocument want, ReferenceDocument got, JsonNode json, java.util.Set<String> omitted) {
        List<String> misses = new ArrayList<>();
        check(misses, "preamble", want.preambleTexts.size(), got.preambleTexts.size());
        check(misses, "operative", want.operativeTexts.size(), got.operativeTexts.size());
        check(misses, "points", want.points, got.points);
        check(misses, "notes", want.notes, got.notes);
        check(misses, "annexes", want.annexes, got.annexes);
        boolean exact = misses.isEmpty();
        int metaRight = 0;
        int metaTotal = 0;
        for (String field : META_FIELDS) {
            String expected = want.meta.get(field);
            if (expected == null || omitted.contains(field)) {
                continue;
            }
            metaTotal++;
            JsonNode value = json.get(field);
            String actual = value == null || value.isNull() ? null : value.asText();
            if (normField(field, expected).equals(normField(field, actual))) {
                metaRight++;
            } else {
                misses.add(field + "=" + actual + " want " + expected);
            }
        }
        int intact = 0;
        int total = 0;
        List<String> wantTexts = new ArrayList<>(want.preambleTexts);
        wantTexts.addAll(want.operativeTexts);
        List<String> gotTexts = new ArrayList<>(got.preambleTexts);
        gotTexts.addAll(got.operativeTexts);
        if (wantTexts.size() == gotTexts.size()) {
            for (int i = 0; i < wantTexts.size(); i++) {
                total++;
                if (norm(wantTexts.get(i)).equals(norm(gotTexts.get(i)))) {
                    intact++;
                } else if (misses.size() < 12) {
                    misses.add("text " + (i + 1) + ": " + difference(norm(gotTexts.get(i)), norm(wantTexts.get(i))));
                }
            }
        } else {
            total = wantTexts.size();
        }
        return new CorpusComparison(exact, metaRight, metaTotal, intact, total, misses);
    }

    private static void check(List<String> misses, String what, Object want, Object got) {
        if (!Objects.equals(want, got)) {
            misses.add(what + " " + got + " want " + want);
        }
    }

    /** As the scorer normalises: quotes, dashes and spaces folded, case ignored, a final period dropped. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2011', '-').replace('\u2013', '-').replace('\u00a0', ' ')
                .replaceAll("[\u00AD\u200B-\u200F\u202A-\u202E\u2060\uFEFF]", "");
        t = t.replaceAll("\\s+", " ").strip();
        t = t.replaceAll("^[.]+|[.]+$", "");
        return t.toLowerCase(java.util.Locale.ROOT);
    }

    static String normField(String field, String value) {
        String v = norm(value);
        return switch (field) {
            case "agendaItem" -> v.replaceFirst("^agenda items?\\s*", "");
            case "committeeReport" -> v.replaceAll(",?\\s*para.*$", "").replace(" ", "");
            case "meeting" -> v.replaceAll("\\s*\\(resumed\\)", "");
            default -> v;
        };
    }

    /** Where two texts part: "…got…" want "…wanted…", around the first difference. */
    static String difference(String got, String want) {
        int i = 0;
        while (i < got.length() && i < want.length() && got.charAt(i) == want.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 25);
        return "\"…" + got.substring(from, Math.min(got.length(), i + 25)) + "…\" want \"…"
                + want.substring(from, Math.min(want.length(), i + 25)) + "…\"";
    }

}
