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
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Finds references from the pages' content and resources to objects the file does not hold.
 *
 * <p>A file cut short keeps its first pages but loses what its writer put last, which for Word's
 * PDFs is the fonts' widths and character maps: PDFBox then reads the text with guessed spacing and
 * wrong characters, and says nothing. The PDF standard reads a reference to a missing object as
 * null, so only in a file that has lost its end does such a reference mean damage. The walk uses
 * no recursion and visits each object once.
 */
final class DanglingReferences {
    /** What text extraction reads of a page. */
    private static final COSName[] USED_BY_TEXT = {COSName.CONTENTS, COSName.RESOURCES};

    private DanglingReferences() {
    }

    /** Whether some page's content or resources refer to an object the file does not hold. */
    static boolean onPages(PDDocument document) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>();
        for (PDPage page : document.getPages()) {
            for (COSName used : USED_BY_TEXT) {
                COSBase item = page.getCOSObject().getItem(used);
                if (item != null) {
                    pending.push(item);
                }
            }
            while (!pending.isEmpty()) {
                COSBase item = pending.pop();
                if (item instanceof COSObject) {
                    item = ((COSObject) item).getObject();
                    if (item == null || item instanceof COSNull) {
                        return true;
                    }
                }
                if (!seen.add(item)) {
                    continue;
                }
                if (item instanceof COSDictionary) {
                    for (var entry : ((COSDictionary) item).entrySet()) {
                        // Up the tree is not into the page: a parent is reached from its own pages.
                        if (!COSName.PARENT.equals(entry.getKey())) {
                            pending.push(entry.getValue());
                        }
                    }
                } else if (item instanceof COSArray) {
                    for (COSBase element : (COSArray) item) {
                        pending.push(element);
                    }
                }
            }
        }
        return false;
    }
}
