package backproplab.config;

import backproplab.engine.Learner;
import backproplab.engine.Network;
import backproplab.engine.Sample;

/**
 * A parsed configuration of {@code trace.md}: the network with its initial parameters, the
 * learner (loss, L2, optimizer), the examples and how to step through them.
 *
 * @param batchSize B: step t uses examples t·B … t·B + B − 1 (modulo the number of examples)
 * @param steps     how many updates to run
 */
public record TraceConfig(Learner learner, Sample[] data, int batchSize, int steps) {
    public Network network() {
        return learner.network();
    }
}
