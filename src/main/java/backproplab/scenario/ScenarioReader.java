package backproplab.scenario;

import backproplab.config.ConfigException;
import backproplab.config.JsonLocations;
import backproplab.config.JsonObject;
import backproplab.config.TraceConfig;
import backproplab.config.TraceConfigParser;
import backproplab.data.DataFormatException;
import backproplab.data.WordWindows;
import backproplab.engine.Activation;
import backproplab.engine.Initialization;
import backproplab.engine.Loss;
import backproplab.engine.MaxMarginLoss;
import backproplab.engine.OptimizerSettings.Type;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.Preprocessor;
import backproplab.engine.Sample;
import backproplab.setup.Examples;
import backproplab.setup.InitialParameters;
import backproplab.setup.Limits;
import backproplab.setup.Position;
import backproplab.setup.Preset;
import backproplab.setup.Race;
import backproplab.setup.ScheduleChoice;
import backproplab.setup.Session;
import backproplab.setup.Setup;
import backproplab.walkthrough.Lesson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a scenario file ({@link ScenarioFile}), checking all of it before anything is used:
 * the trace sections through the trace parser, then the scenario's own sections, the word data,
 * that the data are the lesson's examples and that the position exists. A problem is one
 * sentence naming the field, with its line and column.
 */
final class ScenarioReader {
    static final Set<String> SECTIONS = Set.of("format", "version", "lesson", "curves", "words", "position");
    private static final Set<String> LESSON = Set.of("preset", "seed", "init", "initStddev");
    private static final Set<String> CURVES = Set.of("activations", "optimizers", "learningRates", "preprocessing",
            "batchSize", "epochs", "showValidation", "logScale", "markers", "race", "stepPreprocessed");
    private static final Set<String> POSITION = Set.of("example", "updates", "microStep");
    private static final Set<String> WORDS = Set.of("bundled", "vocabulary", "sentences");
    private static final Set<String> SCHEDULE_PARAMETERS = Set.of("type", "factor", "every", "k", "tau");

    private ScenarioReader() {}

    /**
     * Reads a scenario, checking all of it: the JSON, every field, the word data, that the data
     * are the lesson's examples, and that the position exists.
     *
     * @throws ConfigException one sentence: "field … problem (line L, column C)", or a problem of the whole file
     */
    static ScenarioFile.Opened read(String text) throws ConfigException {
        JsonNode root = TraceConfigParser.readTree(text);
        try {
            return parse(root);
        } catch (ConfigException | IllegalArgumentException e) {
            throw located(e.getMessage(), text);
        }
    }

    /**
     * The trace configuration of a file: a scenario (checked whole, as {@link #read} does) or a
     * plain {@code trace} configuration.
     */
    static TraceConfig traceConfig(String text) throws ConfigException {
        JsonNode root = TraceConfigParser.readTree(text);
        if (!ScenarioFile.isScenario(root)) {
            try {
                return TraceConfigParser.parse(root);
            } catch (ConfigException e) {
                throw located(e.getMessage(), text);
            }
        }
        read(text);
        return TraceConfigParser.parse(root, SECTIONS); // the same tree again: the network is fresh, at its initial weights
    }

    /** {@code message} with the line and column of the field it names, e.g. "… (line 30, column 21)". */
    private static ConfigException located(String message, String text) {
        String at = JsonLocations.of(text).locate(message);
        return new ConfigException(at == null ? message : message + " (" + at + ")");
    }

    private static ScenarioFile.Opened parse(JsonNode rootNode) throws ConfigException {
        JsonObject root = new JsonObject(rootNode, "", union(SECTIONS, Set.of("network", "loss", "optimizer", "data",
                "batchSize", "steps")));
        if (!root.has("format")) {
            throw new ConfigException("format is missing: this is not a Backprop Lab scenario (a scenario starts with \"format\": \""
                    + ScenarioFile.FORMAT + "\")");
        }
        String format = root.text("format", null);
        if (!ScenarioFile.FORMAT.equals(format)) {
            throw new ConfigException("format must be \"" + ScenarioFile.FORMAT + "\" (this is not a Backprop Lab scenario), got \"" + format + "\"");
        }
        int version = root.integer("version", -1);
        if (version > ScenarioFile.VERSION) {
            throw new ConfigException("version " + version + ": this scenario was saved by a newer Backprop Lab; this one reads version "
                    + ScenarioFile.VERSION + ". Please update Backprop Lab");
        }
        if (version < 1) throw new ConfigException("version must be 1 to " + ScenarioFile.VERSION + ", got " + root.get("version"));
        TraceConfig trace = TraceConfigParser.parse(rootNode, SECTIONS);
        if (trace.batchSize() != 1) {
            throw new ConfigException("batchSize must be 1: the stepping view updates after every example "
                    + "(the loss curves' mini-batch is curves.batchSize)");
        }
        WordWindows words = words(root);
        Setup setup = setup(root, trace);
        Position position = position(root, trace.steps());
        Session session = new Session(setup, words, position);
        checkData(trace.data(), session, version);
        return new ScenarioFile.Opened(session, lessonAt(root, session));
    }

