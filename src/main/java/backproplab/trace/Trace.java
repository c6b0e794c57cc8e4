package backproplab.trace;

import backproplab.config.ConfigException;
import backproplab.config.JsonLocations;
import backproplab.config.TraceConfig;
import backproplab.engine.Learner;
import backproplab.engine.Loss;
import backproplab.engine.Network;
import backproplab.engine.Pass;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Runs a configuration step by step through the engine's training path ({@link Learner#step})
 * and records every quantity as the JSON of {@code trace.md}.
 */
public final class Trace {
    /** The most numbers one trace prints (about 40 MB of JSON): far beyond a handout, and printed in seconds. */
    public static final long MAX_VALUES = 2_000_000;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Trace() {}

    /**
     * Refuses, before any work, a trace that would print more than {@link #MAX_VALUES} numbers
     * (steps × examples per step × the network's units, plus every parameter and gradient per step).
     *
     * @param text the configuration's text, to name the line of {@code steps}
     */
    public static void checkSize(TraceConfig config, String text) throws ConfigException {
        Network n = config.network();
        double units = 0, nonInput = 0, parameters = 0;
        for (int k = 1; k <= n.layerCount(); k++) {
            units += n.layerSize(k);
            if (k > 1) nonInput += n.layerSize(k);
            if (k < n.layerCount()) parameters += (double) n.layerSize(k + 1) * (n.layerSize(k) + 1);
        }
        double passes = config.learner().loss().passCount();
        double perStep = config.batchSize() * (passes * (units + 2 * nonInput) + 2) + 2 * parameters + 3;
        double values = config.steps() * perStep;
        if (values > MAX_VALUES) {
            String message = String.format(Locale.ROOT, "steps: %d steps of %d example(s) on this network would print %.3g numbers;"
                    + " a trace prints at most %d (use fewer steps, a smaller batch or a smaller network)",
                    config.steps(), config.batchSize(), values, MAX_VALUES);
            String at = JsonLocations.of(text).locate("steps");
            throw new ConfigException(at == null ? message : message + " (" + at + ")");
        }
    }

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
