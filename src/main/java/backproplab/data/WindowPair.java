package backproplab.data;

import backproplab.engine.Sample;
import java.util.List;

/**
 * A true window (centred on a location) and its corrupt partner, as words and as the engine's
 * {@link Sample} (the concatenated word vectors).
 */
public record WindowPair(List<String> trueWords, List<String> corruptWords, Sample sample) {
    public WindowPair {
        trueWords = List.copyOf(trueWords);
        corruptWords = List.copyOf(corruptWords);
    }

    /** The true window alone, as a squared-error example with target 1. */
    public Sample trueTarget() {
        return new Sample(sample.x(), new double[] {1});
    }

    /** The corrupt window alone, as a squared-error example with target 0. */
    public Sample corruptTarget() {
        return new Sample(sample.partner(), new double[] {0});
    }

    /** The centre word of the true window. */
    public String centre() {
        return trueWords.get(trueWords.size() / 2);
    }
}
