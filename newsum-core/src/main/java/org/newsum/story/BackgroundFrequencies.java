package org.newsum.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.newsum.model.ArticleTerms;

/**
 * Document frequencies of stems counted over a background of news articles, added to those the clusterer learns
 * from the stream, so that the first articles of a stream already weigh their terms by how common they are in
 * news (learned online alone, the first hundred articles see almost every term as rare).
 *
 * <p>The shipped table, {@value #RESOURCE}, holds derived counts only (no text): the stems found in at least
 * {@value #MIN_DF} of the 116,057 news articles of the Multi-News training split, made by
 * {@code newsum train --story-frequencies --data train.truncated.jsonl.gz --out background-df.tsv.gz}.
 *
 * @param articles how many articles the background counts
 * @param df       stem to the number of background articles it occurs in (rarer stems left out)
 */
public record BackgroundFrequencies(long articles, Map<String, Integer> df) {

    /** The shipped table, next to this class. */
    public static final String RESOURCE = "background-df.tsv.gz";
    /** Stems in fewer background articles than this are left out of a table. */
    public static final int MIN_DF = 5;
    /** No background: frequencies from the stream alone. */
    public static final BackgroundFrequencies NONE = new BackgroundFrequencies(0, Map.of());

    public BackgroundFrequencies {
        df = Map.copyOf(df);
    }

    /** The stem's background document frequency, 0 where the table leaves it out. */
    int df(String stem) {
        Integer n = df.get(stem);
        return n == null ? 0 : n;
    }

    /** The shipped table, read once. */
    public static BackgroundFrequencies shipped() {
        return Shipped.TABLE;
    }

    private static final class Shipped {
        static final BackgroundFrequencies TABLE = load();

        private static BackgroundFrequencies load() {
            try (InputStream in = BackgroundFrequencies.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Counts the articles' stems, keeping those in at least {@code minDf} articles. */
    public static BackgroundFrequencies count(Iterator<ArticleTerms> articles, int minDf) {
        Map<String, Integer> df = new HashMap<>();
        long n = 0;
        while (articles.hasNext()) {
            n++;
            for (String stem : articles.next().counts().keySet()) {
                df.merge(stem, 1, Integer::sum);
            }
        }
        df.values().removeIf(c -> c < minDf);
        return new BackgroundFrequencies(n, df);
    }

    /** Writes the table gzipped: {@code #articles<TAB>N}, then {@code stem<TAB>df} lines, most frequent first. */
    public void write(OutputStream out) throws IOException {
        List<Map.Entry<String, Integer>> rows = new ArrayList<>(df.entrySet());
        rows.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        GZIPOutputStream gz = new GZIPOutputStream(out);
        Writer w = new OutputStreamWriter(gz, StandardCharsets.UTF_8);
        w.write("#articles\t" + articles + "\n");
        for (Map.Entry<String, Integer> e : rows) {
            w.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
        w.flush();
        gz.finish();
    }

    /** Reads a table as {@link #write} writes it. */
    public static BackgroundFrequencies read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        String head = r.readLine();
        if (head == null || !head.startsWith("#articles\t")) {
            throw new IOException("not a background frequency table");
        }
        long n = Long.parseLong(head.substring(head.indexOf('\t') + 1));
        Map<String, Integer> df = new HashMap<>();
        String line;
        while ((line = r.readLine()) != null) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IOException("bad row: " + line);
            }
            df.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
        }
        return new BackgroundFrequencies(n, df);
    }
}
