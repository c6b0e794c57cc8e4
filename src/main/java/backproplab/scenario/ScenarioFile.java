package backproplab.scenario;

import backproplab.config.ConfigException;
import backproplab.config.TraceConfig;
import backproplab.data.Sentence;
import backproplab.data.WordWindows;
import backproplab.engine.Activation;
import backproplab.engine.Loss;
import backproplab.engine.Network;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.OptimizerSettings.Type;
import backproplab.setup.Examples;
import backproplab.setup.LessonSetup;
import backproplab.setup.Limits;
import backproplab.setup.Position;
import backproplab.setup.ScheduleChoice;
import backproplab.setup.Session;
import backproplab.setup.Setup;
import backproplab.walkthrough.Lesson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A saved lesson: the whole {@link Session} as a readable JSON file (docs/scenario-format.md). Its
 * network, loss, optimizer, batchSize, steps and data use the {@code trace} configuration's schema
 * and parser, so {@code trace lesson.json} replays the lesson up to the saved example. Beyond them
 * it holds the lesson's preset, seed and initialisation, the loss curves' settings, the word data
 * (named when bundled, embedded once otherwise) and the stepping position. Version 2 writes as data
 * only the examples the saved steps use, as vectors; version 1 (every example) keeps opening.
 * Reading checks the whole file before anything is used; a problem is one sentence naming the
 * field and its line.
 */
public final class ScenarioFile {
    public static final String FORMAT = "backprop-lab-scenario";
    /** The version written; every version up to it is read. */
    public static final int VERSION = 2;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScenarioFile() {}

    /** True if {@code root} says it is a scenario (then it is read with {@link #read}). */
    public static boolean isScenario(JsonNode root) {
        return root != null && root.isObject() && root.has("format");
    }

    // --- writing -----------------------------------------------------------------------------

