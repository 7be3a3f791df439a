package org.newsum.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Decompresses gzip data and refuses to go on once it has inflated to more than {@value #MAX_RATIO} times the
 * compressed bytes read, past the first {@value #CHECKED_AFTER_MB} MB. News text compresses about 3:1 (Multi-News
 * 2.8:1, DUC 3.3:1) and HTML pages about 5:1, so a ratio over 20 takes filler repeated within gzip's 32 KB window,
 * which is what a decompression bomb is made of: its lines would cost work out of all proportion to the file. A
 * large dataset of real text streams through whatever its size.
 */
final class InflationGuard extends FilterInputStream {

    static final int MAX_RATIO = 20;
    static final int CHECKED_AFTER_MB = 64;
    private static final long CHECKED_AFTER = CHECKED_AFTER_MB * 1024L * 1024L;

    /** Why the data was refused. */
    static final class InflationException extends IOException {
        private static final long serialVersionUID = 1L;

        InflationException(long inflated, long compressed) {
            super(String.format(Locale.ROOT, "it inflates more than %d times, %s from the first %s of the file, "
                            + "as a decompression bomb does", MAX_RATIO, SourceReader.megabytes(inflated),
                    SourceReader.megabytes(compressed)));
        }
    }

    private final Counting compressed;
    private long inflated;

    private InflationGuard(Counting compressed) throws IOException {
        super(new GZIPInputStream(compressed, 1 << 16));
        this.compressed = compressed;
    }

    /** The inflated bytes of gzip data read from {@code gzip}. */
    static InputStream gunzip(InputStream gzip) throws IOException {
        return new InflationGuard(new Counting(gzip));
    }

    /**
     * Inflates up to the point where the ratio is first checked (or the end), so that a bomb is refused before
     * anything of it is used; throws {@link InflationException} if it is one, or the I/O error if the data is not
     * gzip from its start. Data that breaks off after a good start (a file cut short) passes: its good lines are
     * read, and the stream says where it broke off.
     */
    static void check(InputStream gzip) throws IOException {
        long read = 0;
        try (InputStream in = gunzip(gzip)) {
            byte[] skip = new byte[1 << 16];
            int n;
            while (read <= CHECKED_AFTER && (n = in.read(skip)) >= 0) {
                read += n;
            }
        } catch (InflationException e) {
            throw e;
        } catch (IOException e) {
            if (read == 0) {
                throw e;
            }
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws InflationException {
        inflated += n;
        if (inflated > CHECKED_AFTER && inflated > MAX_RATIO * compressed.count) {
            throw new InflationException(inflated, compressed.count);
        }
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
