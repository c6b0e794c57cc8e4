package backproplab.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.WordWindows;
import backproplab.setup.LessonSetup;
import backproplab.setup.Preset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matrix view's entries are the one-neuron view's numbers, the lit ones are the step's, and large layers are elided. */
class MatrixFormTest {
    private static final WordWindows DATA = WordWindows.bundled();

    private static void checkEveryStep(Walkthrough w) {
        int[] n = w.layers();
        for (int s = 0; s < w.size(); s++) {
            MicroStep step = w.step(s);
            MatrixForm.View view = MatrixForm.of(w, s);
            if (step.phase() == Phase.GRADIENTS && step.focus().unit() < 0) continue; // L2 has no matrix form of its own
            assertNotNull(view, "step " + (s + 1));
            Snapshot st = step.state();
            int k = step.focus().layer(), i = step.focus().unit(), p = step.pass();
            switch (step.phase()) {
                case FORWARD_TRUE, FORWARD_CORRUPT -> {
                    MatrixForm.Matrix z = view.matrices().get(0), w1 = view.matrices().get(1);
                    assertEquals(st.z(p, k, i), z.entries()[i][0], 0.0, "z, step " + (s + 1));
                    assertTrue(z.lit()[i][0]);
                    for (int j = 0; j < n[k - 2]; j++) {
                        assertEquals(st.weight(k - 1, i, j), w1.entries()[i][j], 0.0);
                        assertTrue(w1.lit()[i][j], "row i of W is lit");
                    }
                }
                case BACKWARD -> {
                    MatrixForm.Matrix delta = view.matrices().get(0);
                    assertEquals(st.delta(p, k, i), delta.entries()[i][0], 0.0, "δ, step " + (s + 1));
                    if (k < n.length) {
                        MatrixForm.Matrix wt = view.matrices().get(2);
                        for (int m = 0; m < n[k]; m++) assertEquals(st.weight(k, m, i), wt.entries()[i][m], 0.0, "Wᵀ row i = column i of W");
                    }
                }
                case GRADIENTS -> {
                    MatrixForm.Matrix g = view.matrices().get(0);
                    for (int j = 0; j < n[k - 2]; j++) assertEquals(st.weightGradient(k - 1, i, j), g.entries()[i][j], 0.0);
                }
                case UPDATE -> assertEquals(st.weight(k, 0, 0), view.matrices().get(0).entries()[0][0], 0.0);
                default -> { }
            }
            assertTrue(view.latex(new Decimals(4)).contains("\\begin{pmatrix}"));
        }
    }

    @Test
    void everyStepOfTheNotesExampleAndTheWindowNet() {
        checkEveryStep(new Lesson(LessonSetup.classroom(), DATA).walkthrough());
        checkEveryStep(new Lesson(LessonSetup.of(Preset.MAZUR), DATA).walkthrough());
        Walkthrough wide = new Lesson(LessonSetup.of(Preset.WINDOW), DATA).walkthrough();
        checkEveryStep(wide);
        String latex = MatrixForm.of(wide, 1).latex(new Decimals(4)); // z^(2)_1 = row 1 of the 8×20 W^(1) …
        assertTrue(latex.contains("\\cdots"), "20 columns are elided");
        assertTrue(latex.contains("\\textcolor{#C04A00}{\\mathbf{"), "the entries the step touches are lit");
    }

    @Test
    void elisionKeepsTheLitEntriesTheirNeighboursAndTheEnds() {
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), MatrixForm.shown(7, i -> false));
        assertEquals(List.of(0, -1, 9, 10, 11, -1, 19), MatrixForm.shown(20, i -> i == 10));
        assertEquals(List.of(0, 1, 2, -1, 17, 18, 19), MatrixForm.shown(20, i -> true));
    }

    @Test
    void theInsetNamesTheEntryAndTheMatrix() {
        Walkthrough w = new Lesson(LessonSetup.classroom(), DATA).walkthrough();
        assertEquals("In matrix form: entry 1 of z^(2) = W^(1) a^(1) + b^(1), using row 1 of W^(1)", MatrixForm.inset(w, 1));
    }
}
