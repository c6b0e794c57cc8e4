package backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PreprocessorTest {
    private static double[][] correlated(Random random, int n, double shift) {
        double[][] rows = new double[n][4];
        for (double[] r : rows) {
            double a = random.nextGaussian(), b = random.nextGaussian(), c = random.nextGaussian(), d = random.nextGaussian();
            r[0] = 3 * a + shift;
            r[1] = a + 0.5 * b - 2;
            r[2] = 0.8 * c + 0.9 * b;
            r[3] = a - b + 0.5 * c + d + 7;
        }
        return rows;
    }

    private static double[][] apply(Preprocessor p, double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) out[i] = p.apply(rows[i]);
        return out;
    }

    private static double mean(double[][] rows, int j) {
        double s = 0;
        for (double[] r : rows) s += r[j];
        return s / rows.length;
    }

    private static double covariance(double[][] rows, int i, int j) {
        double mi = mean(rows, i), mj = mean(rows, j), s = 0;
        for (double[] r : rows) s += (r[i] - mi) * (r[j] - mj);
        return s / rows.length;
    }

    @Test
    void meanSubtractionCentresTheTrainingSplit() {
        double[][] train = correlated(new Random(1), 500, 4);
        double[][] out = apply(Preprocessor.fit(Preprocessor.Kind.MEAN, train), train);
        for (int j = 0; j < 4; j++) assertEquals(0, mean(out, j), 1e-12);
        assertEquals(covariance(train, 0, 0), covariance(out, 0, 0), 1e-9);
    }

    @Test
    void normalizationGivesUnitDeviationAndLeavesConstantFeaturesUnscaled() {
        double[][] train = correlated(new Random(2), 500, 0);
        for (double[] r : train) r[2] = 5; // constant feature: zero deviation
        double[][] out = apply(Preprocessor.fit(Preprocessor.Kind.NORMALIZE, train), train);
        for (int j : new int[] {0, 1, 3}) {
            assertEquals(0, mean(out, j), 1e-12);
            assertEquals(1, covariance(out, j, j), 1e-12);
        }
        assertEquals(0, out[17][2], 0.0);
    }

    @Test
    void whiteningGivesIdentityCovarianceOnTheTrainingSplit() {
        double[][] train = correlated(new Random(3), 800, 1);
        double[][] out = apply(Preprocessor.fit(Preprocessor.Kind.WHITEN, train), train);
        for (int i = 0; i < 4; i++) {
            assertEquals(0, mean(out, i), 1e-10);
            for (int j = 0; j < 4; j++) assertEquals(i == j ? 1 : 0, covariance(out, i, j), 1e-3, "C[" + i + "][" + j + "]");
        }
    }

    @Test
    void validationIsTransformedWithTrainingStatisticsOnly() {
        double[][] train = correlated(new Random(4), 400, 0);
        double[][] validation = correlated(new Random(5), 100, 10); // shifted: its own mean is ~10 in feature 0
        Preprocessor p = Preprocessor.fit(Preprocessor.Kind.NORMALIZE, train);
        double[][] out = apply(p, validation);
        double trainMean = mean(train, 0), trainSd = Math.sqrt(covariance(train, 0, 0));
        assertEquals((validation[3][0] - trainMean) / trainSd, out[3][0], 1e-12);
        assertEquals((mean(validation, 0) - trainMean) / trainSd, mean(out, 0), 1e-9);
    }
}