    private static Setup setup(JsonObject root, TraceConfig trace) throws ConfigException {
        JsonObject network = root.object("network", Set.of("layers", "hiddenActivation", "outputActivation", "leakySlope",
                "weights", "biases", "init"));
        if (!network.has("weights")) {
            throw new ConfigException("network.weights is missing: a scenario gives the initial weights and biases");
        }
        Activation hidden = Activation.fromId(network.text("hiddenActivation", Activation.SIGMOID.id()));
        Activation output = Activation.fromId(network.text("outputActivation", Activation.IDENTITY.id()));
        JsonObject lossNode = root.object("loss", Set.of("type", "margin", "l2"));
        JsonObject lesson = root.has("lesson") ? root.object("lesson", LESSON) : null;
        Preset preset = lesson == null ? Preset.CUSTOM : preset(lesson);
        long seed = lesson == null ? Setup.DEFAULT_SEED : seed(lesson);
        Initialization init = lesson == null ? Initialization.XAVIER_UNIFORM : init(lesson);
        double stddev = lesson == null ? Initialization.DEFAULT_STDDEV : lesson.number("initStddev", Initialization.DEFAULT_STDDEV);
        OptimizerSettings o = trace.learner().settings();
        ScheduleChoice schedule = schedule(root.get("optimizer").get("schedule"), o);
        JsonObject curves = root.has("curves") ? root.object("curves", CURVES) : null;
        double[] rates = learningRates(o, curves);
        Setup parsed = Setup.classroom().with(b -> {
            b.preset = preset;
            b.layers = trace.network().layerSizes();
            b.hidden = hidden;
            b.output = output;
            b.leakySlope = trace.network().leakySlope();
            b.loss = trace.learner().loss() instanceof MaxMarginLoss ? Loss.Kind.MAX_MARGIN : Loss.Kind.SQUARED_ERROR;
            b.margin = trace.learner().loss() instanceof MaxMarginLoss m ? m.margin() : 1.0;
            b.l2 = trace.learner().l2();
            b.init = init;
            b.initStddev = stddev;
            b.seed = seed;
            b.initial = InitialParameters.of(trace.network());
            optimizer(b, o, rates);
            b.schedule = schedule;
        });
        if (curves != null) parsed = withCurves(parsed, curves);
        if (lossNode.has("margin") && parsed.loss() == Loss.Kind.SQUARED_ERROR) {
            double margin = lossNode.number("margin", 1.0);
            parsed = parsed.with(b -> b.margin = margin); // kept for when the loss is switched back
        }
        Setup generated = parsed.with(b -> b.initial = null);
        return InitialParameters.of(generated.lesson().initialNetwork()).equals(parsed.initial()) ? generated : parsed;
    }

    /** Every optimizer's learning rate: the stepping optimizer's, the file's own for the others, else their defaults. */
    private static double[] learningRates(OptimizerSettings o, JsonObject curves) throws ConfigException {
        double[] rates = new double[Type.values().length];
        for (Type t : Type.values()) rates[t.ordinal()] = Setup.defaultLearningRate(t);
        rates[o.type().ordinal()] = o.learningRate();
        if (curves != null && curves.has("learningRates")) readRates(curves, o.type(), rates);
        return rates;
    }

    /** The stepping optimizer {@code o} and its hyperparameters, with every type's learning rate. */
    private static void optimizer(Setup.Builder b, OptimizerSettings o, double[] rates) {
        b.optimizer = o.type();
        b.rates = rates;
        b.hyper.momentum = o.momentum();
        b.hyper.decay = o.decay();
        b.hyper.beta1 = o.beta1();
        b.hyper.beta2 = o.beta2();
        b.hyper.epsilon = o.epsilon();
        b.hyper.biasCorrection = o.biasCorrection();
        b.hyper.fanInScaling = o.fanInScaling();
        b.hyper.updateBiases = o.updateBiases();
    }

