package backproplab.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Bad configurations are rejected with one message that names the field. */
public class TraceConfigParserTest {
    public static final String VALID = """
            {"network": {"layers": [4, 2, 1], "hiddenActivation": "sigmoid",
               "weights": [[[0.1, -0.2, 0.3, 0.05], [0.0, 0.4, -0.1, 0.2]], [[0.7, -0.6]]],
               "biases": [[0.0, 0.1], [0.0]]},
             "loss": {"type": "max-margin", "margin": 1.0},
             "optimizer": {"type": "adam", "learningRate": 0.01},
             "data": [{"x": [0.5, -0.1, 0.2, 0.9], "corrupt": [-0.3, 0.8, 0.1, -0.4]}],
             "steps": 3}""";

    private static String rejected(Consumer<ObjectNode> edit) throws Exception {
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(VALID);
        edit.accept(root);
        return assertThrows(ConfigException.class, () -> TraceConfigParser.parse(root.toString())).getMessage();
    }

    private static ObjectNode at(ObjectNode root, String field) {
        return (ObjectNode) root.get(field);
    }

    @Test
    void validConfigurationParses() throws Exception {
        TraceConfig config = TraceConfigParser.parse(VALID);
        assertEquals(3, config.steps());
        assertEquals(1, config.batchSize());
        assertEquals(0.7, config.network().weight(2, 0, 0));
    }

    @Test
    void aFileThatEndsEarlyIsNamedWithoutTheParsersInternals() {
        String message = assertThrows(ConfigException.class, () -> TraceConfigParser.parse("{\n  \"layers\": [4, 2, 1")).getMessage();
        assertEquals("invalid JSON at line 2, column 21: Unexpected end-of-input: expected close marker for Array", message);
    }

    @Test
    void unknownNamesAreRejected() throws Exception {
        assertEquals("network.hiddenActivation: unknown activation 'sigmod' (expected identity, sigmoid, tanh, "
                + "hardtanh, softsign, relu or leaky-relu)", rejected(r -> at(r, "network").put("hiddenActivation", "sigmod")));
        assertTrue(rejected(r -> at(r, "loss").put("type", "hinge")).startsWith("loss.type: unknown loss 'hinge'"));
        assertTrue(rejected(r -> at(r, "optimizer").put("type", "lbfgs")).startsWith("optimizer.type: unknown optimizer 'lbfgs'"));
        assertTrue(rejected(r -> at(r, "optimizer").putObject("schedule").put("type", "cosine"))
                .startsWith("optimizer.schedule.type: unknown schedule 'cosine'"));
    }

    @Test
    void unknownFieldsAreRejectedAsTypos() throws Exception {
        assertTrue(rejected(r -> at(r, "optimizer").put("learningrate", 0.1))
                .startsWith("optimizer.learningrate is not a known field"));
        assertTrue(rejected(r -> r.put("epochs", 3)).startsWith("epochs is not a known field"));
    }

    @Test
    void wrongShapesNameTheMatrix() throws Exception {
        assertEquals("network.weights[0] has 3 rows, expected 2 (layer 2 has 2 units)",
                rejected(r -> ((ArrayNode) at(r, "network").get("weights").get(0)).addArray().add(1).add(2).add(3).add(4)));
        assertEquals("network.weights[1][0] has 3 values, expected 2 (layer 2 has 2 units)",
                rejected(r -> ((ArrayNode) at(r, "network").get("weights").get(1).get(0)).add(0.5)));
        assertEquals("network.biases[0] has 1 values, expected 2 (layer 2 has 2 units)",
                rejected(r -> ((ArrayNode) at(r, "network").get("biases").get(0)).remove(1)));
    }

    @Test
    void badLearningRatesAreRejected() throws Exception {
        assertEquals("optimizer.learningRate must not be negative, got -0.5",
                rejected(r -> at(r, "optimizer").put("learningRate", -0.5)));
        assertEquals("optimizer.learningRate must be a number, got \"fast\"",
                rejected(r -> at(r, "optimizer").put("learningRate", "fast")));
        assertEquals("optimizer.learningRate must be a finite number, got NaN",
                assertThrows(ConfigException.class, () -> TraceConfigParser.parse(
                        VALID.replace("\"learningRate\": 0.01", "\"learningRate\": NaN"))).getMessage());
        assertEquals("optimizer.beta1 must be in [0, 1), got 1.5", rejected(r -> at(r, "optimizer").put("beta1", 1.5)));
        // whole numbers as typed, not as Java writes a double ("-1.0", "1.0E9")
        assertEquals("optimizer.epsilon must be positive, got -1", rejected(r -> at(r, "optimizer").put("epsilon", -1)));
        assertEquals("optimizer.momentum must be in [0, 1), got 1000000000", rejected(r -> at(r, "optimizer").put("momentum", 1e9)));
        assertEquals("optimizer.learningRate must be a finite number, got Infinity", assertThrows(ConfigException.class,
                () -> TraceConfigParser.parse(VALID.replace("\"learningRate\": 0.01", "\"learningRate\": Infinity"))).getMessage());
    }

    @Test
    void sampleVectorsOfTheWrongLengthAreRejected() throws Exception {
        assertEquals("data[0].corrupt has 3 values, expected 4 (layer 1 has 4 units)",
                rejected(r -> ((ArrayNode) r.get("data").get(0).get("corrupt")).remove(0)));
        assertEquals("data[0].x[1] must be a number, got \"a\"",
                rejected(r -> ((ArrayNode) r.get("data").get(0).get("x")).set(1, "a")));
    }

    @Test
    void maxMarginNeedsOneOutputUnit() throws Exception {
        String twoOutputs = VALID.replace("[4, 2, 1]", "[4, 2, 2]").replace("[[0.7, -0.6]]", "[[0.7, -0.6], [0.1, 0.1]]")
                .replace("[[0.0, 0.1], [0.0]]", "[[0.0, 0.1], [0.0, 0.0]]");
        assertEquals("loss.type: max-margin needs exactly one output unit (the score), the network has 2",
                assertThrows(ConfigException.class, () -> TraceConfigParser.parse(twoOutputs)).getMessage());
    }

    @Test
    void invalidJsonReportsWhere() {
        String message = assertThrows(ConfigException.class, () -> TraceConfigParser.parse("{\"network\": ")).getMessage();
        assertTrue(message.startsWith("invalid JSON at line 1"), message);
    }

    @Test
    void seededInitialisationReplacesExplicitWeights() throws Exception {
        String seeded = VALID.replaceAll("(?s)\"weights\".*\\[\\[0\\.0, 0\\.1\\], \\[0\\.0\\]\\]",
                "\"init\": {\"scheme\": \"xavier-uniform\", \"seed\": 7}");
        TraceConfig a = TraceConfigParser.parse(seeded), b = TraceConfigParser.parse(seeded);
        double r = Math.sqrt(6.0 / 6);
        for (double w : a.network().weights(1)) assertTrue(Math.abs(w) <= r);
        assertEquals(a.network().weight(1, 1, 3), b.network().weight(1, 1, 3));
        assertTrue(a.network().weight(1, 1, 3) != 0);
    }
}
