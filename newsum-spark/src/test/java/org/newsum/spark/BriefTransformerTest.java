package org.newsum.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.newsum.Newsum;
import org.newsum.model.Article;
import org.newsum.model.Brief;
import org.newsum.model.Source;
import org.newsum.render.JsonRenderer;

class BriefTransformerTest {

    private final SparkSession spark = LocalSpark.get();

    private Dataset<Row> frame() {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : Fixtures.clusters().entrySet()) {
            rows.add(RowFactory.create(e.getKey(), e.getValue()));
        }
        rows.add(RowFactory.create("none", List.of()));
        rows.add(RowFactory.create("null", null));
        StructType schema = new StructType().add("name", DataTypes.StringType)
                .add("texts", DataTypes.createArrayType(DataTypes.StringType));
        return spark.createDataFrame(rows, schema);
    }

    @Test
    void aPipelineStageAddsTheFacadesBriefToEveryRow() throws Exception {
        BriefTransformer stage = new BriefTransformer().setInputCol("texts").setOutputCol("brief").setIdCol("name");
        Dataset<Row> out = new Pipeline().setStages(new PipelineStage[] {stage}).fit(frame()).transform(frame());
        assertThat(out.columns()).containsExactly("name", "texts", "brief");
        List<Row> rows = out.select("name", "brief.summary.text", "brief.error", "brief.insights.quotes").collectAsList();
        assertThat(rows).hasSize(5);

        Newsum newsum = new Newsum();
        for (Row r : rows) {
            String name = r.getString(0);
            List<String> texts = Fixtures.clusters().get(name);
            if (texts == null) {
                assertThat(r.getString(2)).as(name).isNotBlank();
                assertThat(r.getList(1)).isNull();
                continue;
            }
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                articles.add(Article.ofText(String.valueOf(i + 1), name + "#" + (i + 1), texts.get(i)));
            }
            Brief b = newsum.summarize(new Source(name, articles, List.of(), List.of()), Newsum.Options.DEFAULT);
            var json = Fixtures.JSON.readTree(new JsonRenderer(false).render(b, false));
            List<String> expected = new ArrayList<>();
            json.get("summary").forEach(s -> expected.add(s.get("text").asText()));
            assertThat(r.<String>getList(1)).as(name).containsExactlyElementsOf(expected).isNotEmpty();
            assertThat(r.getString(2)).isNull();
            assertThat(r.getList(3)).hasSize(json.get("insights").get("quotes").size());
        }
    }

    @Test
    void theSchemaIsCheckedBeforeAnyRowIsRead() {
        assertThatThrownBy(() -> new BriefTransformer().setInputCol("missing").transform(frame()))
                .hasMessageContaining("no input column 'missing'");
        assertThatThrownBy(() -> new BriefTransformer().setInputCol("name").transform(frame()))
                .hasMessageContaining("must be an array");
        BriefTransformer copy = new BriefTransformer().setInputCol("texts").setWords(40).copy(new org.apache.spark.ml.param.ParamMap());
        assertThat(copy.getOrDefault(copy.words())).isEqualTo(40);
        assertThat(copy.getOrDefault(copy.inputCol())).isEqualTo("texts");
    }
}
