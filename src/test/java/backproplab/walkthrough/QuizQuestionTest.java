package backproplab.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.WordWindows;
import backproplab.setup.LessonSetup;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The quiz accepts the value as shown at every decimals setting and refuses one unit off in the last decimal. */
class QuizQuestionTest {
    @Test
    void theShownValueIsRightAndOneUnitOffInTheLastDecimalIsWrongAtEveryDecimals() {
        Lesson lesson = new Lesson(LessonSetup.classroom(), WordWindows.bundled());
        int asked = 0;
        for (MicroStep step : lesson.walkthrough().steps()) {
            QuizQuestion q = QuizQuestion.of(step, step.formula());
            if (q == null) continue;
            asked++;
            for (int places = Decimals.MIN; places <= Decimals.MAX; places++) {
                Decimals d = new Decimals(places);
                BigDecimal shown = new BigDecimal(q.shown(d));
                BigDecimal unit = BigDecimal.ONE.movePointLeft(places);
                assertTrue(q.accepts(shown.doubleValue(), d), q + " as shown at " + places);
                assertTrue(q.accepts(q.value(), d), q + " exactly at " + places);
                assertFalse(q.accepts(shown.add(unit).doubleValue(), d), q + " one unit up at " + places);
                assertFalse(q.accepts(shown.subtract(unit).doubleValue(), d), q + " one unit down at " + places);
                assertTrue(q.accepts(shown.add(unit.multiply(new BigDecimal("0.4"))).doubleValue(), d), "within half a unit at " + places);
            }
        }
        assertEquals(3 + 3 + 1 + 6 + 3 + 2, asked, "z ×3 per window, J, δ ×3 per window, 3 gradient rows, 2 updates");
    }

    @Test
    void theQuestionsAreTheStepsNumbers() {
        Lesson lesson = new Lesson(LessonSetup.classroom(), WordWindows.bundled());
        var steps = lesson.walkthrough().steps();
        assertNull(QuizQuestion.of(steps.get(0), steps.get(0).formula()), "the inputs reveal no computed number");
        QuizQuestion z = QuizQuestion.of(steps.get(1), steps.get(1).formula());
        assertEquals("z^(2)_1", z.name());
        assertEquals(steps.get(1).state().z(0, 2, 0), z.value(), 0.0);
        QuizQuestion last = QuizQuestion.of(lesson.walkthrough().last(), lesson.walkthrough().last().formula());
        assertEquals("W^(2)_11 after the update", last.name());
        assertEquals(lesson.walkthrough().last().state().weight(2, 0, 0), last.value(), 0.0);
        assertEquals(1.5, QuizQuestion.parse(" 1,5 "), 0.0, "a decimal comma is read");
        assertNull(QuizQuestion.parse("abc"));
    }
}
