package org.newsum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.udf;

import java.util.Map;

import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * newsum as a Spark ML stage: a column of article arrays (each row a cluster: an array of texts, or of structs with
 * {@code text} or {@code html} and optional {@code title}, {@code source}, {@code date}, as a dataset's documents)
 * becomes a column of briefs, typed as {@link BriefColumns#BRIEF_DDL} with an {@code error} field (null when
 * there is a brief). A bad row gets an error, never a failed stage.
 *
 * <pre>{@code new BriefTransformer().setInputCol("articles").setOutputCol("brief").transform(df)}</pre>
 */
public final class BriefTransformer extends Transformer {

    private static final long serialVersionUID = 1L;

    private final String uid;
    private final Param<String> inputCol;
    private final Param<String> outputCol;
    private final Param<String> idCol;
    private final Param<String> method;
    private final IntParam words;

    public BriefTransformer() {
        this(Identifiable$.MODULE$.randomUID("newsumBrief"));
    }

    public BriefTransformer(String uid) {
        this.uid = uid;
        this.inputCol = new Param<>(this, "inputCol", "the column of article arrays");
        this.outputCol = new Param<>(this, "outputCol", "the column of briefs");
        this.idCol = new Param<>(this, "idCol", "a column naming each cluster (optional)");
        this.method = new Param<>(this, "method", "the selection method, as summarize --method");
        this.words = new IntParam(this, "words", "the summary's length in words, as summarize --words");
        setDefault(inputCol, "articles");
        setDefault(outputCol, "brief");
        setDefault(idCol, "");
        setDefault(method, BriefSettings.DEFAULT.method());
        setDefault(words, BriefSettings.DEFAULT.budgetLimit());
    }

    @Override
    public String uid() {
        return uid;
    }

    public Param<String> inputCol() {
        return inputCol;
    }

    public Param<String> outputCol() {
        return outputCol;
    }

    public Param<String> idCol() {
        return idCol;
    }

    public Param<String> method() {
        return method;
    }

    public IntParam words() {
        return words;
    }

    public BriefTransformer setInputCol(String value) {
        set(inputCol, value);
        return this;
    }

    public BriefTransformer setOutputCol(String value) {
        set(outputCol, value);
        return this;
    }

    public BriefTransformer setIdCol(String value) {
        set(idCol, value);
        return this;
    }

    public BriefTransformer setMethod(String value) {
        set(method, value);
        return this;
    }

    public BriefTransformer setWords(int value) {
        set(words, value);
        return this;
    }

    /** The output column's type: a brief with an {@code error} field. */
    public static StructType outputType() {
        return ((StructType) BriefColumns.briefType()).add("error", DataTypes.StringType);
    }

    @Override
    public StructType transformSchema(StructType schema) {
        String in = $(inputCol);
        if (!java.util.Arrays.asList(schema.fieldNames()).contains(in)) {
            throw new IllegalArgumentException("no input column '" + in + "'");
        }
        if (!(schema.apply(in).dataType() instanceof ArrayType)) {
            throw new IllegalArgumentException("input column '" + in + "' must be an array of articles, not "
                    + schema.apply(in).dataType().simpleString());
        }
        if (java.util.Arrays.asList(schema.fieldNames()).contains($(outputCol))) {
            throw new IllegalArgumentException("output column '" + $(outputCol) + "' exists already");
        }
        return schema.add(new StructField($(outputCol), outputType(), true, org.apache.spark.sql.types.Metadata.empty()));
    }

    @Override
    public Dataset<Row> transform(Dataset<?> dataset) {
        transformSchema(dataset.schema());
        BriefSettings settings = BriefSettings.DEFAULT.withMethod($(method)).withBudget("words", (Integer) $(words));
        UserDefinedFunction brief = udf((UDF2<String, String, String>) (id, documents) -> briefJson(id, documents,
                settings), DataTypes.StringType);
        Column id = $(idCol).isEmpty() ? lit("row") : col($(idCol)).cast("string");
        Column json = brief.apply(id, to_json(col($(inputCol))));
        return dataset.withColumn($(outputCol), from_json(json, outputType(), Map.of("mode", "FAILFAST")));
    }

    /** The brief of one row's articles as JSON, or {@code {"id", "error"}}. */
    static String briefJson(String id, String documents, BriefSettings settings) {
        String name = id == null ? "row" : id;
        if (documents == null) {
            return error(name, name + ": no articles (null)");
        }
        String line;
        try {
            line = "{\"id\":" + Fixed.JSON.writeValueAsString(name) + ",\"documents\":" + documents + "}";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ClusterBriefs.Result r = new ClusterBriefs(settings).brief(line, name, name, 0);
        return r.json() != null ? r.json() : error(name, r.error());
    }

    private static String error(String id, String message) {
        try {
            return Fixed.JSON.writeValueAsString(Map.of("id", id, "error", message));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Fixed {
        static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    }

    @Override
    public BriefTransformer copy(ParamMap extra) {
        return (BriefTransformer) defaultCopy(extra);
    }
}
