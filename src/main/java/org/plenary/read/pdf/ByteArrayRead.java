package org.plenary.read.pdf;

import java.io.IOException;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * PDFBox's random access over bytes already in memory, each read one array access. PDFBox's own
 * buffer reads through chunks of ByteBuffers, which under the quick compiler costs a call or more a
 * byte; a page's content is parsed a byte at a time.
 */
final class ByteArrayRead implements RandomAccessRead {
    private final byte[] bytes;
    private int position;
    private boolean closed;

    ByteArrayRead(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public int read() throws IOException {
        requireOpen();
        return position < bytes.length ? bytes[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        requireOpen();
        if (position >= bytes.length) {
            return -1;
        }
        int count = Math.min(length, bytes.length - position);
        System.arraycopy(bytes, position, target, offset, count);
        position += count;
        return count;
    }

    @Override
    public int peek() throws IOException {
        requireOpen();
        return position < bytes.length ? bytes[position] & 0xFF : -1;
    }

    @Override
    public void rewind(int count) throws IOException {
        seek(position - (long) count);
    }

    @Override
    public long getPosition() throws IOException {
        requireOpen();
        return position;
    }

    /** Moves to {@code newPosition}; beyond the end stands at the end, as PDFBox's buffer does. */
    @Override
    public void seek(long newPosition) throws IOException {
        requireOpen();
        if (newPosition < 0) {
            throw new IOException("Invalid position " + newPosition);
        }
        position = (int) Math.min(newPosition, bytes.length);
    }

    @Override
    public long length() throws IOException {
        requireOpen();
        return bytes.length;
    }

    @Override
    public boolean isEOF() throws IOException {
        requireOpen();
        return position >= bytes.length;
    }

    @Override
    public int available() throws IOException {
        requireOpen();
        return bytes.length - position;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public RandomAccessReadView createView(long start, long length) throws IOException {
        requireOpen();
        return new RandomAccessReadView(new ByteArrayRead(bytes), start, length, true);
    }

    private void requireOpen() throws IOException {
        if (closed) {
            throw new IOException("the page's content was read after it was closed");
        }
    }
}
