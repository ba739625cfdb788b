package org.plenary.parse.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A multiset of lower-cased words, filled from one text and emptied by others. A word is a run of
 * letters of the text as a reader sees it (note calls are not text). Words are looked up straight
 * from the text, without a string per occurrence, because coverage counts every word of a
 * document three times.
 */
public final class WordBag {
    /** Each slot's word, lower-cased, as chars: compared with the word being read without a string. */
    private char[][] words = new char[1024][];
    private int[] counts = new int[1024];
    private int distinct;
    private long total;
    /** The word being read, lower-cased. */
    private char[] word = new char[32];
    private int length;

    /** Adds every word of the text. */
    public void addAll(CharSequence text) {
        scan(text, true);
    }

    /** Removes the text's words that the bag still holds; returns how many it removed. */
    public long takeAll(CharSequence text) {
        return scan(text, false);
    }

    /** How many words the bag holds, counting repeats. */
    public long size() {
        return total;
    }

    /** The words left, each as many times as it is left, in alphabetical order. */
    public List<String> remaining() {
        List<String> left = new ArrayList<>();
        for (int slot = 0; slot < words.length; slot++) {
            for (int i = 0; i < counts[slot]; i++) {
                left.add(new String(words[slot]));
            }
        }
        Collections.sort(left);
        return left;
    }

    private long scan(CharSequence text, boolean adding) {
        // The text's chars copied once: read one by one through the CharSequence, each is a call
        // and, in most resolutions' text (not Latin-1: curly quotes, dashes), a bounds check more.
        char[] chars = text.toString().toCharArray();
        long changed = 0;
        int n = chars.length;
        int hash = 0;
        length = 0;
        for (int i = 0; i <= n; ) {
            int c = i < n ? chars[i] : ' ';
            if (c < 0x80) { // most text: ASCII letters lower-cased by a bit, everything else ends a word
                i++;
                int lower = c | 0x20;
                if (lower >= 'a' && lower <= 'z') {
                    hash = 31 * hash + lower;
                    append((char) lower);
                } else if (length > 0) {
                    changed += adding ? add(hash) : take(hash);
                    length = 0;
                    hash = 0;
                }
                continue;
            }
            c = Character.codePointAt(chars, i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                int lower = Character.toLowerCase(c);
                if (Character.isBmpCodePoint(lower)) {
                    hash = 31 * hash + lower; // the hash String.hashCode gives the word
                    append((char) lower);
                } else {
                    hash = 31 * (31 * hash + Character.highSurrogate(lower)) + Character.lowSurrogate(lower);
                    append(Character.highSurrogate(lower));
                    append(Character.lowSurrogate(lower));
                }
            } else if (length > 0) {
                changed += adding ? add(hash) : take(hash);
                length = 0;
                hash = 0;
            }
        }
        return changed;
    }

    private void append(char c) {
        if (length == word.length) {
            word = java.util.Arrays.copyOf(word, length * 2);
        }
        word[length++] = c;
    }

    private int add(int hash) {
        int slot = slot(hash);
        if (words[slot] == null) {
            words[slot] = java.util.Arrays.copyOf(word, length);
            if (++distinct * 2 > words.length) {
                grow();
            }
        }
        counts[slot(hash)]++;
        total++;
        return 1;
    }

    private int take(int hash) {
        int slot = slot(hash);
        if (counts[slot] == 0) {
            return 0; // not in the bag, or all of it taken already
        }
        counts[slot]--;
        total--;
        return 1;
    }

    /** The slot holding the current word, or the empty slot where it would go (linear probing). */
    private int slot(int hash) {
        int mask = words.length - 1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (words[slot] != null && !isCurrentWord(words[slot])) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private boolean isCurrentWord(char[] candidate) {
        if (candidate.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (candidate[i] != word[i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        char[][] oldWords = words;
        int[] oldCounts = counts;
        words = new char[oldWords.length * 2][];
        counts = new int[oldWords.length * 2];
        for (int i = 0; i < oldWords.length; i++) {
            if (oldWords[i] != null) {
                int hash = hashOf(oldWords[i]);
                int mask = words.length - 1;
                int slot = (hash ^ (hash >>> 16)) & mask;
                while (words[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                words[slot] = oldWords[i];
                counts[slot] = oldCounts[i];
            }
        }
    }

    /** The hash String.hashCode gives the word, as the scan computes it. */
    private static int hashOf(char[] letters) {
        int hash = 0;
        for (char c : letters) {
            hash = 31 * hash + c;
        }
        return hash;
    }
}
