package org.plenary.read.text;

/**
 * A set of lower-case words that can answer "certainly not" from a word's hash alone, before the
 * word is made into a string: a bit for each word's {@link String#hashCode}, so a word whose bit
 * is clear was never added, and one whose bit is set may have been (one probe of a Bloom filter).
 * The split-word repair asks it of every pair of neighbouring words, and nearly every answer is no.
 */
final class WordSieve {
    /** 2^18 bits, 32 KB: some 11,000 words (the word list and a document's own) set 4% of them. */
    private static final int LOG2_BITS = 18;

    private final long[] bits;

    WordSieve() {
        this(new long[1 << (LOG2_BITS - 6)]);
    }

    private WordSieve(long[] bits) {
        this.bits = bits;
    }

    /** A sieve holding this one's words, to which more may be added without changing this one. */
    WordSieve copy() {
        return new WordSieve(bits.clone());
    }

    void add(String word) {
        int slot = slot(word.hashCode());
        bits[slot >>> 6] |= 1L << slot;
    }

    /** Whether a word with this {@link String#hashCode} may have been added; false is certain. */
    boolean mayHold(int hash) {
        int slot = slot(hash);
        return (bits[slot >>> 6] & 1L << slot) != 0;
    }

    private static int slot(int hash) {
        // String hashes of short words differ mostly in their low bits: mixed before the top bits are taken.
        return (hash * 0x9E3779B9) >>> (32 - LOG2_BITS);
    }

    /**
     * The {@link String#hashCode} of {@code text}'s two ranges joined and put in lower case, or -1
     * when they hold a character other than an ASCII letter (whose lower case only
     * {@link String#toLowerCase} knows, so the sieve cannot be asked).
     */
    static long asciiLowerHash(String text, int start, int end, int secondStart, int secondEnd) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            int c = lowerAsciiLetter(text.charAt(i));
            if (c < 0) {
                return -1;
            }
            hash = 31 * hash + c;
        }
        for (int i = secondStart; i < secondEnd; i++) {
            int c = lowerAsciiLetter(text.charAt(i));
            if (c < 0) {
                return -1;
            }
            hash = 31 * hash + c;
        }
        return hash & 0xFFFF_FFFFL;
    }

    private static int lowerAsciiLetter(char c) {
        if (c >= 'a' && c <= 'z') {
            return c;
        }
        if (c >= 'A' && c <= 'Z') {
            return c + ('a' - 'A');
        }
        return -1;
    }
}
