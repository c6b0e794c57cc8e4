package backproplab.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.data.WordWindows;
import backproplab.engine.Activation;
import backproplab.engine.OptimizerSettings.Type;
import backproplab.setup.Limits;
import backproplab.setup.Position;
import backproplab.setup.Session;
import backproplab.setup.Setup;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The session model on its own, no window: edits apply or are refused whole, and undo goes back to where the lesson was. */
class SessionModelTest {
    private final SessionModel model = new SessionModel(Session.classroom());

    @Test
    void aValidEditOfTheLessonAppliesAndStepsRestart() {
        model.moveTo(new Position(2, 7));
        assertNull(model.edit(b -> b.hidden = Activation.TANH));
        assertEquals(Activation.TANH, model.setup().hidden());
        assertEquals(Position.START, model.session().position(), "a new lesson starts at its first step");
        assertTrue(model.canUndoProperty().get());
    }

    @Test
    void anInvalidEditIsRefusedByNameAndChangesNothing() {
        model.moveTo(new Position(1, 3));
        Session before = model.session();
        assertEquals("optimizer.learningRate must not be negative, got -0.5", model.edit(b -> b.rates[Type.SGD.ordinal()] = -0.5));
        assertEquals("curves.epochs must be a whole number from 1 to 100000, got 0", model.edit(b -> b.curves.epochs = 0));
        assertEquals("curves.epochs must be a whole number from 1 to 100000, got 1000000000", model.edit(b -> b.curves.epochs = 1_000_000_000),
                "whole numbers as typed, not 1.0E9");
        assertEquals("optimizer.beta1 must be in [0, 1), got 1", model.edit(b -> b.hyper.beta1 = 1));
        assertSame(before, model.session(), "nothing changed");
        assertFalse(model.canUndoProperty().get(), "nothing to undo");
    }

    @Test
    void anEditOnlyTheCurvesSeeKeepsThePlace() {
        model.moveTo(new Position(1, 3));
        assertNull(model.edit(b -> b.rates[Type.ADAM.ordinal()] = 0.05)); // Adam is not the stepping optimizer
        assertNull(model.edit(b -> b.curves.epochs = 300));
        assertEquals(new Position(1, 3), model.session().position());
        model.moveTo(new Position(1, 9));
        model.undo();
        assertEquals(100, model.setup().curves().epochs());
        assertEquals(new Position(1, 9), model.session().position(), "undoing a curve setting does not move the stepping view");
    }

    @Test
    void undoReturnsToTheSetupExampleAndStepBeforeTheChange() {
        model.moveTo(new Position(3, 11));
        model.edit(b -> b.optimizer = Type.MOMENTUM);
        model.moveTo(new Position(0, 4));
        model.undo();
        assertEquals(Type.SGD, model.setup().optimizer());
        assertEquals(new Position(3, 11), model.session().position());
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        assertNull(model.edit(b -> b.seed = Setup.DEFAULT_SEED));
        assertFalse(model.canUndoProperty().get());
    }

    @Test
    void restartIsUndoable() {
        model.moveTo(new Position(2, 5));
        model.restart();
        assertEquals(Position.START, model.session().position());
        model.undo();
        assertEquals(new Position(2, 5), model.session().position());
    }

    @Test
    void wordDataThatGiveNoTrainingExampleAreRefusedAndGoodOnesAreUndoable() throws Exception {
        String vocabulary = "word,v1,v2,v3,v4\nrome,1,2,3,4\nin,0,0,0,0\nwe,1,1,1,1\n";
        // Five sentences, one held out for validation (seed 7 holds out the fifth): its location is the only one.
        WordWindows heldOut = WordWindows.read(new StringReader(vocabulary), "v.csv",
                new StringReader("we in\nin we\nwe we\nin in\nin [rome]\n"), "s.txt", Limits.DATA);
        Session before = model.session();
        assertEquals("there are no training windows: the sentences need locations marked as [paris]", model.useWords(heldOut));
        assertSame(before, model.session());

        WordWindows good = WordWindows.read(new StringReader(vocabulary), "v.csv", new StringReader("we in [rome]\n"), "s.txt", Limits.DATA);
        assertNull(model.useWords(good));
        assertSame(good, model.session().words());
        model.undo();
        assertSame(before.words(), model.session().words(), "undo brings the bundled data back");
    }

    @Test
    void historyIsBounded() {
        for (int i = 0; i < SessionModel.HISTORY + 10; i++) model.edit(b -> b.seed = b.seed + 1);
        int undone = 0;
        while (model.canUndoProperty().get()) {
            model.undo();
            undone++;
        }
        assertEquals(SessionModel.HISTORY, undone);
        assertEquals(Setup.DEFAULT_SEED + 10, model.setup().seed());
    }
}
