package org.newsum.select;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * A logistic-regression sentence scorer over {@link SentenceFeatures}: the probability that a
 * sentence belongs in a good summary. Features are standardized with the training data's means and
 * scales before the weights apply. Stored as a small JSON document; {@code newsum train} writes one.
 *
 * @param features the feature names, which must equal {@link SentenceFeatures#NAMES}
 * @param mean     per feature, the training mean
 * @param scale    per feature, the training standard deviation (1 where it was 0)
 * @param weights  per feature, the weight of the standardized value
 * @param bias     the intercept
 * @param trainedOn a line saying what data, command and seed produced the model
 */
public record SentenceModel(List<String> features, double[] mean, double[] scale, double[] weights, double bias,
                            String trainedOn) {

    /** Where the model that ships with newsum lives on the class path. */
    public static final String RESOURCE = "sentence-model.json";

    /**
     * Reading needs only Jackson's streaming parser: its data-binding layer (some 500 classes) would add a fifth of a
     * second to every cold start. Writing ({@code newsum train}) binds the record.
     */
    private static final JsonFactory PARSER = new JsonFactory();

    public SentenceModel {
        features = List.copyOf(features);
        int n = features.size();
        if (mean.length != n || scale.length != n || weights.length != n) {
            throw new IllegalArgumentException("model arrays must have one value per feature (" + n + ")");
        }
        mean = mean.clone();
        scale = scale.clone();
        weights = weights.clone();
    }

    /** The log-odds that a sentence with these features belongs in the summary. */
    public double logit(double[] row) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * (row[i] - mean[i]) / scale[i];
        }
        return z;
    }

    /** The probability that a sentence with these features belongs in the summary. */
    public double probability(double[] row) {
        return 1 / (1 + Math.exp(-logit(row)));
    }

    /** Writes the model as JSON. */
    public void write(OutputStream out) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, this);
    }

    /** Reads a model written by {@link #write}, checking it was trained on the current features. */
    public static SentenceModel read(InputStream in) throws IOException {
        SentenceModel model = parse(in);
        if (!model.features().equals(SentenceFeatures.NAMES)) {
            throw new IOException("the model was trained on other features: " + model.features());
        }
        return model;
    }

    private static SentenceModel parse(InputStream in) throws IOException {
        List<String> features = null;
        double[] mean = null;
        double[] scale = null;
        double[] weights = null;
        Double bias = null;
        String trainedOn = null;
        try (JsonParser json = PARSER.createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a sentence model is a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "features" -> features = strings(json, field);
                    case "mean" -> mean = numbers(json, field);
                    case "scale" -> scale = numbers(json, field);
                    case "weights" -> weights = numbers(json, field);
                    case "bias" -> bias = number(json, field);
                    case "trainedOn" -> trainedOn = json.currentToken() == JsonToken.VALUE_NULL ? null : json.getValueAsString();
                    default -> throw new IOException("unknown field '" + field + "' in the sentence model");
                }
            }
        }
        if (features == null || mean == null || scale == null || weights == null || bias == null) {
            throw new IOException("the sentence model lacks one of features, mean, scale, weights, bias");
        }
        try {
            return new SentenceModel(features, mean, scale, weights, bias, trainedOn);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static List<String> strings(JsonParser json, String field) throws IOException {
        expect(json, JsonToken.START_ARRAY, field);
        List<String> out = new ArrayList<>();
        while (json.nextToken() == JsonToken.VALUE_STRING) {
            out.add(json.getText());
        }
        expect(json, JsonToken.END_ARRAY, field);
        return out;
    }

    private static double[] numbers(JsonParser json, String field) throws IOException {
        expect(json, JsonToken.START_ARRAY, field);
        double[] out = new double[8];
        int n = 0;
        while (json.nextToken() != JsonToken.END_ARRAY) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = number(json, field);
        }
        return Arrays.copyOf(out, n);
    }

    private static double number(JsonParser json, String field) throws IOException {
        if (!json.currentToken().isNumeric()) {
            throw new IOException("'" + field + "' holds " + json.currentToken() + " where a number belongs");
        }
        return json.getDoubleValue();
    }

    private static void expect(JsonParser json, JsonToken token, String field) throws IOException {
        if (json.currentToken() != token) {
            throw new IOException("'" + field + "' holds " + json.currentToken() + " where " + token + " belongs");
        }
    }

    /** The model that ships with newsum. */
    public static SentenceModel bundled() {
        try (InputStream in = SentenceModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + RESOURCE, e);
        }
    }
}
