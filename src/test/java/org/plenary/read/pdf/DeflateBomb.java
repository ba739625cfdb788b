package org.plenary.read.pdf;

import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * Builds a valid zlib stream (what /FlateDecode reads) of some bytes followed by megabytes of
 * zeros, in milliseconds: a megabyte of zeros is deflated once after a full flush, which resets
 * the compressor, so that block can be repeated as often as wanted. About 1 KB per megabyte.
 */
final class DeflateBomb {
    private static final int MEGABYTE = 1024 * 1024;

    private DeflateBomb() {
    }

    static byte[] zeros(long megabytes) {
        return after(new byte[0], megabytes);
    }

    static byte[] after(byte[] prefix, long megabytesOfZeros) {
        byte[] zeros = new byte[MEGABYTE];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        deflater.setInput(prefix);
        flush(deflater, out);
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        deflater.setInput(zeros);
        flush(deflater, block);
        deflater.end();
        byte[] megabyteOfZeros = block.toByteArray();
        Adler32 checksum = new Adler32();
        checksum.update(prefix);
        for (long i = 0; i < megabytesOfZeros; i++) {
            out.writeBytes(megabyteOfZeros);
            checksum.update(zeros);
        }
        // The last block: final, fixed codes, empty (byte-aligned after the full flush).
        out.write(0x03);
        out.write(0x00);
        long adler = checksum.getValue();
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (adler >>> shift) & 0xFF);
        }
        return out.toByteArray();
    }

    private static void flush(Deflater deflater, ByteArrayOutputStream out) {
        byte[] buffer = new byte[64 * 1024];
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, written);
        } while (written == buffer.length || !deflater.needsInput());
    }
}
