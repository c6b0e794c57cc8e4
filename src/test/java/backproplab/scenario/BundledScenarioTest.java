package backproplab.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import backproplab.setup.Session;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The example scenario that ships in assets/ is what Save writes for the notes' example, and it opens. */
class BundledScenarioTest {
    @Test
    void theShippedExampleIsTheClassroomLessonAsSaveWritesIt() throws Exception {
        String shipped;
        try (InputStream in = BundledScenarioTest.class.getResourceAsStream("/assets/classroom-lesson.json")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(ScenarioFile.write(Session.classroom()), shipped, "regenerate assets/classroom-lesson.json after changing the format");
        assertEquals(Session.classroom(), ScenarioFile.read(shipped));
    }
}
