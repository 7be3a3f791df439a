package org.newsum.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ROUGE scores of one summary (or a macro average), by metric name: {@code ROUGE-1} …
 * {@code ROUGE-4}, {@code ROUGE-L}, {@code ROUGE-SU4}.
 *
 * @param scores the scores in the order ROUGE-1.5.5 prints them
 */
public record RougeScores(Map<String, Score> scores) {

    public RougeScores {
        scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    }

    public Score get(String metric) {
        Score s = scores.get(metric);
        if (s == null) {
            throw new IllegalArgumentException("no metric " + metric + " in " + scores.keySet());
        }
        return s;
    }

    /** The exact mean of each metric's R, P and F ({@link RougeAverage} also gives the script's printed average). */
    public static RougeScores average(List<RougeScores> all) {
        Map<String, Score> out = new LinkedHashMap<>();
        if (all.isEmpty()) {
            return new RougeScores(out);
        }
        for (String metric : all.get(0).scores().keySet()) {
            double r = 0;
            double p = 0;
            double f = 0;
            for (RougeScores s : all) {
                Score x = s.get(metric);
                r += x.r();
                p += x.p();
                f += x.f();
            }
            out.put(metric, new Score(r / all.size(), p / all.size(), f / all.size()));
        }
        return new RougeScores(out);
    }
}