    /**
     * The scenario file of {@code s}. The same session always gives the same text, and it is never
     * larger than {@link Limits#SCENARIO_BYTES}, so it opens again.
     */
    public static String write(Session s) {
        Setup setup = s.setup();
        LessonSetup lesson = setup.lesson();
        ObjectNode root = NODES.objectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.set("network", network(lesson));
        ObjectNode loss = root.putObject("loss");
        loss.put("type", (lesson.maxMargin() ? Loss.Kind.MAX_MARGIN : Loss.Kind.SQUARED_ERROR).id());
        loss.put("margin", setup.margin());
        loss.put("l2", setup.l2());
        root.set("optimizer", optimizer(setup));
        root.put("batchSize", 1);
        root.put("steps", s.position().updates() + 1);
        ObjectNode l = root.putObject("lesson");
        l.put("preset", setup.preset().id());
        l.put("seed", setup.seed());
        l.put("init", setup.init().id());
        l.put("initStddev", setup.initStddev());
        root.set("curves", curves(setup));
        List<Examples.Example> examples = Examples.stepping(lesson, s.words()); // trace replays the inputs the lesson steps through
        ObjectNode position = root.putObject("position");
        position.put("example", s.position().updates() % examples.size() + 1);
        position.put("updates", s.position().updates());
        position.put("microStep", s.position().step());
        root.set("words", words(s.words()));
        ArrayNode data = root.putArray("data");
        for (Examples.Example e : examples.subList(0, used(s.position(), examples.size()))) {
            ObjectNode item = data.addObject();
            item.set("x", vector(e.sample().x()));
            item.set(lesson.maxMargin() ? "corrupt" : "target", vector(e.sample().partner()));
        }
        String text = JsonText.write(root);
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > Limits.SCENARIO_BYTES) { // the limits make this impossible; checked so a change to them cannot hide it
            throw new IllegalStateException("the scenario would have " + bytes + " bytes; at most " + Limits.SCENARIO_BYTES + " are opened");
        }
        return text;
    }

    /** How many examples the updates up to and including the one at {@code p} use: data holds these first ones. */
    static int used(Position p, int examples) {
        return (int) Math.min(examples, p.updates() + 1L);
    }

    private static ObjectNode network(LessonSetup lesson) {
        ObjectNode n = NODES.objectNode();
        ArrayNode layers = n.putArray("layers");
        for (int size : lesson.layers()) layers.add(size);
        n.put("hiddenActivation", lesson.hidden().id());
        n.put("outputActivation", lesson.output().id());
        n.put("leakySlope", lesson.leakySlope());
        Network start = lesson.initialNetwork();
        ArrayNode weights = n.putArray("weights"), biases = n.putArray("biases");
        for (int k = 1; k < start.layerCount(); k++) {
            ArrayNode rows = weights.addArray();
            double[] w = start.weights(k);
            int columns = start.layerSize(k);
            for (int row = 0; row < w.length; row += columns) rows.add(vector(Arrays.copyOfRange(w, row, row + columns)));
            biases.add(vector(start.biases(k)));
        }
        return n;
    }

    private static ObjectNode optimizer(Setup setup) {
        OptimizerSettings o = setup.optimizerSettings(setup.optimizer());
        ObjectNode n = NODES.objectNode();
        n.put("type", o.type().id());
        n.put("learningRate", o.learningRate());
        n.put("momentum", o.momentum());
        n.put("decay", o.decay());
        n.put("beta1", o.beta1());
        n.put("beta2", o.beta2());
        n.put("epsilon", o.epsilon());
        n.put("biasCorrection", o.biasCorrection());
        n.put("fanInScaling", o.fanInScaling());
        n.put("updateBiases", o.updateBiases());
        ScheduleChoice c = setup.schedule();
        ObjectNode schedule = n.putObject("schedule");
        schedule.put("type", c.kind().id());
        schedule.put("factor", c.factor());
        schedule.put("every", c.every());
        schedule.put("k", c.k());
        schedule.put("tau", c.tau());
        return n;
    }

    private static ObjectNode curves(Setup setup) {
        ObjectNode n = NODES.objectNode();
        ArrayNode activations = n.putArray("activations");
        for (Activation a : setup.curves().activations()) activations.add(a.id());
        ArrayNode optimizers = n.putArray("optimizers");
        for (Type t : setup.curves().optimizers()) optimizers.add(t.id());
        ObjectNode rates = n.putObject("learningRates");
        for (Type t : Type.values()) if (t != setup.optimizer()) rates.put(t.id(), setup.rate(t));
        n.put("preprocessing", setup.curves().preprocessing().id());
        n.put("batchSize", setup.curves().batchSize());
        n.put("epochs", setup.curves().epochs());
        n.put("showValidation", setup.curves().showValidation());
        n.put("logScale", setup.curves().logScale());
        n.put("markers", setup.curves().markers());
        n.put("race", setup.curves().race().id());
        n.put("stepPreprocessed", setup.curves().stepPreprocessed());
        return n;
    }

    private static ObjectNode words(WordWindows words) {
        ObjectNode n = NODES.objectNode();
        if (words.isBundled()) {
            n.put("bundled", true);
            return n;
        }
        ObjectNode vocabulary = n.putObject("vocabulary");
        for (String word : words.vocabulary().words()) vocabulary.set(word, vector(words.vocabulary().vector(word)));
        ArrayNode sentences = n.putArray("sentences");
        for (Sentence s : words.sentences()) sentences.add(s.text());
        return n;
    }

    private static ArrayNode vector(double[] values) {
        ArrayNode a = NODES.arrayNode();
        for (double v : values) a.add(v);
        return a;
    }

    /**
     * Reads a scenario, checking all of it: the JSON, every field, the word data, that the data
     * are the lesson's examples, and that the position exists.
     *
     * @throws ConfigException one sentence: "field … problem (line L, column C)", or a problem of the whole file
     */
    public static Session read(String text) throws ConfigException {
        return ScenarioReader.read(text).session();
    }

    /**
     * Reads a scenario as {@link #read} does, and keeps the lesson that checking its position built:
     * the lesson replayed to the saved example, ready to show.
     */
    public static Opened open(String text) throws ConfigException {
        return ScenarioReader.read(text);
    }

    /** A scenario read whole: the session, and its lesson at the saved position (the window takes it over). */
    public record Opened(Session session, Lesson lesson) {}

    /**
     * The trace configuration of a file: a scenario (checked whole, as {@link #read} does) or a
     * plain {@code trace} configuration.
     */
    public static TraceConfig traceConfig(String text) throws ConfigException {
        return ScenarioReader.traceConfig(text);
    }
}
