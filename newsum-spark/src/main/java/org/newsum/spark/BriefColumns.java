package org.newsum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;

/**
 * The typed columns of a brief: the shape of {@code newsum summarize --format json} as a Spark schema, read from the
 * {@code json} column, so the typed columns and the JSON can never say different things.
 */
public final class BriefColumns {

    private static final String MENTION = "STRUCT<`article`: STRING, `start`: INT, `end`: INT, `text`: STRING>";

    /** One brief as {@code JsonRenderer} writes it (removal lines are numbers; a figure's unbounded high is null). */
    public static final String BRIEF_DDL = "STRUCT<"
            + "`id`: STRING, `method`: STRING, `budget`: STRUCT<`unit`: STRING, `limit`: INT>, `words`: INT, "
            + "`summary`: ARRAY<STRUCT<`text`: STRING, `score`: DOUBLE, `sources`: ARRAY<STRING>, "
            + "`citations`: ARRAY<STRUCT<`article`: STRING, `start`: INT, `end`: INT, `similarity`: DOUBLE, "
            + "`text`: STRING>>>>, "
            + "`insights`: STRUCT<`level`: STRING, "
            + "`support`: ARRAY<STRUCT<`sentence`: STRING, `articles`: ARRAY<STRING>, `singleSource`: BOOLEAN, "
            + "`carriers`: ARRAY<STRUCT<`article`: STRING, `similarity`: DOUBLE, `text`: STRING>>>>, "
            + "`quotes`: ARRAY<STRUCT<`text`: STRING, `speaker`: STRING, "
            + "`reason`: STRUCT<`code`: STRING, `message`: STRING>, `partial`: BOOLEAN, `articles`: ARRAY<STRING>, "
            + "`centrality`: DOUBLE, `mentions`: ARRAY<" + MENTION + ">>>, "
            + "`figures`: ARRAY<STRUCT<`measure`: STRING, `disputed`: BOOLEAN, `articles`: ARRAY<STRING>, "
            + "`values`: ARRAY<STRUCT<`reading`: STRING, `low`: DOUBLE, `high`: DOUBLE, `articles`: ARRAY<STRING>, "
            + "`mentions`: ARRAY<STRUCT<`article`: STRING, `start`: INT, `end`: INT, `text`: STRING, "
            + "`context`: STRING>>>>>>, "
            + "`entities`: ARRAY<STRUCT<`name`: STRING, `type`: STRING, `aliases`: ARRAY<STRING>, `articles`: INT, "
            + "`mentions`: INT>>>, "
            + "`articles`: ARRAY<STRUCT<`id`: STRING, `source`: STRING, `url`: STRING, `title`: STRING, "
            + "`authors`: ARRAY<STRING>, `date`: STRING, `words`: INT>>, "
            + "`removed`: ARRAY<STRUCT<`article`: STRING, `scope`: STRING, `line`: INT, `code`: STRING, "
            + "`message`: STRING, `text`: STRING>>, "
            + "`notices`: ARRAY<STRUCT<`code`: STRING, `message`: STRING>>>";

    /** The brief's type. */
    public static DataType briefType() {
        return DataType.fromDDL(BRIEF_DDL);
    }

    /** The brief of a JSON column, typed. */
    public static Column brief(Column json) {
        return from_json(json, briefType(), java.util.Map.of("mode", "FAILFAST"));
    }

    /**
     * Rows {@code id, line, json, error} as the typed output: {@code id, line, error, method, words, summary,
     * quotes, figures, entities, support, articles, removals, notices, json}. A row with an error has nulls in
     * the brief's columns.
     */
    static Dataset<Row> typed(Dataset<Row> rows) {
        Dataset<Row> b = rows.withColumn("b", brief(col("json")));
        return b.select(col("id"), col("line"), col("error"), col("b.method").as("method"),
                col("b.words").as("words"), col("b.summary").as("summary"), col("b.insights.quotes").as("quotes"),
                col("b.insights.figures").as("figures"), col("b.insights.entities").as("entities"),
                col("b.insights.support").as("support"), col("b.articles").as("articles"),
                col("b.removed").as("removals"), col("b.notices").as("notices"), col("json"));
    }

    private BriefColumns() {
    }
}
