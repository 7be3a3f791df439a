package org.newsum.spark;

import java.io.Serializable;
import java.util.Locale;

import org.newsum.Newsum;
import org.newsum.model.Budget;
import org.newsum.model.IngestLimits;
import org.newsum.model.Insights;

/**
 * How the jobs summarize, in a form Spark can ship to its executors ({@link Newsum.Options} and {@link IngestLimits}
 * are not serializable): the defaults are those of {@code newsum summarize --format json}.
 *
 * @param method      a method name, one of {@link Newsum#methods()}
 * @param budgetUnit  words, sentences or chars
 * @param budgetLimit the length of a summary in that unit
 * @param insights    none, brief or full
 * @param maxLineBytes the longest line (cluster) read, as {@code --max-file-mb}
 * @param maxArticles most articles in one cluster, as {@code --max-articles}
 */
public record BriefSettings(String method, String budgetUnit, int budgetLimit, String insights, long maxLineBytes,
                            int maxArticles) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@code newsum summarize --format json}'s defaults. */
    public static final BriefSettings DEFAULT = new BriefSettings(Newsum.defaultMethod().name(),
            Budget.DEFAULT.unit().name().toLowerCase(Locale.ROOT), Budget.DEFAULT.limit(), "brief",
            IngestLimits.DEFAULT.maxFileBytes(), IngestLimits.DEFAULT.maxArticles());

    public BriefSettings {
        // Checked on the driver, so a bad setting fails the submission rather than every row.
        Newsum.method(method);
        Budget.Unit.valueOf(budgetUnit.toUpperCase(Locale.ROOT));
        Insights.Level.valueOf(insights.toUpperCase(Locale.ROOT));
        if (budgetLimit < 1 || maxLineBytes < 1 || maxArticles < 1) {
            throw new IllegalArgumentException("budget, line size and articles must be positive");
        }
    }

    public BriefSettings withMethod(String m) {
        return new BriefSettings(m, budgetUnit, budgetLimit, insights, maxLineBytes, maxArticles);
    }

    public BriefSettings withBudget(String unit, int limit) {
        return new BriefSettings(method, unit, limit, insights, maxLineBytes, maxArticles);
    }

    public BriefSettings withInsights(String level) {
        return new BriefSettings(method, budgetUnit, budgetLimit, level, maxLineBytes, maxArticles);
    }

    Newsum.Options options() {
        return new Newsum.Options(new Budget(Budget.Unit.valueOf(budgetUnit.toUpperCase(Locale.ROOT)), budgetLimit),
                Newsum.method(method), Insights.Level.valueOf(insights.toUpperCase(Locale.ROOT)));
    }

    IngestLimits limits() {
        return new IngestLimits(maxLineBytes, maxArticles);
    }
}
