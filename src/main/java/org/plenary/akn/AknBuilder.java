package org.plenary.akn;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import org.plenary.akn.model.AkomaNtoso;
import org.plenary.akn.model.AnnexBodyType;
import org.plenary.akn.model.ContentType;
import org.plenary.akn.model.Attachment;
import org.plenary.akn.model.Attachments;
import org.plenary.akn.model.Doc;
import org.plenary.akn.model.BlocksType;
import org.plenary.akn.model.Container;
import org.plenary.akn.model.CrossHeading;
import org.plenary.akn.model.Section;
import org.plenary.akn.model.DocDate;
import org.plenary.akn.model.Eol;
import org.plenary.akn.model.Event;
import org.plenary.akn.model.FRBRExpression;
import org.plenary.akn.model.FRBRManifestation;
import org.plenary.akn.model.FRBRWork;
import org.plenary.akn.model.FRBRauthor;
import org.plenary.akn.model.FRBRdate;
import org.plenary.akn.model.FRBRlanguage;
import org.plenary.akn.model.Formula;
import org.plenary.akn.model.Identification;
import org.plenary.akn.model.Inline;
import org.plenary.akn.model.InlineType;
import org.plenary.akn.model.MainBody;
import org.plenary.akn.model.Meta;
import org.plenary.akn.model.NumberedUnitType;
import org.plenary.akn.model.ObjectFactory;
import org.plenary.akn.model.PointList;
import org.plenary.akn.model.Preamble;
import org.plenary.akn.model.Proprietary;
import org.plenary.akn.model.ReferenceType;
import org.plenary.akn.model.References;
import org.plenary.akn.model.Session;
import org.plenary.akn.model.Statement;
import org.plenary.akn.model.StatementName;
import org.plenary.akn.model.ValueType;
import org.plenary.akn.model.report.Conversion;
import org.plenary.parse.Resolution;
import org.plenary.parse.Resolution.Numbered;
import org.plenary.parse.Resolution.Preambular;
import org.plenary.parse.Resolution.PrintedDate;
import org.plenary.pipeline.Warning;
import org.plenary.source.StyledText;

/** Builds the Akoma Ntoso document (AKN4UN markup) from a parsed resolution. */
public final class AknBuilder {
    private static final ObjectFactory AKN = new ObjectFactory();
    private static final DatatypeFactory DATES = datatypeFactory();
    private static final java.util.regex.Pattern BARE_GROUP_NUMBER = java.util.regex.Pattern.compile("[IVXLC]{1,6}\\.?|[A-Z]\\.?");

    /** What the conversion itself records in meta/proprietary. */
    public record Provenance(String sourceName, String form, String charset, long words, long wordsKept,
                             long wordsFurniture, List<Warning> warnings) {
    }

    public AkomaNtoso build(Resolution resolution, FrbrIdentity frbr, Provenance provenance) {
        InlineContent inline = new InlineContent(resolution.notes());
        Statement statement = new Statement();
        statement.setName(resolution.kind() == Resolution.Kind.DRAFT_RESOLUTION
                ? StatementName.DRAFT_RESOLUTION : StatementName.RESOLUTION);
        statement.setMeta(meta(resolution, frbr, provenance));
        statement.setCoverPage(coverPage(resolution));
        statement.setPreface(preface(resolution, inline));
        statement.setPreamble(preamble(resolution, inline));
        statement.setMainBody(mainBody(resolution, inline));
        statement.setConclusions(conclusions(resolution));
        statement.setAttachments(attachments(resolution, frbr, inline));
        AkomaNtoso akn = new AkomaNtoso();
        akn.setStatement(statement);
        return akn;
    }

