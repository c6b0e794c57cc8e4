package backproplab.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.WordWindows;
import backproplab.setup.LessonSetup;
import backproplab.setup.Setup;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With L2 the window and the walkthrough export say the same thing about each weight's gradient:
 * the gradient rows give it before λW (and say so), the L2 step gives the gradient the update uses —
 * with W^(k)_11 worked out on screen — and that step is where the export lists every grad_W.
 */
class L2StepTest {
    @Test
    void theGradientRowsSayBeforeLambdaWAndTheL2StepShowsWhatTheExportLists() {
        LessonSetup setup = Setup.classroom().with(b -> b.l2 = 0.05).lesson();
        Walkthrough w = new Lesson(setup, WordWindows.bundled()).walkthrough();
        Decimals d = new Decimals(4);
        int l2Step = -1, rowSteps = 0;
        for (MicroStep s : w.steps()) {
            if (s.label().equals("λ")) l2Step = s.index();
            else if (s.phase() == Phase.GRADIENTS) {
                rowSteps++;
                assertTrue(s.title().endsWith(", before the L2 step adds λW"), s.title());
            }
        }
        assertEquals(3, rowSteps);
        MicroStep l2 = w.step(l2Step);
        List<WalkthroughExport.Row> gradients = WalkthroughExport.rows(w).stream().filter(r -> r.quantity().equals("grad_W")).toList();
        assertEquals(10, gradients.size(), "every weight's gradient, once");
        int listed = l2Step + 1; // 1-based
        assertTrue(gradients.stream().allMatch(r -> r.microStep() == listed), "listed at the L2 step, where the window gives them");

        String plain = l2.formula().render(d).plain();
        for (int k = 1; k <= 2; k++) {
            int layer = k;
            double before = w.step(l2Step - 1).state().weightGradient(k, 0, 0); // the rows' value, before λW
            double weight = l2.state().weight(k, 0, 0);
            double after = gradients.stream().filter(r -> r.layer() == layer && r.i() == 1 && r.j() == 1).findFirst().orElseThrow().value();
            assertEquals(after, l2.state().weightGradient(k, 0, 0), 0.0);
            assertEquals(before + 0.05 * weight, after, 1e-15, "the gradient the update uses is the rows' plus λW");
            String worked = "∂J/∂W^(" + k + ")_11 = " + d.format(before) + " + " + d.operand(0.05) + " · " + d.operand(weight) + " = " + d.format(after);
            assertTrue(plain.contains(worked), worked + " in: " + plain);
            assertTrue(l2.formula().render(d).substituted().contains("= " + d.format(after)), "typeset too");
        }
    }
}
