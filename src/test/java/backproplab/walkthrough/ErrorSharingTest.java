package backproplab.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.WordWindows;
import backproplab.engine.Activation;
import backproplab.engine.Loss;
import backproplab.engine.Parameter;
import backproplab.setup.LessonSetup;
import backproplab.setup.Preset;
import backproplab.setup.Setup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The error-sharing story ends on exactly the engine's gradient, for every parameter, and its δ's are the engine's. */
class ErrorSharingTest {
    private static final WordWindows DATA = WordWindows.bundled();

    /** The gradient the update used, from the last state before the update. */
    private static double engineGradient(Walkthrough w, Parameter p) {
        Snapshot s = w.step(0).state();
        for (int i = 0; i < w.size() && w.step(i).phase() != Phase.UPDATE; i++) s = w.step(i).state();
        double g = p.bias() ? s.biasGradient(p.layer(), p.row()) : s.weightGradient(p.layer(), p.row(), p.column());
        return Double.isNaN(g) ? 0 : g; // an inactive hinge with no L2 reveals no gradient: it is 0
    }

    @Test
    void aWeightWithATwoDigitIndexIsNamedWithACommaInWordsAndTypeset() {
        LessonSetup window = Setup.classroom().withPreset(Preset.WINDOW).lesson(); // 20-8-1: input 10 exists
        Walkthrough w = new Lesson(window, DATA).walkthrough();
        List<ErrorSharing.Step> story = ErrorSharing.story(w, Parameter.weight(1, 0, 9), 0);
        FormulaText last = story.get(story.size() - 1).formula().render(new Decimals(4));
        assertTrue(last.plain().contains("W^(1)_1,10"), last.plain());
        assertTrue(last.substituted().contains("W^{(1)}_{1,10}"), last.substituted());
        assertFalse(last.plain().contains("W^(1)_110"), "not the name of W_{11,0}");
    }

    /** Checks every weight and bias; returns how many stories had a non-zero result. */
    private static int checkEveryParameter(LessonSetup setup, int example) {
        Lesson lesson = new Lesson(setup, DATA);
        lesson.advanceTo(example);
        Walkthrough w = lesson.walkthrough();
        int[] layers = w.layers(), nonZero = {0};
        for (int k = 1; k < layers.length; k++) {
            for (int i = 0; i < layers[k]; i++) {
                for (int j = -1; j < layers[k - 1]; j++) {
                    Parameter p = new Parameter(k, i, j);
                    List<ErrorSharing.Step> story = ErrorSharing.story(w, p, setup.l2()); // throws if a δ differs from the engine's
                    assertFalse(story.isEmpty());
                    double end = story.get(story.size() - 1).value();
                    assertEquals(engineGradient(w, p), end, 0.0, setup.shape() + " " + p.name());
                    if (end != 0) nonZero[0]++;
                }
            }
        }
        return nonZero[0];
    }

    @Test
    void theNotesExampleMazurAndA4331NetEndOnTheEnginesGradientExactly() {
        assertTrue(checkEveryParameter(LessonSetup.classroom(), 0) > 8, "the notes' example has real gradients");
        assertTrue(checkEveryParameter(LessonSetup.of(Preset.MAZUR), 0) > 8);
        LessonSetup deep = Setup.classroom().withPreset(Preset.CUSTOM).with(b -> b.hidden = Activation.TANH).lesson();
        assertEquals("4-3-3-1", deep.shape());
        int nonZero = 0;
        for (int example = 0; example < 4; example++) nonZero += checkEveryParameter(deep, example);
        assertTrue(nonZero > 20, nonZero + " non-zero gradients told");
        checkEveryParameter(Setup.classroom().with(b -> {
            b.loss = Loss.Kind.SQUARED_ERROR;
            b.layers = new int[] {12, 4, 1};
            b.preset = Preset.CUSTOM;
        }).lesson(), 1);
    }

    @Test
    void withL2TheStoryEndsWithLambdaW() {
        LessonSetup l2 = Setup.classroom().with(b -> b.l2 = 0.05).lesson();
        checkEveryParameter(l2, 0);
        List<ErrorSharing.Step> story = ErrorSharing.story(new Lesson(l2, DATA).walkthrough(), new Parameter(1, 0, 3), 0.05);
        assertEquals("Plus the L2 term λW", story.get(story.size() - 1).title());
    }

    @Test
    void theNotesWeightW14TellsBothWindowsTheSignAndTheSum() {
        Walkthrough w = new Lesson(LessonSetup.classroom(), DATA).walkthrough();
        List<ErrorSharing.Step> story = ErrorSharing.story(w, new Parameter(1, 0, 3), 0);
        List<String> titles = story.stream().map(ErrorSharing.Step::title).toList();
        assertEquals("Which way the error points", titles.get(0));
        assertEquals("The error at output unit 1 (true window)", titles.get(1));
        assertEquals(-1, story.get(1).value(), 0.0, "∂J/∂s = −1 when the hinge is active");
        assertTrue(titles.contains("The error at output unit 1 (corrupt window)"));
        assertEquals("Both windows together: the gradient the update uses", titles.get(titles.size() - 1));
        assertEquals(12, story.size(), "1 sign + 5 steps per window + the sum");
        String plain = story.get(5).formula().render(new Decimals(4)).plain();
        assertTrue(plain.startsWith("∂J/∂W^(1)_14 (true window) = "), plain);
        // the error that reaches a^(2)_1 has the notes' name, not an unnamed e
        String share = story.get(3).formula().render(new Decimals(4)).plain(), delta = story.get(4).formula().render(new Decimals(4)).plain();
        assertTrue(share.startsWith("∂J/∂a^(2)_1 = Σ_m W^(2)_m1 δ^(3)_m = "), share);
        assertTrue(delta.startsWith("δ^(2)_1 = f'(z^(2)_1) · ∂J/∂a^(2)_1 = "), delta);
    }

    @Test
    void anInactiveHingeSaysEveryShareIsZero() {
        // find an example of the classroom lesson whose hinge is inactive
        Lesson lesson = new Lesson(LessonSetup.classroom(), DATA);
        for (int e = 0; e < 60; e++) {
            lesson.advanceTo(e);
            Walkthrough w = lesson.walkthrough();
            List<ErrorSharing.Step> story = ErrorSharing.story(w, new Parameter(1, 1, 2), 0);
            if (story.get(0).title().startsWith("The hinge is inactive")) {
                assertEquals(0, story.get(story.size() - 1).value(), 0.0);
                return;
            }
        }
        throw new AssertionError("no inactive hinge in 60 examples");
    }

    @Test
    void wordsInAFormulaAreTypesetAsText() {
        assertEquals("\\partial J/\\partial W^{(1)}_{11} \\text{ (corrupt window)} = 0.1",
                ErrorSharing.tex("∂J/∂W^(1)_11 (corrupt window) = 0.1"));
    }
}
