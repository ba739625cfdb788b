package org.plenary.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The structure of an Akoma Ntoso file as score.py's {@code akn_counts} counts it: preambular
 * containers (and their names), every paragraph under mainBody, points per paragraph and per point
 * ("8" and "8(a)", points nested in a point's list or in a sublist after it), distinct note
 * markers outside the attachments, and the attachments' children.
 */
record AknCounts(int preambular, int operative, int notes, Map<String, Integer> points, int annexes,
                 List<String> preambularNames) {

    static AknCounts of(Document document) {
        Element doc = ElementTree.children(document.getDocumentElement()).stream().findFirst().orElse(null);
        if (doc == null) {
            return new AknCounts(0, 0, 0, Map.of(), 0, List.of());
        }
        List<String> names = new ArrayList<>();
        Element preamble = ElementTree.find(doc, "preamble");
        if (preamble != null) {
            ElementTree.findAll(preamble, "container").forEach(c -> names.add(ElementTree.attribute(c, "name")));
        }
        int operative = 0;
        Map<String, Integer> points = new LinkedHashMap<>();
        Element mainBody = ElementTree.find(doc, "mainBody");
        if (mainBody != null) {
            List<Element> paragraphs = ElementTree.iter(mainBody, "paragraph");
            operative = paragraphs.size();
            paragraphs.forEach(p -> countPoints(p, points));
        }
        Element attachments = ElementTree.find(doc, "attachments");
        int annexes = attachments == null ? 0 : ElementTree.children(attachments).size();
        return new AknCounts(names.size(), operative, distinctNotes(doc), points, annexes, names);
    }

    /** A paragraph's points under its own number; a point's points under "number(point)". A repeated key keeps its place, takes the last count. */
    private static void countPoints(Element paragraph, Map<String, Integer> points) {
        String num = PythonText.strip(PythonText.rstripChars(PythonText.strip(ElementTree.findText(paragraph, "num")), "."));
        List<Element> pts = pointsOfLists(paragraph);
        if (!pts.isEmpty()) {
            points.put(num, pts.size());
        }
        Map<Element, List<Element>> sublists = sublistsAfterPoints(paragraph);
        for (Element point : pts) {
            List<Element> nested = pointsOfLists(point);
            if (nested.isEmpty()) {
                nested = sublists.getOrDefault(point, List.of());
            }
            if (!nested.isEmpty()) {
                String label = PythonText.stripChars(PythonText.strip(ElementTree.findText(point, "num")), "()");
                points.put(num + "(" + label + ")", nested.size());
            }
        }
    }

    /** {@code [pt for lst in el.findall(list) for pt in lst.findall(point)]}. */
    private static List<Element> pointsOfLists(Element element) {
        List<Element> points = new ArrayList<>();
        ElementTree.findAll(element, "list").forEach(list -> points.addAll(ElementTree.findAll(list, "point")));
        return points;
    }

    /** A sublist belongs to the point before it in its list; a later sublist after the same point replaces it. */
    private static Map<Element, List<Element>> sublistsAfterPoints(Element paragraph) {
        Map<Element, List<Element>> sublists = new HashMap<>();
        for (Element list : ElementTree.findAll(paragraph, "list")) {
            Element last = null;
            for (Element child : ElementTree.children(list)) {
                if (ElementTree.isAkn(child, "point")) {
                    last = child;
                } else if (ElementTree.isAkn(child, "sublist") && last != null) {
                    sublists.put(last, ElementTree.findAll(child, "point"));
                }
            }
        }
        return sublists;
    }

    /** {@code n.get('marker') or n.get('eId')} of every note outside the attachments; an empty marker falls back to the eId. */
    private static int distinctNotes(Element doc) {
        Set<String> markers = new HashSet<>();
        for (Element part : ElementTree.children(doc)) {
            if (ElementTree.isAkn(part, "attachments")) {
                continue;
            }
            for (Element note : ElementTree.iter(part, "authorialNote")) {
                String marker = ElementTree.attribute(note, "marker");
                markers.add(marker != null && !marker.isEmpty() ? marker : ElementTree.attribute(note, "eId"));
            }
        }
        return markers.size();
    }
}
