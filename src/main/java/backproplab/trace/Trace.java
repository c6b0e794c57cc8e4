package backproplab.trace;

import backproplab.config.TraceConfig;
import backproplab.engine.Learner;
import backproplab.engine.Loss;
import backproplab.engine.Network;
import backproplab.engine.Pass;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.IntFunction;

/**
 * Runs a configuration step by step through the engine's training path ({@link Learner#step})
 * and records every quantity as the JSON of {@code trace.md}.
 */
public final class Trace {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Trace() {}

    /** Runs {@code config} (modifying its network) and returns the trace document. */
    public static ObjectNode run(TraceConfig config) {
        Learner learner = config.learner();
        Network network = learner.network();
        ObjectNode root = NODES.objectNode();
        ArrayNode layers = root.putArray("layers");
        for (int size : network.layerSizes()) layers.add(size);
        ArrayNode steps = root.putArray("steps");
        int[] order = identity(config.data().length);
        for (int t = 0; t < config.steps(); t++) {
            ObjectNode step = steps.addObject();
            step.put("step", t);
            step.put("learningRate", learner.scheduledRate());
            ArrayNode examples = step.putArray("examples");
            double loss = learner.step(config.data(), order, t * config.batchSize(), config.batchSize(),
                    (index, j, passes) -> examples.add(example(learner.loss(), index, j, passes)));
            step.put("loss", loss);
            ObjectNode gradients = step.putObject("gradients");
            gradients.set("weights", perLayer(network, k -> matrix(network.weightGradients(k), network.layerSize(k))));
            gradients.set("biases", perLayer(network, k -> vector(network.biasGradients(k))));
            step.set("weights", perLayer(network, k -> matrix(network.weights(k), network.layerSize(k))));
            step.set("biases", perLayer(network, k -> vector(network.biases(k))));
        }
        return root;
    }

    private static ObjectNode example(Loss loss, int index, double j, Pass[] passes) {
        ObjectNode example = NODES.objectNode();
        example.put("index", index);
        example.put("loss", j);
        ArrayNode list = example.putArray("passes");
        for (int p = 0; p < passes.length; p++) {
            Pass pass = passes[p];
            ObjectNode node = list.addObject();
            node.put("name", loss.passName(p));
            ArrayNode z = node.putArray("z"), a = node.putArray("a"), delta = node.putArray("delta");
            for (int k = 1; k <= pass.layerCount(); k++) {
                a.add(vector(pass.activations(k)));
                if (k >= 2) {
                    z.add(vector(pass.preActivations(k)));
                    delta.add(vector(pass.deltas(k)));
                }
            }
        }
        return example;
    }

    private static ArrayNode perLayer(Network network, IntFunction<JsonNode> layer) {
        ArrayNode list = NODES.arrayNode();
        for (int k = 1; k < network.layerCount(); k++) list.add(layer.apply(k));
        return list;
    }

    private static ArrayNode matrix(double[] rowMajor, int columns) {
        ArrayNode rows = NODES.arrayNode();
        for (int start = 0; start < rowMajor.length; start += columns) {
            ArrayNode row = rows.addArray();
            for (int j = 0; j < columns; j++) row.add(rowMajor[start + j]);
        }
        return rows;
    }

    private static ArrayNode vector(double[] values) {
        ArrayNode out = NODES.arrayNode();
        for (double v : values) out.add(v);
        return out;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        return order;
    }
}
