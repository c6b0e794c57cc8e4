package backproplab.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.engine.Network;
import backproplab.engine.Parameter;
import backproplab.scenario.ScenarioFile;
import backproplab.setup.LessonSetup;
import backproplab.setup.Session;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

    /** A ReLU exactly at z = 0 has no slope there; the story says it uses f'(0) = 0 by convention. */
    @Test
    void theStoryThroughAReluAtExactlyZeroNamesTheConvention() throws Exception {
        String text;
        try (InputStream in = UnitHealthTest.class.getResourceAsStream("/scenarios/relu-dead.json")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // unit 2 of layer 2: every weight into it 0 and its bias 0, so z^(2)_2 = 0 on every example
        for (String w : new String[] {"0.4163543155535945", "-0.2961704447073863", "-0.7585278972189831", "0.6998262016945451"}) {
            text = text.replace(w, "0.0");
        }
        Lesson lesson = Lesson.at(ScenarioFile.read(text));
        Walkthrough w = lesson.walkthrough();
        List<ErrorSharing.Step> story = ErrorSharing.story(w, Parameter.weight(1, 1, 0), 0);
        List<String> titles = story.stream().map(ErrorSharing.Step::title).filter(t -> t.startsWith("× f'(z^(2)_2)")).toList();
        assertEquals(2, titles.size(), "one per window: " + story.stream().map(ErrorSharing.Step::title).toList());
        for (String title : titles) {
            assertTrue(title.endsWith(" — z^(2)_2 is exactly 0: ReLU has no slope at its corner, and f'(0) = 0 by convention"), title);
        }
        List<ErrorSharing.Step> other = ErrorSharing.story(w, Parameter.weight(1, 0, 0), 0);
        assertTrue(other.stream().noneMatch(s -> s.title().contains("by convention")), "unit 1 is not at its corner");
    }
}
