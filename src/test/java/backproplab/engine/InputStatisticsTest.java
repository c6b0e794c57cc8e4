package backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.curves.ExperimentData;
import backproplab.data.WordWindows;
import backproplab.setup.Setup;
import org.junit.jupiter.api.Test;

/** The preprocessing view's statistics match their definitions; whitening's covariance is the identity. */
class InputStatisticsTest {
    @Test
    void meanDeviationAndCovarianceByTheirDefinitions() {
        InputStatistics s = InputStatistics.of(new double[][] {{1, 2}, {3, 6}, {5, 4}});
        assertArrayEquals(new double[] {3, 4}, s.mean(), 1e-15);
        // C = Σ (x − μ)(x − μ)ᵀ / N: [(4 + 0 + 4)/3, (4 + 0 + 0)/3; …, (4 + 4 + 0)/3]
        assertArrayEquals(new double[] {8.0 / 3, 4.0 / 3}, s.covariance()[0], 1e-15);
        assertArrayEquals(new double[] {4.0 / 3, 8.0 / 3}, s.covariance()[1], 1e-15);
        assertArrayEquals(new double[] {Math.sqrt(8.0 / 3), Math.sqrt(8.0 / 3)}, s.deviation(), 1e-15);
        assertEquals(4.0 / 3, s.largestCorrelation(), 1e-15);
    }

    /**
     * Whitening divides by √(S + ε) with the spec's ε = 1e-5, so each whitened variance is S / (S + ε):
     * within 1e-3 of 1 for the classroom's 1-word data; the 3- and 5-word windows have a direction of
     * variance ≈ 0.005 (the zero padding at sentence ends), which comes out as 0.998. Off the diagonal
     * it is 0 to rounding for all of them.
     */
    @Test
    void eachPreprocessingDoesWhatItSaysOnTheWordData() {
        for (int window : new int[] {1, 3, 5}) {
            var setup = Setup.classroom().withWindow(window).lesson();
            var words = WordWindows.bundled();
            InputStatistics mean = InputStatistics.of(ExperimentData.inputsBeforeAndAfter(setup, words, Preprocessor.Kind.MEAN)[1]);
            InputStatistics normal = InputStatistics.of(ExperimentData.inputsBeforeAndAfter(setup, words, Preprocessor.Kind.NORMALIZE)[1]);
            double[][][] whiten = ExperimentData.inputsBeforeAndAfter(setup, words, Preprocessor.Kind.WHITEN);
            InputStatistics raw = InputStatistics.of(whiten[0]), white = InputStatistics.of(whiten[1]);
            assertTrue(raw.largestCorrelation() > 0.01, "the raw word vectors are correlated");
            int d = raw.mean().length;
            assertEquals(4 * window, d);
            for (int a = 0; a < d; a++) {
                assertEquals(0, mean.mean()[a], 1e-12, "mean subtraction centres");
                assertEquals(raw.deviation()[a], mean.deviation()[a], 1e-12, "and keeps the spread");
                assertEquals(0, normal.mean()[a], 1e-12);
                assertEquals(1, normal.deviation()[a], 1e-9, "normalization: deviation 1");
                for (int b = 0; b < d; b++) {
                    double c = white.covariance()[a][b];
                    if (a != b) assertEquals(0, c, 1e-9, "whitened: decorrelated at " + a + "," + b);
                    else assertTrue(c <= 1 && c > (window == 1 ? 1 - 1e-3 : 0.99), "whitened variance S/(S + ε) = " + c);
                }
            }
        }
    }
}
