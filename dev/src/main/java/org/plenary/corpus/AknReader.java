package org.plenary.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.plenary.corpus.ReferenceDocument.Kind;
import org.plenary.corpus.ReferenceDocument.PrintBlock;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads an Akoma Ntoso resolution (the UN's or ours) into a {@link ReferenceDocument}. It counts
 * structure the way the project's scorer does, and reads through two known quirks of the UN's
 * markup: points printed as unnumbered paragraphs ("(a) …"), and recitals inside the operative
 * part as crossHeadings.
 */
public final class AknReader {
    private static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    /** A preambular opening: a participle ("Having further considered", "Convinced"). */
    private static final Pattern PARTICIPLE = Pattern.compile("\\p{Lu}\\p{Ll}+(?:ing|ed)\\b");
    private static final Pattern POINT_LABEL = Pattern.compile("^\\(([a-z]{1,2}|[ivxl]{1,6})\\)\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern GROUP_NUMBER = Pattern.compile("[IVXL]{1,6}\\.?|[A-H]\\.?");
    private static final Pattern SEPARATOR = Pattern.compile("(?:\\*\\s*){3}");
    private static final Pattern POINT_NUM = Pattern.compile("^\\(([a-z]{1,2}|[ivxl]{1,6})\\)$");
    private static final Pattern REPORT = Pattern.compile("\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)\\s*\\]?\\s*$");

    public ReferenceDocument read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(builder().parse(in));
        } catch (SAXException e) {
            throw new IOException(file + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    public ReferenceDocument read(Document document) {
        ReferenceDocument ref = new ReferenceDocument();
        Element doc = firstElement(document.getDocumentElement());
        if (doc == null) {
            return ref;
        }
        var languages = doc.getElementsByTagNameNS(AKN, "FRBRlanguage");
        if (languages.getLength() > 0) {
            ref.meta.put("language", ((Element) languages.item(0)).getAttribute("language"));
        }
        if (!"statement".equals(doc.getLocalName())) {
            ref.unusable = "a " + doc.getLocalName() + ", not a single resolution";
        } else if (children(doc, "mainBody").size() != 1 || children(doc, "preamble").size() > 1) {
            ref.unusable = "its own markup is broken (main body or preamble out of place)";
        }
        cover(ref, child(doc, "coverPage"));
        preface(ref, child(doc, "preface"));
        Element preamble = child(doc, "preamble");
        if (preamble != null) {
            Element formula = child(preamble, "formula");
            if (formula != null) {
                ref.blocks.add(new PrintBlock(Kind.FORMULA, "", text(formula, ref), 0));
            }
            for (Element container : children(preamble, "container")) {
                String text = text(container, ref);
                ref.preambleOpenings.add(container.getAttribute("name").strip());
                ref.preambleTexts.add(Marks.plain(text));
                ref.blocks.add(new PrintBlock(Kind.PREAMBULAR, "", text, 0));
            }
        }
        Element mainBody = child(doc, "mainBody");
        if (mainBody != null) {
            new BodyWalker(ref).walk(mainBody);
        }
        conclusions(ref, child(doc, "conclusions"));
        Element attachments = child(doc, "attachments");
        if (attachments != null) {
            for (Element attachment : children(attachments, null)) {
                ref.annexes++;
                annex(ref, attachment);
            }
        }
        ref.notes = ref.noteTexts.size();
        return ref;
    }

    private void cover(ReferenceDocument ref, Element cover) {
        if (cover == null) {
            return;
        }
        for (Element p : children(cover, "p")) {
            for (Element e : descendants(p)) {
                String value = Marks.plain(text(e, ref));
                switch (e.getLocalName()) {
                    case "docNumber" -> ref.meta.putIfAbsent("symbol", value);
                    case "docDate" -> {
                        ref.meta.putIfAbsent("distributionDate", e.getAttribute("date"));
                        ref.blocks.add(new PrintBlock(Kind.COVER, "date", value, 0));
                        continue;
                    }
                    case "session" -> ref.meta.putIfAbsent("session", value);
                    case "inline" -> {
                        if ("agenda item".equals(e.getAttribute("name"))) {
                            ref.meta.putIfAbsent("agendaItem", value.replaceFirst("(?i)^agenda items?\\s*", ""));
                        }
                    }
                    case "docTitle" -> {
                        ref.blocks.add(new PrintBlock(Kind.HEADING, "", value, 0));
                        continue;
                    }
                    case "docProponent" -> {
                        Matcher m = REPORT.matcher(value);
                        if (m.find()) {
                            ref.meta.putIfAbsent("committeeReport", m.group(1).strip());
                        }
                        ref.blocks.add(new PrintBlock(Kind.COMMITTEE, "", value, 0));
                        continue;
                    }
                    default -> {
                        if (!List.of("docAuthority", "docStatus").contains(e.getLocalName())) {
                            continue;
                        }
                    }
                }
                if (!(e.getLocalName().equals("inline") && !e.getAttribute("name").startsWith("agenda"))) {
                    ref.blocks.add(new PrintBlock(Kind.COVER, e.getLocalName(), value, 0));
                }
            }
        }
    }

    private void preface(ReferenceDocument ref, Element preface) {
        if (preface == null) {
            return;
        }
        Element number = first(preface, "docNumber");
        Element title = first(preface, "docTitle");
        String num = number == null ? "" : Marks.plain(text(number, ref)).replaceAll("\\.$", "").strip();
        String titleText = title == null ? "" : text(title, ref);
        if (!num.isEmpty()) {
            ref.meta.put("number", num);
        }
        if (!titleText.isBlank()) {
            ref.meta.put("title", Marks.plain(titleText));
        }
        if (!num.isEmpty() || !titleText.isBlank()) {
            ref.blocks.add(new PrintBlock(Kind.TITLE, num.isEmpty() ? "" : num + ".", titleText, 0));
        }
    }

    private void conclusions(ReferenceDocument ref, Element conclusions) {
        if (conclusions == null) {
            return;
        }
        for (Element e : descendants(conclusions)) {
            String name = e.getLocalName();
            if (name.equals("event") || (name.equals("inline") && e.getAttribute("name").equals("adoptionMeeting"))) {
                String meeting = Marks.plain(text(e, ref));
                ref.meta.put("meeting", meeting);
                ref.blocks.add(new PrintBlock(Kind.MEETING, "", meeting, 0));
            } else if (name.equals("docDate")) {
                ref.meta.put("adoptionDate", e.getAttribute("date"));
                ref.blocks.add(new PrintBlock(Kind.DATE, "", Marks.plain(text(e, ref)), 0));
            }
        }
    }

    private void annex(ReferenceDocument ref, Element attachment) {
        List<String> texts = new java.util.ArrayList<>();
        for (Element p : descendants(attachment)) {
            if (p.getLocalName().equals("p") && !hasAncestor(p, "authorialNote", attachment) && !hasAncestor(p, "meta", attachment)) {
                String text = Marks.plain(inline(p, null)).replaceAll("\\s+", " ").strip();
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            }
        }
        // The annex prints its own heading; add one only where the markup has none.
        if (texts.isEmpty() || !texts.get(0).matches("(?i)annex(\\s+\\S{1,6})?")) {
            ref.blocks.add(new PrintBlock(Kind.ANNEX, "heading", "Annex", 0));
        }
        for (int i = 0; i < texts.size(); i++) {
            boolean heading = i == 0 && texts.get(0).matches("(?i)annex(\\s+\\S{1,6})?");
            ref.blocks.add(new PrintBlock(Kind.ANNEX, heading ? "heading" : "", texts.get(i), 0));
        }
    }

    /** Walks the operative part in reading order, folding the UN's unnumbered "(a)" paragraphs into points. */
    private final class BodyWalker {
        private final ReferenceDocument ref;
        private String paragraphNum;
        private String letterPoint;
        private int operativeIndex = -1;
        private boolean hasPoints;
        /** The last paragraph was a group's number alone, so a title may follow. */
        private boolean afterGroupNumber;

        BodyWalker(ReferenceDocument ref) {
            this.ref = ref;
        }

        void walk(Element parent) {
            for (Element e : children(parent, null)) {
                switch (e.getLocalName()) {
                    case "paragraph" -> paragraph(e);
                    case "subheading", "heading", "num" -> {
                        if (e.getParentNode() != null && !"paragraph".equals(e.getParentNode().getLocalName())) {
                            ref.blocks.add(new PrintBlock(Kind.GROUP_HEADING, "", Marks.plain(text(e, ref)), 0));
                        }
                    }
                    case "crossHeading", "container" -> ref.blocks.add(new PrintBlock(Kind.RECITAL, "", text(e, ref), 0));
                    default -> walk(e);
                }
            }
        }

        private void paragraph(Element paragraph) {
            boolean wasGroupNumber = afterGroupNumber;
            afterGroupNumber = false;
            Element num = child(paragraph, "num");
            String printedNum = num == null ? "" : Marks.plain(text(num, ref)).strip();
            if (num != null && POINT_NUM.matcher(printedNum).matches()) {
                // A point the UN marked up as a numbered paragraph: read it as the point it is.
                num = null;
                printedNum = "";
            }
            Element list = child(paragraph, "list");
            if (num != null && list == null && GROUP_NUMBER.matcher(printedNum).matches()) {
                // A group's number marked up as a paragraph, alone ("II") or with the group's title as its content.
                Element content = child(paragraph, "content");
                String title = content == null ? "" : Marks.plain(text(content, ref)).strip();
                if (title.isEmpty() || headingLike(title)) {
                    ref.blocks.add(new PrintBlock(Kind.GROUP_HEADING, "", title.isEmpty() ? printedNum : printedNum + " " + title, 0));
                    afterGroupNumber = title.isEmpty();
                    return;
                }
            }
            if (num == null && list == null) {
                String text = text(paragraph, ref);
                Matcher point = POINT_LABEL.matcher(Marks.plain(text).strip());
                if (point.matches() && operativeIndex >= 0) {
                    String label = point.group(1);
                    boolean roman = label.matches("[ivxl]+") && !(letterPoint != null && label.length() == 1
                            && label.charAt(0) == letterPoint.charAt(0) + 1);
                    int depth = roman && letterPoint != null ? 2 : 1;
                    if (depth == 1) {
                        letterPoint = roman ? null : label;
                    }
                    addPoint(depth == 1 ? paragraphNum : paragraphNum + "(" + letterPoint + ")");
                    String body = text.strip().replaceFirst("^\\(" + Pattern.quote(label) + "\\)\\s*", "");
                    ref.blocks.add(new PrintBlock(Kind.POINT, "(" + label + ")", body, depth));
                    appendToOperative(Marks.plain(body));
                    return;
                }
                for (Element heading : children(paragraph, null)) {
                    if (List.of("heading", "subheading").contains(heading.getLocalName())) {
                        ref.blocks.add(new PrintBlock(Kind.GROUP_HEADING, "", Marks.plain(text(heading, ref)), 0));
                        return;
                    }
                }
                // The UN also marks up a group's number ("II"), the title under it, and a "* * *"
                // between parts as paragraphs: they head groups, they are not paragraphs.
                String plain = Marks.plain(text).strip();
                boolean title = wasGroupNumber && headingLike(plain);
                afterGroupNumber = GROUP_NUMBER.matcher(plain).matches();
                if (afterGroupNumber || title || SEPARATOR.matcher(plain).matches()) {
                    ref.blocks.add(new PrintBlock(Kind.GROUP_HEADING, "", plain, 0));
                    return;
                }
                if (operativeIndex >= 0 && hasPoints) {
                    ref.blocks.add(new PrintBlock(Kind.WRAP_UP, "", text, 0));
                    appendToOperative(Marks.plain(text));
                    return;
                }
            }
            if (num == null && list == null && operativeIndex < 0 && !ref.preambleTexts.isEmpty()) {
                // A recital the UN put into the main body: unnumbered, before paragraph 1, opening
                // with an italic participle and ending with its comma ("Having further considered …,").
                String opening = leadingItalic(paragraph);
                String plain = Marks.plain(text(paragraph, ref)).strip();
                if (opening != null && PARTICIPLE.matcher(opening).lookingAt() && plain.endsWith(",")) {
                    ref.preambleOpenings.add(opening);
                    ref.preambleTexts.add(plain);
                    ref.blocks.add(new PrintBlock(Kind.PREAMBULAR, "", text(paragraph, ref), 0));
                    return;
                }
            }
            // A paragraph without a number is an operative paragraph all the same ("Resolves that:").
            String label = printedNum;
            paragraphNum = label.replaceAll("[.)]$", "").replaceAll("^\\(", "");
            letterPoint = null;
            hasPoints = false;
            Element content = child(paragraph, "content");
            String own = content != null ? text(content, ref) : list == null ? text(paragraph, ref) : "";
            if (list != null && child(list, "intro") != null) {
                own = text(child(list, "intro"), ref);
            }
            ref.blocks.add(new PrintBlock(Kind.OPERATIVE, label, own, 0));
            ref.operativeTexts.add(Marks.plain(own));
            operativeIndex = ref.operativeTexts.size() - 1;
            if (list != null) {
                list(list, paragraphNum, 1);
            }
        }

        /** The text of the italic span a paragraph opens with, or null. */
        private String leadingItalic(Element paragraph) {
            for (Element e : descendants(paragraph)) {
                if ("span".equals(e.getLocalName()) && "italic".equals(e.getAttribute("class"))) {
                    String italic = e.getTextContent().replaceAll("\\s+", " ").strip();
                    String plain = Marks.plain(text(paragraph, null)).strip();
                    return !italic.isEmpty() && plain.startsWith(italic) ? italic : null;
                }
            }
            return null;
        }

        private void list(Element list, String key, int depth) {
            for (Element item : children(list, null)) {
                String name = item.getLocalName();
                if (name.equals("point")) {
                    Element num = child(item, "num");
                    String label = num == null ? "" : Marks.plain(text(num, ref)).strip();
                    addPoint(key);
                    Element content = child(item, "content");
                    Element sub = child(item, "list");
                    String text = content != null ? text(content, ref)
                            : sub != null && child(sub, "intro") != null ? text(child(sub, "intro"), ref) : "";
                    ref.blocks.add(new PrintBlock(Kind.POINT, label, text, depth));
                    appendToOperative(Marks.plain(text));
                    if (sub != null) {
                        list(sub, key + "(" + label.replaceAll("[()]", "") + ")", depth + 1);
                    }
                } else if (name.equals("sublist")) {
                    list(item, key + "(" + lastPointLabel(list, item) + ")", depth + 1);
                } else if (name.equals("wrapUp")) {
                    String text = text(item, ref);
                    ref.blocks.add(new PrintBlock(Kind.WRAP_UP, "", text, depth - 1));
                    appendToOperative(Marks.plain(text));
                }
            }
        }

        private String lastPointLabel(Element list, Element sublist) {
            String label = "";
            for (Element item : children(list, null)) {
                if (item == sublist) {
                    break;
                }
                if (item.getLocalName().equals("point") && child(item, "num") != null) {
                    label = Marks.plain(text(child(item, "num"), ref)).strip().replaceAll("[()]", "");
                }
            }
            return label;
        }

        private static boolean headingLike(String plain) {
            return plain.length() < 300 && !plain.isEmpty() && Character.isUpperCase(plain.charAt(0)) && !plain.matches("(?s).*[.,;:]$");
        }

        private void addPoint(String key) {
            hasPoints = true;
            ref.points.merge(key, 1, Integer::sum);
        }

        private void appendToOperative(String text) {
            if (operativeIndex >= 0) {
                ref.operativeTexts.set(operativeIndex, ref.operativeTexts.get(operativeIndex) + " " + text);
            }
        }
    }

    /** Text with note calls as marks; each note's text is recorded at its first call. */
    private String text(Element element, ReferenceDocument ref) {
        return inline(element, ref).replaceAll("\\s+", " ").strip();
    }

    private String inline(Node node, ReferenceDocument ref) {
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(child.getNodeValue());
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                Element e = (Element) child;
                switch (e.getLocalName()) {
                    case "authorialNote" -> {
                        String marker = e.getAttribute("marker").strip();
                        if (ref != null) {
                            ref.noteTexts.putIfAbsent(marker, inline(e, null).replaceAll("\\s+", " ").strip());
                            out.append(Marks.call(marker));
                        }
                    }
                    case "noteRef" -> {
                        if (ref != null) {
                            out.append(Marks.call(e.getAttribute("marker").strip()));
                        }
                    }
                    case "eol", "br" -> out.append(' ');
                    case "num" -> {
                        if (!"paragraph".equals(node.getLocalName()) && !"point".equals(node.getLocalName())) {
                            out.append(inline(e, ref)).append(' ');
                        }
                    }
                    case "p" -> out.append(' ').append(inline(e, ref)).append(' ');
                    default -> out.append(inline(e, ref));
                }
            }
        }
        return out.toString();
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element firstElement(Element parent) {
        List<Element> all = children(parent, null);
        return all.isEmpty() ? null : all.get(0);
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new java.util.ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && AKN.equals(e.getNamespaceURI()) && (name == null || name.equals(e.getLocalName()))) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element first(Element parent, String name) {
        var list = parent.getElementsByTagNameNS(AKN, name);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    private static List<Element> descendants(Element parent) {
        List<Element> out = new java.util.ArrayList<>();
        var all = parent.getElementsByTagNameNS(AKN, "*");
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    private static boolean hasAncestor(Node node, String name, Node stop) {
        for (Node n = node.getParentNode(); n != null && n != stop; n = n.getParentNode()) {
            if (name.equals(n.getLocalName())) {
                return true;
            }
        }
        return false;
    }
}
