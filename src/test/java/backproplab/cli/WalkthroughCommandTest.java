package backproplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walkthrough handout: its CSV carries exactly the independent implementation's numbers for the first example. */
class WalkthroughCommandTest {
    @TempDir Path dir;

    private static String run(int status, String... args) {
        CliRun cli = new CliRun();
        assertEquals(status, cli.run(args), cli.err());
        return status == 0 ? cli.out() : cli.err();
    }

    /** "quantity,pass,layer,i,j" → value, checking that no number appears twice. */
    private static Map<String, Double> values(String csv) {
        Map<String, Double> out = new HashMap<>();
        List<String> lines = csv.lines().toList();
        assertEquals("micro_step,phase,pass,quantity,layer,i,j,value,shown", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            String key = f[3] + "," + f[2] + "," + f[4] + "," + f[5] + "," + f[6];
            assertTrue(out.put(key, Double.parseDouble(f[7])) == null, "appears once: " + key);
        }
        return out;
    }

    private static void expect(Map<String, Double> got, String key, double expected, String name) {
        Double v = got.get(key);
        assertTrue(v != null, name + ": " + key + " is missing");
        double tolerance = 1e-9 * Math.max(1, Math.abs(expected));
        assertEquals(expected, v, tolerance, name + ": " + key);
    }

    @Test
    void everyGoldenConfigurationWithBatchOneMatchesItsExpectedTrace() throws Exception {
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path config : files.filter(p -> p.toString().endsWith(".config.json")).sorted().toList()) {
                String name = config.getFileName().toString();
                JsonNode c = json.readTree(config.toFile());
                if (c.path("batchSize").asInt(1) != 1) {
                    assertTrue(run(2, "walkthrough", config.toString()).startsWith("error: batchSize must be 1 for a walkthrough"));
                    continue;
                }
                JsonNode step = json.readTree(config.resolveSibling(name.replace(".config.json", ".expected.json")).toFile())
                        .get("steps").get(0);
                Map<String, Double> got = values(run(0, "walkthrough", config.toString()));
                JsonNode example = step.get("examples").get(0);
                expect(got, "loss,batch,,,", example.get("loss").doubleValue(), name);
                for (JsonNode pass : example.get("passes")) expectPass(got, pass, name);
                expectUpdate(got, step, name);
                checked++;
            }
        }
        assertTrue(checked >= 9, checked + " golden configurations checked");
    }

    /** Every x, z, a and δ of one pass (true or corrupt) as the trace has them. */
    private static void expectPass(Map<String, Double> got, JsonNode pass, String name) {
        String p = pass.get("name").asText();
        boolean silent = true; // an inactive hinge: every δ 0, and the walkthrough may leave them out
        for (JsonNode d : pass.get("delta")) for (JsonNode v : d) silent &= v.doubleValue() == 0;
        for (int l = 0; l < pass.get("a").size(); l++) {
            for (int i = 0; i < pass.get("a").get(l).size(); i++) {
                String unit = "," + (l + 1) + "," + (i + 1) + ",";
                if (l == 0) {
                    expect(got, "x," + p + unit, pass.get("a").get(0).get(i).doubleValue(), name);
                    continue;
                }
                expect(got, "a," + p + unit, pass.get("a").get(l).get(i).doubleValue(), name);
                expect(got, "z," + p + unit, pass.get("z").get(l - 1).get(i).doubleValue(), name);
                if (!silent || got.containsKey("delta," + p + unit)) {
                    expect(got, "delta," + p + unit, pass.get("delta").get(l - 1).get(i).doubleValue(), name);
                }
            }
        }
    }

    /** Every gradient (where the walkthrough shows it or it is not 0) and every updated weight and bias. */
    private static void expectUpdate(Map<String, Double> got, JsonNode step, String name) {
        JsonNode gw = step.get("gradients").get("weights"), gb = step.get("gradients").get("biases");
        for (int k = 1; k <= gw.size(); k++) {
            for (int i = 0; i < gw.get(k - 1).size(); i++) {
                for (int j = 0; j < gw.get(k - 1).get(i).size(); j++) {
                    String at = k + "," + (i + 1) + "," + (j + 1), g = "grad_W,batch," + at;
                    if (got.containsKey(g) || gw.get(k - 1).get(i).get(j).doubleValue() != 0) {
                        expect(got, g, gw.get(k - 1).get(i).get(j).doubleValue(), name);
                    }
                    expect(got, "W,batch," + at, step.get("weights").get(k - 1).get(i).get(j).doubleValue(), name);
                }
                String g = "grad_b,batch," + k + "," + (i + 1) + ",";
                if (got.containsKey(g) || gb.get(k - 1).get(i).doubleValue() != 0) expect(got, g, gb.get(k - 1).get(i).doubleValue(), name);
                expect(got, "b,batch," + k + "," + (i + 1) + ",", step.get("biases").get(k - 1).get(i).doubleValue(), name);
            }
        }
    }

    @Test
    void theShownColumnIsTheWindowsTextAtTheChosenDecimals() {
        String csv = run(0, "walkthrough", "src/test/resources/golden/mazur-2-2-2.config.json", "--decimals", "8");
        assertTrue(csv.contains("\n2,forward,example,a,2,1,,0.5932699921071872,0.59326999\n"), csv);
        assertTrue(csv.contains(",W,2,1,1,0.35891647971788465,0.35891648\n"), "Mazur's published w5 after the update");
    }

    @Test
    void theMarkdownHandoutHasTitlePhasesAndFormulas() throws Exception {
        Path md = dir.resolve("handout.md");
        run(0, "walkthrough", "src/test/resources/golden/mazur-2-2-2.config.json", "--format", "md", "-o", md.toString());
        String text = Files.readString(md);
        assertTrue(text.startsWith("# Walkthrough: 2-2-2 network · sigmoid hidden units · squared-error loss · SGD, α = 0.5 · the first example\n"), text);
        assertTrue(text.contains("\n## Forward pass\n"), text);
        assertTrue(text.contains("\n## Backward pass\n"));
        assertTrue(text.contains("### Step 2 · z and a of unit 1 in layer 2"));
        assertTrue(text.contains("0.3775"), "numbers substituted");
        assertTrue(text.contains("\n$"), "LaTeX in $…$");
    }

    @Test
    void badInputIsOneLine() throws Exception {
        assertTrue(run(2, "walkthrough", "src/test/resources/golden/mazur-2-2-2.config.json", "--format", "pdf")
                .startsWith("error: --format must be csv or md, got 'pdf'"));
        assertTrue(run(2, "walkthrough", dir.resolve("none.json").toString()).startsWith("error: " + dir.resolve("none.json") + ": no such file"));
    }
}
