package org.newsum.select;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

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

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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
        JSON.writeValue(out, this);
    }

    /** Reads a model written by {@link #write}, checking it was trained on the current features. */
    public static SentenceModel read(InputStream in) throws IOException {
        SentenceModel model = JSON.readValue(in, SentenceModel.class);
        if (!model.features().equals(SentenceFeatures.NAMES)) {
            throw new IOException("the model was trained on other features: " + model.features());
        }
        return model;
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
