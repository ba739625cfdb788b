package org.plenary.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Over the same bytes, any run of reads, peeks, rewinds and seeks gives what PDFBox's own buffer
 * gives: the parser cannot tell which it reads from.
 */
class ByteArrayReadProperties {
    @Property(tries = 1000)
    void answersEveryCallAsPdfBoxsBufferDoes(@ForAll @Size(max = 300) byte[] bytes,
                                             @ForAll("calls") List<int[]> calls) throws IOException {
        try (RandomAccessRead ours = new ByteArrayRead(bytes);
             RandomAccessRead theirs = new RandomAccessReadBuffer(bytes)) {
            assertThat(transcript(ours, calls)).isEqualTo(transcript(theirs, calls));
        }
    }

    /** Each call as {kind, argument}; rewinds never go before the start (the parser never asks that). */
    @Provide
    Arbitrary<List<int[]>> calls() {
        return Arbitraries.integers().between(0, 7)
                .flatMap(kind -> Arbitraries.integers().between(0, 320).map(argument -> new int[] {kind, argument}))
                .list().ofMaxSize(60);
    }

    private static List<String> transcript(RandomAccessRead read, List<int[]> calls) throws IOException {
        List<String> answers = new ArrayList<>();
        for (int[] call : calls) {
            int argument = call[1];
            switch (call[0]) {
                case 0 -> answers.add("read " + read.read());
                case 1 -> answers.add("peek " + read.peek());
                case 2 -> {
                    int back = (int) Math.min(argument % 8, read.getPosition());
                    read.rewind(back);
                    answers.add("rewind " + back);
                }
                case 3 -> {
                    read.seek(argument);
                    answers.add("seek " + argument);
                }
                case 4 -> {
                    byte[] target = new byte[argument % 40];
                    int count = read.read(target, 0, target.length);
                    answers.add("read " + count + " " + Arrays.toString(target));
                }
                case 5 -> answers.add("available " + read.available());
                case 6 -> answers.add("eof " + read.isEOF());
                default -> answers.add("length " + read.length());
            }
            answers.add("at " + read.getPosition());
        }
        return answers;
    }
}
