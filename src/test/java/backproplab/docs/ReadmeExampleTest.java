package backproplab.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.config.TraceConfigParser;
import backproplab.trace.Trace;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's one-minute check holds: the trace of assets/mazur-2-2-2.json gives the numbers it quotes. */
class ReadmeExampleTest {
    @Test
    void mazursExampleGivesTheNumbersTheReadmeQuotes() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("trace assets/mazur-2-2-2.json"), "the README runs the file");
        JsonNode step = Trace.run(TraceConfigParser.parse(Files.readString(Path.of("assets/mazur-2-2-2.json")))).get("steps").get(0);
        String loss = Double.toString(step.get("loss").doubleValue()), w = Double.toString(step.at("/weights/1/0/0").doubleValue());
        assertEquals("0.2983711087600027", loss);
        assertEquals("0.35891647971788465", w);
        assertTrue(readme.contains("`\"loss\" : " + loss + "`") && readme.contains("`" + w + "`"), "the README quotes " + loss + " and " + w);
    }
}
