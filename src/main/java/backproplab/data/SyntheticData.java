package backproplab.data;

import backproplab.engine.Sample;
import java.util.Random;

/**
 * Seeded random examples for networks that do not read word windows (custom shapes): inputs
 * U[−1, 1] and targets U[0, 1], rounded to two decimals so they can be read off the screen.
 */
public final class SyntheticData {
    private SyntheticData() {}

    public static Sample[] samples(int inputs, int outputs, int count, long seed) {
        Random random = new Random(seed);
        Sample[] out = new Sample[count];
        for (int e = 0; e < count; e++) {
            double[] x = new double[inputs], t = new double[outputs];
            for (int j = 0; j < inputs; j++) x[j] = Math.round((2 * random.nextDouble() - 1) * 100) / 100.0;
            for (int j = 0; j < outputs; j++) t[j] = Math.round(random.nextDouble() * 100) / 100.0;
            out[e] = new Sample(x, t);
        }
        return out;
    }
}
