package backproplab.config;

import backproplab.engine.Activation;
import backproplab.engine.Initialization;
import backproplab.engine.Learner;
import backproplab.engine.Loss;
import backproplab.engine.MaxMarginLoss;
import backproplab.engine.Network;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.Sample;
import backproplab.engine.Schedule;
import backproplab.engine.SquaredErrorLoss;
import backproplab.setup.Limits;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** Reads a {@code trace} configuration (see trace.md), checking every field against the engine spec. */
public final class TraceConfigParser {
    /**
     * Limits on what a file may hold, far above any real configuration, so a hostile one is
     * refused at once instead of exhausting memory or the stack.
     */
    static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxNestingDepth(64)
            .maxStringLength(Limits.JSON_STRING_LENGTH).maxNameLength(Limits.JSON_NAME_LENGTH).maxNumberLength(400).build();

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())
            .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS) // so "NaN" is reported as non-finite, by name
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // one document per file
            .build();

    private static final Set<String> TOP = Set.of("network", "loss", "optimizer", "data", "batchSize", "steps", "init");
    private static final Set<String> NETWORK = Set.of("layers", "hiddenActivation", "outputActivation", "leakySlope",
            "weights", "biases", "init");
    private static final Set<String> INIT = Set.of("scheme", "seed", "stddev");
    private static final Set<String> LOSS = Set.of("type", "margin", "l2");
    private static final Set<String> OPTIMIZER = Set.of("type", "learningRate", "momentum", "decay", "beta1", "beta2",
            "epsilon", "biasCorrection", "fanInScaling", "updateBiases", "schedule");
    private static final Set<String> SCHEDULE = Set.of("type", "factor", "every", "k", "tau");
    private static final Set<String> MAX_MARGIN_ITEM = Set.of("x", "corrupt");
    private static final Set<String> SQUARED_ITEM = Set.of("x", "target");

    private TraceConfigParser() {}

    /** Parses JSON text. */
    public static TraceConfig parse(String json) throws ConfigException {
        return parse(readTree(json));
    }

    /**
     * Reads one JSON document (nothing may follow it).
     *
     * @throws ConfigException "invalid JSON at line L, column C: …"
     */
    /** "line L, column C" where the first text or name past a limit starts (Jackson names the limit, not the place). */
    private static String tokenPastLimit(String json) {
        try (JsonParser p = JSON.getFactory().createParser(json)) {
            long after = 0; // just past the last token read whole: the long one starts at the next quote
            try {
                for (JsonToken t; (t = p.nextToken()) != null; after = p.currentLocation().getCharOffset()) {
                    if (t == JsonToken.VALUE_STRING) p.getText(); // a text is read only when asked for
                }
            } catch (StreamConstraintsException e) {
                int quote = json.indexOf('"', (int) after);
                return quote < 0 ? null : JsonLocations.lineAndColumn(json, quote);
            }
        } catch (IOException e) {
            return null; // another problem first: the caller reports the one it has
        }
        return null;
    }

    public static JsonNode readTree(String json) throws ConfigException {
        if (json.isBlank()) throw new ConfigException("the file is empty");
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            boolean tooLong = e instanceof StreamConstraintsException && e.getOriginalMessage().matches("(String value|Name) length.*");
            String where = tooLong ? tokenPastLimit(json) // Jackson says where it stopped, not where the text starts
                    : at != null && at.getLineNr() >= 1 ? "line " + at.getLineNr() + ", column " + at.getColumnNr() : null;
            // Jackson's limit messages end with the setting that raises them, which means nothing to a teacher
            String why = e.getOriginalMessage().startsWith("Trailing token")
                    ? "more follows the end of the JSON document (a file holds one document)"
                    : tooLong ? "a text is too long: a sentence has at most " + Limits.SENTENCE_LENGTH + " characters, a word at most " + Limits.WORD_LENGTH
                    : e.getOriginalMessage().replaceAll(",? from `[^`]*`", "")
                            .replaceAll("\\s*\\(start marker at \\[Source:.*?\\]\\)", "") // names Jackson's internals, not the file
                            .replaceAll("\\s+", " ").strip();
            if (why.length() > 200) why = why.substring(0, 200) + "…";
            throw new ConfigException("invalid JSON" + (where == null ? "" : " at " + where) + ": " + why);
        }
    }

    /** Parses an already-read JSON tree. */
    public static TraceConfig parse(JsonNode rootNode) throws ConfigException {
        return parse(rootNode, Set.of());
    }

    /**
     * Parses a tree whose top level may also hold {@code otherSections} (a scenario file's own
     * sections), which this parser leaves to its caller.
     */
    public static TraceConfig parse(JsonNode rootNode, Set<String> otherSections) throws ConfigException {
        Set<String> top = new HashSet<>(TOP);
        top.addAll(otherSections);
        JsonObject root = new JsonObject(rootNode, "", top);
        JsonObject lossNode = root.object("loss", LOSS);
        Network network = network(root.object("network", NETWORK), root);
        Loss loss = loss(lossNode);
        double l2 = nonNegative(lossNode, "l2", 0);
        OptimizerSettings optimizer = optimizer(root.object("optimizer", OPTIMIZER));
        Sample[] data = data(root, network, loss);
        int batchSize = root.integer("batchSize", 1);
        if (batchSize < 1) throw new ConfigException("batchSize must be at least 1, got " + batchSize);
        int steps = root.integer("steps", 1);
        if (steps < 0) throw new ConfigException("steps must be 0 or more, got " + steps);
        return new TraceConfig(new Learner(network, loss, l2, optimizer), data, batchSize, steps);
    }

    private static Network network(JsonObject n, JsonObject root) throws ConfigException {
        JsonNode layersNode = n.get("layers");
        if (layersNode == null || !layersNode.isArray()) throw new ConfigException("network.layers must be an array of unit counts");
        int[] layers = new int[layersNode.size()];
        for (int k = 0; k < layers.length; k++) {
            JsonNode v = layersNode.get(k);
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw new ConfigException("network.layers[" + k + "] must be a whole number, got " + v);
            }
            layers[k] = v.intValue();
        }
        Network network;
        try {
            Network.validate(layers);
            network = new Network(layers, activation(n, "hiddenActivation", "sigmoid"),
                    activation(n, "outputActivation", "identity"), n.number("leakySlope", Activation.DEFAULT_LEAKY_SLOPE));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("network.layers: " + e.getMessage());
        }
        if (n.has("weights") || n.has("biases")) {
            if (n.has("init") || root.has("init")) throw new ConfigException("init must not be given together with network.weights");
            readParameters(n, network);
        } else if (n.has("init") || root.has("init")) {
            JsonObject init = n.has("init") ? n.object("init", INIT) : root.object("init", INIT);
            Initialization scheme;
            try {
                scheme = Initialization.fromId(init.text("scheme", null));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(init.field("scheme") + ": " + e.getMessage());
            }
            if (!init.has("seed") || !init.get("seed").canConvertToLong() || !init.get("seed").isIntegralNumber()) {
                throw new ConfigException(init.field("seed") + " must be a whole number");
            }
            long seed = init.get("seed").longValue();
            double stddev = init.number("stddev", Initialization.DEFAULT_STDDEV, Limits.INIT_STDDEV);
            scheme.initialize(network, new Random(seed), stddev);
        } else {
            throw new ConfigException("network.weights and network.biases are missing (give them, or init: {scheme, seed})");
        }
        return network;
    }

    private static Activation activation(JsonObject n, String field, String fallback) throws ConfigException {
        try {
            return Activation.fromId(n.text(field, fallback));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(n.field(field) + ": " + e.getMessage());
        }
    }

    private static void readParameters(JsonObject n, Network network) throws ConfigException {
        JsonNode weights = n.get("weights"), biases = n.get("biases");
        int gaps = network.layerCount() - 1;
        if (weights == null || !weights.isArray() || weights.size() != gaps) {
            throw new ConfigException("network.weights must be a list of " + gaps + " matrices (one per pair of layers)");
        }
        if (biases == null || !biases.isArray() || biases.size() != gaps) {
            throw new ConfigException("network.biases must be a list of " + gaps + " vectors (one per pair of layers)");
        }
        for (int k = 1; k <= gaps; k++) {
            int rows = network.layerSize(k + 1), cols = network.layerSize(k);
            String where = "network.weights[" + (k - 1) + "]";
            JsonNode w = weights.get(k - 1);
            if (!w.isArray() || w.size() != rows) {
                throw new ConfigException(where + " has " + (w.isArray() ? w.size() : 0) + " rows, expected " + rows
                        + " (layer " + (k + 1) + " has " + rows + " units)");
            }
            for (int i = 0; i < rows; i++) {
                double[] row = JsonObject.vector(w.get(i), where + "[" + i + "]", cols, "layer " + k + " has " + cols + " units");
                System.arraycopy(row, 0, network.weights(k), i * cols, cols);
            }
            double[] b = JsonObject.vector(biases.get(k - 1), "network.biases[" + (k - 1) + "]", rows,
                    "layer " + (k + 1) + " has " + rows + " units");
            System.arraycopy(b, 0, network.biases(k), 0, rows);
        }
    }

    private static Loss loss(JsonObject l) throws ConfigException {
        Loss.Kind kind;
        try {
            kind = Loss.Kind.fromId(l.text("type", null));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(l.field("type") + ": " + e.getMessage());
        }
        return switch (kind) {
            case MAX_MARGIN -> new MaxMarginLoss(nonNegative(l, "margin", 1.0));
            case SQUARED_ERROR -> new SquaredErrorLoss();
        };
    }

    private static OptimizerSettings optimizer(JsonObject o) throws ConfigException {
        OptimizerSettings.Type type;
        try {
            type = OptimizerSettings.Type.fromId(o.text("type", null));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(o.field("type") + ": " + e.getMessage());
        }
        if (!o.has("learningRate")) throw new ConfigException(o.field("learningRate") + " is missing");
        double lr = o.number("learningRate", 0, Limits.LEARNING_RATE);
        Schedule schedule = o.has("schedule") ? schedule(o.object("schedule", SCHEDULE)) : new Schedule.Constant();
        try {
            return new OptimizerSettings(type, lr, o.number("momentum", OptimizerSettings.DEFAULT_MOMENTUM, Limits.MOMENTUM),
                    o.number("decay", OptimizerSettings.DEFAULT_DECAY, Limits.DECAY),
                    o.number("beta1", OptimizerSettings.DEFAULT_BETA1, Limits.BETA1), o.number("beta2", OptimizerSettings.DEFAULT_BETA2, Limits.BETA2),
                    o.number("epsilon", OptimizerSettings.DEFAULT_EPSILON, Limits.EPSILON), o.bool("biasCorrection", true),
                    o.bool("fanInScaling", false), o.bool("updateBiases", true), schedule);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("optimizer." + e.getMessage());
        }
    }

    private static Schedule schedule(JsonObject s) throws ConfigException {
        Schedule.Kind kind;
        try {
            kind = Schedule.Kind.fromId(s.text("type", null));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(s.field("type") + ": " + e.getMessage());
        }
        try {
            return switch (kind) {
                case CONSTANT -> new Schedule.Constant();
                case STEP -> new Schedule.Step(nonNegative(s, "factor", 0.5), s.integer("every", 1));
                case EXPONENTIAL -> new Schedule.Exponential(nonNegative(s, "k", 0.1));
                case INVERSE -> new Schedule.Inverse(s.number("tau", 1, Limits.SCHEDULE_TAU));
            };
        } catch (IllegalArgumentException e) {
            throw new ConfigException("optimizer.schedule." + e.getMessage());
        }
    }

    private static Sample[] data(JsonObject root, Network network, Loss loss) throws ConfigException {
        JsonNode data = root.get("data");
        if (data == null || !data.isArray() || data.isEmpty()) throw new ConfigException("data must be a non-empty list of examples");
        boolean pairs = loss instanceof MaxMarginLoss;
        String partner = pairs ? "corrupt" : "target";
        int inputs = network.layerSize(1), outputs = network.layerSize(network.layerCount());
        Sample[] samples = new Sample[data.size()];
        for (int i = 0; i < samples.length; i++) {
            JsonObject item = new JsonObject(data.get(i), "data[" + i + "]", pairs ? MAX_MARGIN_ITEM : SQUARED_ITEM);
            String why = "layer 1 has " + inputs + " units";
            double[] x = JsonObject.vector(item.get("x"), item.field("x"), inputs, why);
            double[] y = JsonObject.vector(item.get(partner), item.field(partner), pairs ? inputs : outputs,
                    pairs ? why : "layer " + network.layerCount() + " has " + outputs + " units");
            samples[i] = new Sample(x, y);
        }
        try {
            loss.check(network, samples[0]);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("loss.type: " + e.getMessage());
        }
        return samples;
    }

    private static double nonNegative(JsonObject o, String name, double fallback) throws ConfigException {
        double v = o.number(name, fallback);
        if (v < 0) throw new ConfigException(o.field(name) + " must not be negative, got " + Limits.plain(v));
        return v;
    }
}
