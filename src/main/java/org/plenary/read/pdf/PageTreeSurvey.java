package org.plenary.read.pdf;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Counts the pages a document's page tree leads to, the way PDFBox's page iterator will find them,
 * and the kids that lead nowhere, without recursion: PDFBox walks the tree recursively, so a tree nested tens of thousands of levels
 * deep would overflow the stack during text extraction. The walk stops as soon as a limit is passed,
 * so a file that lies about its page count costs no more than the limit.
 */
final class PageTreeSurvey {
    /** Far deeper than any real page tree (a balanced one of a million pages is about ten deep). */
    static final int MAX_DEPTH = 256;

    private PageTreeSurvey() {
    }

    /**
     * @param pages      the number of pages found (at most {@code maxPages + 1})
     * @param unreadable kids that are missing, not dictionaries, or not pages, which PDFBox skips
     */
    record Result(int pages, int unreadable, boolean tooManyPages, boolean tooDeep) {
        /** Nothing to refuse the tree for (though it may still hold no page). */
        boolean isSound() {
            return unreadable == 0 && !tooManyPages && !tooDeep;
        }
    }

    private record Node(COSDictionary dictionary, int depth) {
    }

    static Result survey(COSDictionary root, int maxPages) {
        int pages = 0;
        int unreadable = 0;
        // A node met twice (a loop, or a kid shared by two parents) is skipped, as PDFBox does.
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(new Node(root, 1));
        seen.add(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node.depth() > MAX_DEPTH) {
                return new Result(pages, unreadable, false, true);
            }
            COSArray kids = node.dictionary().getCOSArray(COSName.KIDS);
            if (kids == null) {
                continue;
            }
            for (int i = 0; i < kids.size(); i++) {
                COSBase kid = kids.getObject(i);
                if (!(kid instanceof COSDictionary)) {
                    unreadable++;
                } else if (isTreeNode((COSDictionary) kid)) {
                    if (seen.add((COSDictionary) kid)) {
                        pending.push(new Node((COSDictionary) kid, node.depth() + 1));
                    }
                } else if (COSName.PAGE.equals(((COSDictionary) kid).getCOSName(COSName.TYPE))) {
                    if (++pages > maxPages) {
                        return new Result(pages, unreadable, true, false);
                    }
                } else {
                    unreadable++;
                }
            }
        }
        return new Result(pages, unreadable, false, false);
    }

    /** PDFBox's rule: a node with kids, or typed as Pages, is an inner node of the tree. */
    private static boolean isTreeNode(COSDictionary node) {
        return COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) || node.containsKey(COSName.KIDS);
    }
}
