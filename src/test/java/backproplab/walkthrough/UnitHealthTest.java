package backproplab.walkthrough;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.engine.Network;
import backproplab.scenario.ScenarioFile;
import backproplab.setup.LessonSetup;
import backproplab.setup.Session;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the dead-unit card says is true: under L2 the weights into a dead ReLU do change (they shrink). */
class UnitHealthTest {
    @Test
    void aDeadReluUnderL2HasShrinkingWeightsAndTheCardSaysSo() throws Exception {
        String text;
        try (InputStream in = UnitHealthTest.class.getResourceAsStream("/scenarios/relu-dead.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8); // b^(1)_1 = -10: unit 1 of layer 2 never fires
        }
        Session session = ScenarioFile.read(text.replace("\"l2\": 0.0", "\"l2\": 0.05"));
        LessonSetup setup = session.setup().lesson();
        Lesson lesson = Lesson.at(session);
        for (int e = 0; e < 20; e++) lesson.nextExample();
        assertTrue(lesson.dead(2, 0), "unit 1 of layer 2 is dead");
        Network start = setup.initialNetwork();
        Snapshot now = lesson.walkthrough().step(0).state();
        for (int j = 0; j < setup.layers()[0]; j++) {
            double before = start.weight(1, 0, j), after = now.weight(1, 0, j);
            assertTrue(Math.abs(after) < Math.abs(before), "L2 shrinks W^(1)_1" + (j + 1) + ": " + before + " → " + after);
        }
        assertFalse(UnitHealth.DEAD_TEXT.contains("never changed"), UnitHealth.DEAD_TEXT);
        assertTrue(UnitHealth.DEAD_TEXT.contains("L2"), "the card says what L2 does: " + UnitHealth.DEAD_TEXT);
        assertFalse(UnitHealth.DEAD_TEXT.contains("smaller α or"), "a smaller α sends no gradient through a dead unit: " + UnitHealth.DEAD_TEXT);
    }
}
