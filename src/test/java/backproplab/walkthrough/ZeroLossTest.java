package backproplab.walkthrough;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.WordWindows;
import backproplab.engine.OptimizerSettings;
import backproplab.engine.OptimizerSettings.Type;
import backproplab.setup.LessonSetup;
import backproplab.setup.Setup;
import org.junit.jupiter.api.Test;

/**
 * The notes say no update is needed when the cost is 0; with momentum or Adam the weights still move.
 * The loss step says which, and the update step shows it happen (or not).
 */
class ZeroLossTest {
    /** The first example after the first update whose hinge is inactive, of a lesson with {@code optimizer}; its walkthrough. */
    private static Walkthrough firstInactiveHinge(Type optimizer, double l2) {
        return firstInactiveHinge(optimizer, l2, OptimizerSettings.DEFAULT_MOMENTUM);
    }

    private static Walkthrough firstInactiveHinge(Type optimizer, double l2, double momentum) {
        LessonSetup setup = Setup.classroom().with(b -> {
            b.optimizer = optimizer;
            b.l2 = l2;
            b.hyper.momentum = momentum;
        }).lesson();
        Lesson lesson = new Lesson(setup, WordWindows.bundled());
        for (int e = 1; e < 151; e++) {
            Walkthrough w = lesson.nextExample();
            if (loss(w).title().contains("inactive")) return w;
        }
        throw new AssertionError("no example with an inactive hinge");
    }

    private static MicroStep loss(Walkthrough w) {
        return w.steps().stream().filter(s -> s.phase() == Phase.LOSS).findFirst().orElseThrow();
    }

    /** W^(2)_11 before and after this example's update. */
    private static double[] w211(Walkthrough w) {
        UpdateFormula u = w.steps().stream().map(MicroStep::formula).filter(f -> f instanceof UpdateFormula x && x.layer() == 2)
                .map(UpdateFormula.class::cast).findFirst().orElseThrow();
        return new double[] {u.focused().before(), u.focused().after()};
    }

    @Test
    void withAnInactiveHingeTheLossStepSaysWhatStillMovesTheWeights() {
        Decimals d = new Decimals(4);
        Walkthrough momentum = firstInactiveHinge(Type.MOMENTUM, 0);
        assertTrue(loss(momentum).formula().render(d).plain().endsWith("the score gradient is 0; Momentum still moves the weights by μv,"
                + " the velocity of earlier updates (the notes' rule, no update when the cost is 0, is plain gradient descent's)"),
                loss(momentum).formula().render(d).plain());
        assertNotEquals(w211(momentum)[0], w211(momentum)[1], "and it does");

        Walkthrough adam = firstInactiveHinge(Type.ADAM, 0);
        assertTrue(loss(adam).formula().render(d).plain().contains("Adam still moves the weights by its running average m̂"));
        assertNotEquals(w211(adam)[0], w211(adam)[1]);

        Walkthrough sgd = firstInactiveHinge(Type.SGD, 0);
        assertTrue(loss(sgd).formula().render(d).plain().endsWith("no weight moves: no update is needed when the cost is 0"),
                loss(sgd).formula().render(d).plain());
        assertTrue(sgd.steps().stream().noneMatch(step -> step.phase() == Phase.UPDATE) && loss(sgd).title().contains("no update follows"),
                "and none does: no update step follows");

        Walkthrough l2 = firstInactiveHinge(Type.SGD, 0.01);
        assertTrue(loss(l2).formula().render(d).plain().endsWith("the L2 term still pulls every weight toward 0 (∇W = λW)"));
        assertTrue(Math.abs(w211(l2)[1]) < Math.abs(w211(l2)[0]), "toward 0");
    }

    @Test
    void momentumWithNothingInItsVelocitySaysNothingMoves() {
        Walkthrough still = firstInactiveHinge(Type.MOMENTUM, 0, 0); // μ = 0: v = −αg, and g = 0 here
        Decimals d = new Decimals(4);
        assertTrue(loss(still).formula().render(d).plain().endsWith("no weight moves: no update is needed when the cost is 0"),
                "decided from what the update did, not from t > 0: " + loss(still).formula().render(d).plain());
        assertTrue(loss(still).title().contains("no update follows"), loss(still).title());
    }
}
