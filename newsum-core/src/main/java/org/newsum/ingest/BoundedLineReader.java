package org.newsum.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a stream line by line as bytes, keeping at most a limit of each line: a longer line is read on to its
 * end without being kept and is returned as too long, so one huge line cannot fill the memory. Lines end at
 * {@code \n}; a {@code \r} before it is dropped.
 */
final class BoundedLineReader implements Closeable {

    /**
     * One line: its bytes ({@code null} when it was longer than the limit) and its length in bytes.
     *
     * @param bytes  the line without its terminator, or {@code null} if it was too long to keep
     * @param length the line's length in bytes, also when it was not kept
     */
    record Line(byte[] bytes, long length) {

        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int end;
    private boolean eof;
    private byte[] line = new byte[1024];

    /** Reads {@code in}; lines of more than {@code maxLineBytes} bytes come back as too long. */
    BoundedLineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        // An array holds at most Integer.MAX_VALUE - 8 bytes; larger limits are no limit.
        this.maxLineBytes = (int) Math.min(maxLineBytes, Integer.MAX_VALUE - 8);
    }

    /** The next line, or {@code null} at the end of the stream. */
    Line next() throws IOException {
        int size = 0;
        long length = 0;
        boolean kept = true;
        boolean started = false;
        while (true) {
            if (pos >= end) {
                if (eof || !fill()) {
                    break;
                }
            }
            started = true;
            int newline = indexOfNewline(pos, end);
            int stop = newline < 0 ? end : newline;
            int n = stop - pos;
            length += n;
            if (kept && size + (long) n > maxLineBytes) {
                kept = false;
            }
            if (kept) {
                if (size + n > line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max(size + n, 2L * line.length)));
                }
                System.arraycopy(buffer, pos, line, size, n);
                size += n;
            }
            pos = stop;
            if (newline >= 0) {
                pos++;
                break;
            }
        }
        if (!started) {
            return null;
        }
        if (!kept) {
            return new Line(null, length);
        }
        if (size > 0 && line[size - 1] == '\r') {
            size--;
        }
        return new Line(Arrays.copyOf(line, size), length);
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            eof = n < 0;
            pos = 0;
            end = 0;
            return !eof && fill();
        }
        pos = 0;
        end = n;
        return true;
    }

    private int indexOfNewline(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
