package backproplab.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import backproplab.config.TraceConfigParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opentest4j.AssertionFailedError;

/** Every golden case (computed by an independent implementation) through the same path as the trace command. */
class GoldenTraceTest {
    static final List<String> CASES = List.of("hardtanh-adagrad-4-2-1", "leaky-adam-nobias-4-2-1", "mazur-2-2-2",
            "relu-adam-4-2-1", "relu-squared-deep", "sigmoid-sgd-4-2-1", "sigmoid-sgd-step-schedule",
            "sigmoid-squared-batch-l2", "softsign-rmsprop-4-2-1", "tanh-momentum-4-2-1", "tanh-sgd-fanin-exp-20-8-1");
    private static final double TOLERANCE = 1e-9;

    static Stream<String> cases() {
        return CASES.stream();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void traceMatchesGolden(String name) throws Exception {
        String config = new String(resource(name + ".config.json").readAllBytes());
        JsonNode expected = new ObjectMapper().readTree(resource(name + ".expected.json"));
        JsonNode actual = Trace.run(TraceConfigParser.parse(config));
        assertTrue(expected.get("steps").size() > 0, "golden file has steps");
        compare(expected, actual, name);
    }

    @Test
    void comparisonRejectsADifferenceAboveTheTolerance() throws Exception {
        String config = new String(resource("mazur-2-2-2.config.json").readAllBytes());
        JsonNode actual = Trace.run(TraceConfigParser.parse(config));
        JsonNode expected = new ObjectMapper().readTree(resource("mazur-2-2-2.expected.json"));
        ArrayNode row =
                (ArrayNode) expected.at("/steps/0/weights/1/0");
        row.set(0, row.get(0).doubleValue() + 1e-8);
        Assertions.assertThrows(AssertionFailedError.class,
                () -> compare(expected, actual, "mazur"));
    }

    static InputStream resource(String file) throws IOException {
        InputStream in = GoldenTraceTest.class.getResourceAsStream("/golden/" + file);
        if (in == null) throw new IOException("missing test resource golden/" + file);
        return in;
    }

    /** Structural equality with numbers equal to 1e-9, absolute or relative, whichever is larger. */
    static void compare(JsonNode expected, JsonNode actual, String path) {
        if (expected.isNumber()) {
            if (!actual.isNumber()) fail(path + ": expected a number, got " + actual);
            double e = expected.doubleValue(), a = actual.doubleValue();
            if (Math.abs(e - a) > TOLERANCE * Math.max(1, Math.abs(e))) {
                fail(path + ": expected " + e + ", got " + a);
            }
        } else if (expected.isArray()) {
            assertEquals(expected.size(), actual.size(), path + ": array length");
            for (int i = 0; i < expected.size(); i++) compare(expected.get(i), actual.get(i), path + "[" + i + "]");
        } else if (expected.isObject()) {
            for (Iterator<String> it = expected.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!actual.has(field)) fail(path + "." + field + " is missing");
                compare(expected.get(field), actual.get(field), path + "." + field);
            }
            assertEquals(expected.size(), actual.size(), path + ": field count " + actual.fieldNames());
        } else {
            assertEquals(expected, actual, path);
        }
    }
}