    private static Preset preset(JsonObject lesson) throws ConfigException {
        try {
            return Preset.fromId(lesson.text("preset", Preset.CUSTOM.id()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(lesson.field("preset") + ": " + e.getMessage());
        }
    }

    private static long seed(JsonObject lesson) throws ConfigException {
        JsonNode v = lesson.get("seed");
        if (v == null) return Setup.DEFAULT_SEED;
        if (!v.isIntegralNumber() || !v.canConvertToLong()) throw new ConfigException(lesson.field("seed") + " must be a whole number, got " + v);
        return v.longValue();
    }

    private static Initialization init(JsonObject lesson) throws ConfigException {
        try {
            return Initialization.fromId(lesson.text("init", Initialization.XAVIER_UNIFORM.id()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(lesson.field("init") + ": " + e.getMessage());
        }
    }

    /** The engine's schedule as parsed, with the other kinds' parameters as the file gives them. */
    private static ScheduleChoice schedule(JsonNode node, OptimizerSettings o) throws ConfigException {
        ScheduleChoice c = ScheduleChoice.DEFAULT.with(o.schedule());
        if (node == null) return c;
        JsonObject s = new JsonObject(node, "optimizer.schedule", SCHEDULE_PARAMETERS);
        return new ScheduleChoice(c.kind(), s.number("factor", c.factor()), s.integer("every", c.every()),
                s.number("k", c.k()), s.number("tau", c.tau()));
    }

    private static void readRates(JsonObject curves, Type chosen, double[] rates) throws ConfigException {
        Set<String> ids = new HashSet<>();
        for (Type t : Type.values()) ids.add(t.id());
        JsonObject r = curves.object("learningRates", ids);
        if (r.has(chosen.id())) {
            throw new ConfigException(r.field(chosen.id()) + ": the stepping optimizer's learning rate is optimizer.learningRate");
        }
        for (Type t : Type.values()) if (t != chosen) rates[t.ordinal()] = r.number(t.id(), rates[t.ordinal()]);
    }

    private static Setup withCurves(Setup s, JsonObject c) throws ConfigException {
        Set<Activation> activations = c.has("activations") ? named(c, "activations", Activation.class, Activation::fromId)
                : s.curves().activations();
        Set<Type> optimizers = c.has("optimizers") ? named(c, "optimizers", Type.class, Type::fromId) : s.curves().optimizers();
        Preprocessor.Kind preprocessing;
        try {
            preprocessing = Preprocessor.Kind.fromId(c.text("preprocessing", s.curves().preprocessing().id()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(c.field("preprocessing") + ": " + e.getMessage());
        }
        int batch = c.integer("batchSize", s.curves().batchSize()), epochs = c.integer("epochs", s.curves().epochs());
        boolean validation = c.bool("showValidation", s.curves().showValidation()), log = c.bool("logScale", s.curves().logScale());
        boolean stepPreprocessed = c.bool("stepPreprocessed", s.curves().stepPreprocessed()), markers = c.bool("markers", s.curves().markers());
        Race race;
        try {
            race = Race.fromId(c.text("race", s.curves().race().id()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(c.field("race") + ": " + e.getMessage());
        }
        return s.with(b -> {
            b.curves.activations = activations;
            b.curves.optimizers = optimizers;
            b.curves.preprocessing = preprocessing;
            b.curves.batchSize = batch;
            b.curves.epochs = epochs;
            b.curves.showValidation = validation;
            b.curves.logScale = log;
            b.curves.race = race;
            b.curves.stepPreprocessed = stepPreprocessed;
            b.curves.markers = markers;
        });
    }

    /** A list of names in {@code field}, each read with {@code byId}; a name listed twice is an error. */
    private static <E extends Enum<E>> Set<E> named(JsonObject o, String field, Class<E> type, Function<String, E> byId)
            throws ConfigException {
        JsonNode v = o.get(field);
        if (!v.isArray()) throw new ConfigException(o.field(field) + " must be a list of names");
        Set<E> out = EnumSet.noneOf(type);
        for (int i = 0; i < v.size(); i++) {
            String where = o.field(field) + "[" + i + "]";
            if (!v.get(i).isTextual()) throw new ConfigException(where + " must be a name, got " + v.get(i));
            E e;
            try {
                e = byId.apply(v.get(i).textValue());
            } catch (IllegalArgumentException ex) {
                throw new ConfigException(where + ": " + ex.getMessage());
            }
            if (!out.add(e)) throw new ConfigException(where + ": " + v.get(i) + " is listed twice");
        }
        return out;
    }

    private static Position position(JsonObject root, int steps) throws ConfigException {
        JsonObject p = root.has("position") ? root.object("position", POSITION) : null;
        int updates = p == null ? 0 : p.integer("updates", 0), step = p == null ? 0 : p.integer("microStep", 0);
        if (steps != updates + 1) {
            throw new ConfigException("steps must be position.updates + 1 = " + (updates + 1L)
                    + " (the updates up to and including the saved example), got " + steps);
        }
        return new Position(updates, step);
    }

    /** The lesson at the file's position: the example it names must be the one its updates lead to, the micro-step must exist. */
    private static Lesson lessonAt(JsonObject root, Session s) throws ConfigException {
        int count = Examples.training(s.setup().lesson(), s.words()).size();
        int expected = s.position().updates() % count + 1;
        if (root.has("position")) {
            JsonObject p = root.object("position", POSITION);
            if (p.has("example") && p.integer("example", expected) != expected) {
                throw new ConfigException(p.field("example") + " must be " + expected + " (updates " + s.position().updates()
                        + " of a lesson with " + count + " examples), got " + p.get("example"));
            }
        }
        return Lesson.at(s); // throws with position.microStep when the step lies past the example's last
    }

    /** Version 1 holds every example of the lesson; version 2 the ones its steps use, the first min(steps, examples). */
    private static void checkData(Sample[] data, Session s, int version) throws ConfigException {
        Sample[] expected = Examples.samples(Examples.stepping(s.setup().lesson(), s.words()));
        if (version >= 2 && data.length != ScenarioFile.used(s.position(), expected.length)) {
            throw new ConfigException("data has " + data.length + " examples, but the steps use "
                    + ScenarioFile.used(s.position(), expected.length) + " (the first position.updates + 1 of the lesson's "
                    + expected.length + ", written for trace; edit words or lesson.seed instead)");
        }
        if (version < 2 && data.length != expected.length) {
            throw new ConfigException("data has " + data.length + " examples, but the word data give this lesson " + expected.length
                    + " (data are the lesson's examples, written for trace; edit words or lesson.seed instead)");
        }
        for (int i = 0; i < data.length; i++) {
            if (!Arrays.equals(data[i].x(), expected[i].x()) || !Arrays.equals(data[i].partner(), expected[i].partner())) {
                throw new ConfigException("data[" + i + "] is not example " + (i + 1) + " of the lesson the word data and lesson.seed give"
                        + " (data are written for trace; edit words or lesson.seed instead)");
            }
        }
    }

    private static WordWindows words(JsonObject root) throws ConfigException {
        if (!root.has("words")) return WordWindows.bundled();
        JsonObject w = root.object("words", WORDS);
        if (w.bool("bundled", false)) {
            if (w.has("vocabulary") || w.has("sentences")) throw new ConfigException("words: give bundled, or vocabulary and sentences, not both");
            return WordWindows.bundled();
        }
        JsonNode vocabulary = w.get("vocabulary");
        if (vocabulary == null || !vocabulary.isObject()) {
            throw new ConfigException(w.field("vocabulary") + " must be an object of words and their " + WordWindows.DIMENSION + " numbers");
        }
        JsonNode sentences = w.get("sentences");
        if (sentences == null || !sentences.isArray()) throw new ConfigException(w.field("sentences") + " must be a list of sentences");
        List<String> wordList = new ArrayList<>();
        StringBuilder csv = new StringBuilder("word,v1,v2,v3,v4\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = vocabulary.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            double[] v = JsonObject.vector(e.getValue(), w.field("vocabulary") + "." + e.getKey(), WordWindows.DIMENSION,
                    "the networks read " + WordWindows.DIMENSION + " numbers per word");
            wordList.add(e.getKey());
            csv.append(e.getKey().replace(",", " "));
            for (double x : v) csv.append(',').append(x);
            csv.append('\n');
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            if (!sentences.get(i).isTextual() || sentences.get(i).textValue().contains("\n")) {
                throw new ConfigException(w.field("sentences") + "[" + i + "] must be one line of text");
            }
            text.append(sentences.get(i).textValue()).append('\n');
        }
        try {
            return WordWindows.read(new StringReader(csv.toString()), "vocabulary", new StringReader(text.toString()), "sentences",
                    Limits.DATA);
        } catch (DataFormatException e) {
            String problem = e.getMessage().substring(e.getMessage().indexOf(": ") + 2);
            boolean inVocabulary = e.getMessage().startsWith("vocabulary");
            String where = inVocabulary
                    ? w.field("vocabulary") + (e.line() >= 2 && e.line() - 2 < wordList.size() ? "." + wordList.get(e.line() - 2) : "")
                    : w.field("sentences") + "[" + (e.line() - 1) + "]";
            throw new ConfigException(where + ": " + problem + (inVocabulary ? "" : " (column " + e.column() + ")"));
        } catch (IOException e) {
            throw new ConfigException("words: " + e.getMessage());
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }
}
