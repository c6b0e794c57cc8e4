package backproplab.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import backproplab.config.ConfigException;
import backproplab.config.TraceConfig;
import backproplab.data.DataFormatException;
import backproplab.data.WordWindows;
import backproplab.scenario.ScenarioFile;
import backproplab.setup.Limits;
import backproplab.trace.Trace;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Thousands of random mutations of the golden configurations, the bundled scenario and the word
 * data, each through the real parser: every one is accepted or refused with one line (a
 * ConfigException or DataFormatException), never anything else. The timeout only catches a hang.
 */
@Timeout(300)
class ParserFuzzTest {
    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "-", "1e308", "-1", "0", "NaN", "null", "true",
        "\"x\"", "99999999999999999999", "\u00e9", "\n", " ", "1.5", "[[", "{\"a\": 1}", "-0.0", "1e-320", "\"steps\": 5", "[paris]", "]["};
    private static final String[] NUMBERS = {"1e308", "-1e308", "0", "-1", "2147483648", "1e-320", "0.5", "65", "100001", "3.0", "-0"};
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    private final Random random = new Random(20261125);

    @Test
    void mutatedConfigurationsAreAcceptedOrRefusedInOneLine() throws Exception {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> golden = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path p : golden.filter(p -> p.toString().endsWith(".config.json")).sorted().toList()) sources.add(Files.readString(p));
        }
        String scenario = resource("/assets/classroom-lesson.json");
        for (int copy = 0; copy < sources.size() / 2; copy++) sources.add(scenario); // a third of the mutations hit a scenario
        int accepted = 0, refused = 0;
        for (int i = 0; i < 3000; i++) {
            String text = mutate(sources.get(random.nextInt(sources.size())));
            try {
                TraceConfig config = ScenarioFile.traceConfig(text);
                Trace.checkSize(config, text);
                accepted++;
            } catch (ConfigException e) {
                assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), "one line: " + e.getMessage());
                refused++;
            } catch (Throwable t) {
                fail("mutation " + i + " threw " + t + " for:\n" + shorten(text), t);
            }
        }
        assertTrue(accepted > 100 && refused > 1000, accepted + " accepted, " + refused + " refused: the mutations reach both");
    }

    @Test
    void mutatedWordDataAreAcceptedOrRefusedWithFileLineAndColumn() throws Exception {
        String vocabulary = resource("/assets/vocabulary.csv"), sentences = resource("/assets/sentences.txt");
        int refused = 0;
        for (int i = 0; i < 1000; i++) {
            boolean mutateVocabulary = random.nextBoolean();
            String v = mutateVocabulary ? mutate(vocabulary) : vocabulary, s = mutateVocabulary ? sentences : mutate(sentences);
            try {
                WordWindows.read(new StringReader(v), "vocabulary.csv", new StringReader(s), "sentences.txt", Limits.DATA);
            } catch (DataFormatException e) {
                assertTrue(e.getMessage().matches("(vocabulary\\.csv|sentences\\.txt) line \\d+, column \\d+: [^\\n]+"), e.getMessage());
                refused++;
            } catch (Throwable t) {
                fail("mutation " + i + " threw " + t, t);
            }
        }
        assertTrue(refused > 200, refused + " refused");
    }

    private String mutate(String text) {
        String out = text;
        for (int m = 1 + random.nextInt(3); m > 0; m--) {
            int at = out.isEmpty() ? 0 : random.nextInt(out.length());
            out = switch (random.nextInt(5)) {
                case 0 -> out.substring(0, at) + out.substring(Math.min(out.length(), at + 1 + random.nextInt(20)));
                case 1 -> out.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + out.substring(at);
                case 2 -> replaceNumber(out);
                case 3 -> {
                    int end = Math.min(out.length(), at + 1 + random.nextInt(200));
                    yield out.substring(0, end) + out.substring(at, end) + out.substring(end);
                }
                default -> random.nextInt(4) == 0 ? out.substring(0, at) : replaceNumber(out);
            };
        }
        return out;
    }

    private String replaceNumber(String text) {
        Matcher m = NUMBER.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) spans.add(new int[] {m.start(), m.end()});
        if (spans.isEmpty()) return text;
        int[] s = spans.get(random.nextInt(spans.size()));
        return text.substring(0, s[0]) + NUMBERS[random.nextInt(NUMBERS.length)] + text.substring(s[1]);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ParserFuzzTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String shorten(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }
}
