package org.plenary.akn;

import java.time.LocalDate;
import java.util.Locale;

import org.plenary.parse.Resolution;

/**
 * The document's FRBR identity in AKN4UN form, e.g. work
 * /akn/un/statement/deliberation/unga/1999-12-22/54-212/ and expression …/eng@/. Dates are never
 * invented: when the adoption date is unknown the best known date is used and {@link #dateNote}
 * says which.
 */
public record FrbrIdentity(String author, LocalDate workDate, String workDateName, LocalDate expressionDate,
                           String number, String dateNote) {

    public static FrbrIdentity of(Resolution resolution) {
        String author = switch (resolution.organ()) {
            case "Security Council" -> "unsc";
            case "Economic and Social Council" -> "ecosoc";
            default -> "unga";
        };
        LocalDate work;
        String workName;
        String note = null;
        if (resolution.adoptionDate() != null) {
            work = resolution.adoptionDate().date();
            workName = "adoption";
        } else if (resolution.distributionDate() != null) {
            work = resolution.distributionDate().date();
            workName = "distribution";
            note = "The adoption date is unknown; the FRBR work date is the distribution date " + work + ".";
        } else if (sessionNumber(resolution) > 0) {
            work = LocalDate.of(1945 + sessionNumber(resolution), 1, 1);
            workName = "sessionYear";
            note = "No date was found; the FRBR work date " + work + " stands for the year in which session "
                    + sessionNumber(resolution) + " opened, not a real date.";
        } else {
            work = LocalDate.of(1, 1, 1);
            workName = "unknown";
            note = "No date was found; the FRBR work date is 0001-01-01, meaning unknown.";
        }
        LocalDate expression = resolution.distributionDate() != null ? resolution.distributionDate().date() : work;
        return new FrbrIdentity(author, work, workName, expression, workNumber(resolution), note);
    }

    public String workUri() {
        return "/akn/un/statement/deliberation/" + author + "/" + workDate + "/" + number + "/";
    }

    public String expressionUri() {
        return workUri() + "eng@/";
    }

    public String manifestationUri() {
        return workUri() + "eng@.xml";
    }

    /** "54/212" → "54-212", "1514 (XV)" → "1514-xv"; a draft is named by its symbol. */
    private static String workNumber(Resolution resolution) {
        String source = resolution.number() != null ? resolution.number()
                : resolution.symbol() != null ? resolution.symbol() : "unnumbered";
        return source.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The session from "54/212" or a symbol such as "A/C.2/58/L.37"; 0 when unknown. */
    static int sessionNumber(Resolution resolution) {
        String source = resolution.number() != null ? resolution.number() : resolution.symbol();
        if (source == null) {
            return 0;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:^|/)(\\d{1,2})/").matcher(source);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