    private static Meta meta(Resolution resolution, FrbrIdentity frbr, Provenance provenance) {
        Identification identification = identification(frbr, "main", resolution.number(),
                resolution.symbol() != null ? resolution.symbol()
                        : resolution.kind() == Resolution.Kind.DRAFT_RESOLUTION ? "draft resolution" : "resolution");

        References references = new References();
        references.setSource("#plenary");
        List<jakarta.xml.bind.JAXBElement<ReferenceType>> tlcs = references.getTLCOrganizationOrTLCEventOrTLCConcept();
        tlcs.add(AKN.createTLCOrganization(reference(frbr.author(), "/akn/ontology/organizations/un/" + frbr.author(), resolution.organ())));
        tlcs.add(AKN.createTLCOrganization(reference("plenary", "/akn/ontology/organizations/plenary", "Plenary converter")));
        tlcs.add(AKN.createTLCConcept(reference("author", "/akn/ontology/roles/author", "Author")));
        tlcs.add(AKN.createTLCConcept(reference("editor", "/akn/ontology/roles/editor", "Editor")));
        if (resolution.meeting() != null) {
            tlcs.add(AKN.createTLCEvent(reference("adoptionMeeting", "/akn/ontology/events/un/" + frbr.author()
                    + "/" + resolution.meeting().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), resolution.meeting())));
        }

        Conversion conversion = new Conversion();
        conversion.setSourceName(provenance.sourceName());
        conversion.setForm(provenance.form());
        conversion.setCharset(provenance.charset());
        conversion.setWords(BigInteger.valueOf(provenance.words()));
        conversion.setWordsKept(BigInteger.valueOf(provenance.wordsKept()));
        conversion.setWordsFurniture(BigInteger.valueOf(provenance.wordsFurniture()));
        for (Warning warning : provenance.warnings()) {
            org.plenary.akn.model.report.Warning w = new org.plenary.akn.model.report.Warning();
            w.setCode(warning.code());
            if (warning.line() > 0) {
                w.setLine(BigInteger.valueOf(warning.line()));
            }
            w.setValue(warning.message());
            conversion.getWarning().add(w);
        }
        Proprietary proprietary = new Proprietary();
        proprietary.setSource("#plenary");
        proprietary.setConversion(conversion);

        Meta meta = new Meta();
        meta.setIdentification(identification);
        meta.setReferences(references);
        meta.setProprietary(proprietary);
        return meta;
    }

    /**
     * FRBR identification of the document ("main") or of one of its components ("annex_1"): the
     * component names the this-IRIs; the work, expression and manifestation IRIs are shared.
     */
    private static Identification identification(FrbrIdentity frbr, String component, String number, String name) {
        FRBRWork work = new FRBRWork();
        work.setFRBRthis(value(frbr.workUri() + "!" + component));
        work.setFRBRuri(value(frbr.workUri()));
        work.setFRBRdate(date(frbr.workDate(), frbr.workDateName()));
        work.setFRBRauthor(author("#" + frbr.author(), "#author"));
        work.setFRBRcountry(value("un"));
        if (number != null) {
            work.setFRBRnumber(value(number));
        }
        work.setFRBRname(value(name));

        FRBRExpression expression = new FRBRExpression();
        expression.setFRBRthis(value(frbr.expressionUri() + "!" + component));
        expression.setFRBRuri(value(frbr.expressionUri()));
        expression.setFRBRdate(date(frbr.expressionDate(), "publication"));
        expression.setFRBRauthor(author("#" + frbr.author(), "#author"));
        FRBRlanguage language = new FRBRlanguage();
        language.setLanguage("eng");
        expression.setFRBRlanguage(language);

        FRBRManifestation manifestation = new FRBRManifestation();
        manifestation.setFRBRthis(value(frbr.expressionUri() + "!" + component + ".xml"));
        manifestation.setFRBRuri(value(frbr.manifestationUri()));
        manifestation.setFRBRdate(date(frbr.expressionDate(), "markup"));
        manifestation.setFRBRauthor(author("#plenary", "#editor"));
        manifestation.setFRBRformat(value("application/akn+xml"));

        Identification identification = new Identification();
        identification.setSource("#plenary");
        identification.setFRBRWork(work);
        identification.setFRBRExpression(expression);
        identification.setFRBRManifestation(manifestation);
        return identification;
    }

    private static BlocksType coverPage(Resolution resolution) {
        BlocksType cover = new BlocksType();
        if (resolution.symbol() != null && resolution.symbolPrinted()) {
            cover.getP().add(p(AKN.createDocNumber(text(resolution.symbol()))));
        }
        if (resolution.distributionDate() != null) {
            cover.getP().add(p(docDate(resolution.distributionDate(), "#distributionDate")));
        }
        if (resolution.session() != null) {
            Session session = new Session();
            session.getContent().add(resolution.session());
            cover.getP().add(p(session));
        }
        if (resolution.agendaItem() != null) {
            Inline agenda = new Inline();
            agenda.setName("agenda item");
            agenda.getContent().add("Agenda item " + resolution.agendaItem());
            cover.getP().add(p(agenda));
        }
        if (resolution.heading() != null) {
            cover.getP().add(p(AKN.createDocTitle(text(resolution.heading()))));
        }
        if (resolution.committeeLine() != null) {
            cover.getP().add(p(AKN.createDocProponent(text(resolution.committeeLine()))));
        }
        if (resolution.sponsors() != null) {
            InlineType sponsors = text(resolution.sponsors());
            sponsors.setRefersTo("#sponsors");
            cover.getP().add(p(AKN.createDocProponent(sponsors)));
        }
        return cover.getP().isEmpty() ? null : cover;
    }

    private static BlocksType preface(Resolution resolution, InlineContent inline) {
        if (resolution.number() == null && resolution.title() == null) {
            return null;
        }
        InlineType p = new InlineType();
        if (resolution.number() != null) {
            p.getContent().add(AKN.createDocNumber(text(resolution.number() + ".")));
        }
        if (resolution.title() != null) {
            if (resolution.number() != null) {
                p.getContent().add(" ");
            }
            InlineType title = inline.paragraph(resolution.title().content());
            p.getContent().add(AKN.createDocTitle(title));
        }
        BlocksType preface = new BlocksType();
        preface.getP().add(p);
        return preface;
    }

    private static Preamble preamble(Resolution resolution, InlineContent inline) {
        Preamble preamble = new Preamble();
        if (resolution.formula() != null) {
            Formula formula = new Formula();
            formula.setName("enactingFormula");
            formula.setEId("preamble__formula_1");
            formula.getP().add(inline.paragraph(italicFormula(resolution.formula().content())));
            preamble.setFormula(formula);
        }
        int n = 0;
        for (Preambular paragraph : resolution.preamble()) {
            Container container = new Container();
            container.setName(paragraph.opening());
            container.setEId(EidNaming.child("preamble", EidNaming.step("container", String.valueOf(++n))));
            container.getP().add(inline.paragraph(italicOpening(paragraph.content(), paragraph.opening())));
            preamble.getContainer().add(container);
        }
        return preamble;
    }

    private static MainBody mainBody(Resolution resolution, InlineContent inline) {
        MainBody body = new MainBody();
        UniqueEids used = new UniqueEids();
        Section section = null;
        Resolution.Group current = null;
        int unnumberedGroups = 0;
        int unnumbered = 0;
        for (Numbered paragraph : resolution.operative()) {
            if (paragraph.group() != current) {
                current = paragraph.group();
                section = null;
                if (current != null) {
                    String number = current.num() != null ? current.num() : "u" + (++unnumberedGroups);
                    section = section(current, used.take(EidNaming.step("sec", number)), inline);
                    body.getParagraphOrSection().add(section);
                }
            }
            String prefix = section != null ? section.getEId() : null;
            String number = paragraph.num() != null ? paragraph.num() : "u" + (++unnumbered);
            String eId = used.take(EidNaming.child(prefix, EidNaming.step("para", number)));
            // The choice lists are bound by element name to their types, so paragraphs go in unwrapped.
            NumberedUnitType element = numbered(paragraph, eId, paragraph.num() != null ? paragraph.num() + "." : null, inline, used);
            (section != null ? section.getCrossHeadingOrParagraph() : body.getParagraphOrSection()).add(element);
        }
        return body;
    }

    /**
     * A group as a section: its heading lines first, each a paragraph with the number as printed
     * and the title as a subheading (as the UN marks them up), then its recitals.
     */
    private static Section section(Resolution.Group group, String eId, InlineContent inline) {
        Section section = new Section();
        section.setEId(eId);
        int line = 0;
        for (Resolution.HeadingLine heading : group.lines()) {
            NumberedUnitType paragraph = new NumberedUnitType();
            paragraph.setEId(EidNaming.child(eId, EidNaming.step("para", "h" + (++line))));
            // A bare number ("II.") is the line's num; "Part II" is read as words, as printed.
            boolean bareNumber = heading.num() != null && BARE_GROUP_NUMBER.matcher(heading.num()).matches();
            if (bareNumber) {
                paragraph.setNum(text(heading.num()));
            }
            StyledText title = heading.title() == null ? null : heading.title().content();
            if (heading.num() != null && !bareNumber) {
                title = title == null ? StyledText.of(heading.num())
                        : StyledText.builder().append(heading.num() + " ").append(title).build();
            }
            if (title != null) {
                paragraph.setSubheading(inline.paragraph(title));
            }
            section.getCrossHeadingOrParagraph().add(paragraph);
        }
        int n = 0;
        for (Preambular recital : group.recitals()) {
            CrossHeading crossHeading = new CrossHeading();
            crossHeading.setEId(EidNaming.child(eId, EidNaming.step("crossHeading", String.valueOf(++n))));
            crossHeading.setRefersTo("#recital");
            crossHeading.getContent().addAll(inline.paragraph(italicOpening(recital.content(), recital.opening())).getContent());
            section.getCrossHeadingOrParagraph().add(crossHeading);
        }
        return section;
    }

    private static NumberedUnitType numbered(Numbered unit, String eId, String printedNum, InlineContent inline,
                                             UniqueEids used) {
        NumberedUnitType element = new NumberedUnitType();
        element.setEId(eId);
        if (printedNum != null) {
            element.setNum(text(printedNum));
        }
        StyledText text = unit.opening() != null ? italicOpening(unit.content(), unit.opening()) : unit.content();
        if (unit.points().isEmpty()) {
            ContentType content = new ContentType();
            content.setEId(EidNaming.child(eId, "content"));
            content.getP().add(inline.paragraph(text));
            tables(unit, eId, content, inline, used);
            element.setContent(content);
            return element;
        }
        String listId = EidNaming.child(eId, EidNaming.step("list", "1"));
        PointList list = new PointList();
        list.setEId(listId);
        if (!text.text().isBlank() || !text.calls().isEmpty() || !unit.tables().isEmpty()) {
            ContentType intro = new ContentType();
            intro.setEId(EidNaming.child(listId, "intro"));
            intro.getP().add(inline.paragraph(text));
            // A table printed before the points stands in the text that introduces them.
            tables(unit, eId, intro, inline, used);
            list.setIntro(intro);
        }
        for (Numbered point : unit.points()) {
            // A label printed twice ("(b)", "(b)") still needs two eIds.
            list.getPoint().add(numbered(point, used.take(EidNaming.child(listId, EidNaming.step("point", point.num()))),
                    point.label() != null ? point.label() : "(" + point.num() + ")", inline, used));
        }
        if (unit.wrapUp() != null) {
            BlocksType wrapUp = new BlocksType();
            wrapUp.setEId(EidNaming.child(listId, "wrapup"));
            wrapUp.getP().add(inline.paragraph(unit.wrapUp().content()));
            list.setWrapUp(wrapUp);
        }
        element.setList(list);
        return element;
    }

    private static void tables(Numbered unit, String eId, ContentType content, InlineContent inline, UniqueEids used) {
        int n = 0;
        for (Resolution.PrintedTable printed : unit.tables()) {
            content.getTable().add(TableElements.of(printed.table(), used.take(EidNaming.child(eId, EidNaming.step("table", String.valueOf(++n)))), inline));
        }
    }

    /** Each annex as an attachment: a doc named "annex" with its own identification, its paragraphs and tables. */
    private static Attachments attachments(Resolution resolution, FrbrIdentity frbr, InlineContent inline) {
        if (resolution.annexes().isEmpty()) {
            return null;
        }
        Attachments attachments = new Attachments();
        int n = 0;
        for (Resolution.Annex annex : resolution.annexes()) {
            n++;
            String attachmentId = EidNaming.step("att", String.valueOf(n));
            Identification identification = identification(frbr, "annex_" + n, null, annex.heading().plain());
            Meta meta = new Meta();
            meta.setIdentification(identification);

            AnnexBodyType body = new AnnexBodyType();
            InlineType heading = inline.paragraph(annex.heading().content());
            heading.setClazz("heading");
            body.getPOrTable().add(heading);
            int tables = 0;
            for (Resolution.TextUnit paragraph : annex.paragraphs()) {
                body.getPOrTable().add(paragraph instanceof Resolution.PrintedTable printed
                        ? TableElements.of(printed.table(), EidNaming.child(attachmentId, EidNaming.step("table", String.valueOf(++tables))), inline)
                        : inline.paragraph(paragraph.content()));
            }
            Doc doc = new Doc();
            doc.setName("annex");
            doc.setMeta(meta);
            doc.setMainBody(body);
            Attachment attachment = new Attachment();
            attachment.setEId(attachmentId);
            attachment.setDoc(doc);
            attachments.getAttachment().add(attachment);
        }
        return attachments;
    }

    private static BlocksType conclusions(Resolution resolution) {
        if (resolution.meeting() == null && resolution.adoptionDate() == null) {
            return null;
        }
        InlineType p = new InlineType();
        if (resolution.meeting() != null) {
            Event event = new Event();
            event.setRefersTo("#adoptionMeeting");
            event.getContent().add(resolution.meeting());
            p.getContent().add(event);
        }
        if (resolution.adoptionDate() != null) {
            if (resolution.meeting() != null) {
                p.getContent().add(new Eol());
            }
            p.getContent().add(docDate(resolution.adoptionDate(), "#adoptionDate"));
        }
        BlocksType conclusions = new BlocksType();
        conclusions.getP().add(p);
        return conclusions;
    }

    /** The opening phrase in italics, as printed, unless the source already set it so. */
    static StyledText italicOpening(StyledText text, String opening) {
        if (text.opensItalic() || opening == null || !text.text().startsWith(opening)) {
            return text;
        }
        return text.withStyle(0, opening.length(), StyledText.ITALIC);
    }

    /** "The General Assembly" in italics, its comma upright, unless the source already set it so. */
    private static StyledText italicFormula(StyledText text) {
        if (text.hasAny(StyledText.ITALIC)) {
            return text;
        }
        String plain = text.text();
        int comma = plain.lastIndexOf(',');
        int words = comma > 0 && plain.substring(comma + 1).isBlank() ? comma : plain.length();
        return text.withStyle(0, words, StyledText.ITALIC);
    }

    private static InlineType p(Object child) {
        InlineType p = new InlineType();
        p.getContent().add(child);
        return p;
    }

    private static InlineType text(String value) {
        InlineType inline = new InlineType();
        inline.getContent().add(value);
        return inline;
    }

    private static DocDate docDate(PrintedDate date, String refersTo) {
        DocDate docDate = new DocDate();
        docDate.setDate(calendar(date.date()));
        docDate.setRefersTo(refersTo);
        docDate.getContent().add(date.printed());
        return docDate;
    }

    private static ValueType value(String value) {
        ValueType v = new ValueType();
        v.setValue(value);
        return v;
    }

    private static FRBRdate date(LocalDate date, String name) {
        FRBRdate d = new FRBRdate();
        d.setDate(calendar(date));
        d.setName(name);
        return d;
    }

    private static FRBRauthor author(String href, String as) {
        FRBRauthor a = new FRBRauthor();
        a.setHref(href);
        a.setAs(as);
        return a;
    }

    private static ReferenceType reference(String eId, String href, String showAs) {
        ReferenceType r = new ReferenceType();
        r.setEId(eId);
        r.setHref(href);
        r.setShowAs(showAs);
        return r;
    }

    private static XMLGregorianCalendar calendar(LocalDate date) {
        return DATES.newXMLGregorianCalendar(date.toString());
    }

    private static DatatypeFactory datatypeFactory() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
