package backproplab.app.session;

import backproplab.engine.GradientCheck;
import backproplab.engine.Parameter;
import backproplab.setup.LessonSetup;
import backproplab.setup.Limits;
import backproplab.setup.Position;
import backproplab.setup.Session;
import backproplab.walkthrough.Formula;
import backproplab.walkthrough.Lesson;
import backproplab.walkthrough.MicroStep;
import backproplab.walkthrough.Phase;
import backproplab.walkthrough.UpdateFormula;
import backproplab.walkthrough.Walkthrough;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;

/**
 * The stepping view's model: follows the session's setup and position, keeping the lesson and
 * the walkthrough of the current example. Stepping moves the session's position; every number
 * comes from the walkthrough's snapshots, which the engine computed. Views observe the read-only
 * properties; controllers call the commands.
 */
public final class LessonModel {
    /** Play speed limits, in micro-steps per second. */
    public static final double MIN_SPEED = 0.5, MAX_SPEED = 10, DEFAULT_SPEED = 2;

    private final SessionModel session;
    private Lesson lesson;
    private Session shown;
    private final ReadOnlyObjectWrapper<Walkthrough> walkthrough = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper exampleIndex = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper updates = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final DoubleProperty speed = new SimpleDoubleProperty(DEFAULT_SPEED);
    private final ObjectBinding<MicroStep> currentStep;
    private final BooleanBinding canStepBack, canStepForward, canGoOn;
    private final Timeline player = new Timeline();

    private final ReadOnlyObjectWrapper<Parameter> updateFocus =
            new ReadOnlyObjectWrapper<>();

    public LessonModel(SessionModel session) {
        this.session = session;
        currentStep = Bindings.createObjectBinding(
                () -> walkthrough.get() == null ? null : walkthrough.get().step(index.get()), walkthrough, index);
        canStepBack = index.greaterThan(0);
        canGoOn = Bindings.createBooleanBinding(() -> updates.get() <= Limits.UPDATES, updates);
        canStepForward = Bindings.createBooleanBinding(
                () -> walkthrough.get() != null && index.get() < walkthrough.get().size() - 1, walkthrough, index);
        player.setCycleCount(Timeline.INDEFINITE);
        speed.addListener((obs, old, now) -> updatePlayerRate());
        session.sessionProperty().addListener((obs, old, now) -> follow(now));
        follow(session.session());
    }

    /** Rebuilds the lesson if the session steps through another one, then shows its position. */
    private void follow(Session now) {
        Lesson prepared = session.preparedLesson(now); // an opened scenario's, replayed off the window's thread
        boolean newLesson = prepared != null || shown == null || !now.sameLesson(shown);
        if (newLesson || now.position().updates() != lesson.updatesBefore()) pause();
        if (prepared != null) {
            lesson = prepared;
        } else if (newLesson) {
            lesson = Lesson.at(now);
        } else {
            lesson.moveTo(now.position());
        }
        shown = now;
        exampleIndex.set(lesson.exampleIndex()); // before the walkthrough, so its listeners read the example it belongs to
        updates.set(lesson.updates());
        Walkthrough next = lesson.walkthrough();
        if (next != walkthrough.get()) {
            notice.set(""); // a reset, an opened lesson, another example: the last move's notice is over
            index.set(Math.min(index.get(), next.size() - 1)); // a valid step of the old walkthrough and of the new one
            walkthrough.set(next);
        }
        index.set(now.position().step());
    }

    // --- state ---------------------------------------------------------------------------

    /** The setup the lesson steps through. */
    public LessonSetup setup() { return lesson.setup(); }

    public ReadOnlyObjectProperty<Walkthrough> walkthroughProperty() { return walkthrough.getReadOnlyProperty(); }

    public Walkthrough walkthrough() { return walkthrough.get(); }

    /** The index of the micro-step on screen. */
    public ReadOnlyIntegerProperty indexProperty() { return index.getReadOnlyProperty(); }

    public int index() { return index.get(); }

    public ObjectBinding<MicroStep> currentStepProperty() { return currentStep; }

    public MicroStep currentStep() { return currentStep.get(); }

    public BooleanBinding canStepBackProperty() { return canStepBack; }

    public BooleanBinding canStepForwardProperty() { return canStepForward; }

    /** 0-based index of the example being walked through. */
    public ReadOnlyIntegerProperty exampleIndexProperty() { return exampleIndex.getReadOnlyProperty(); }

    public int exampleCount() { return lesson.exampleCount(); }

    /**
     * The parameter an update step explains: W^(k)_11 of its layer unless the person moved the focus
     * (↑ / ↓, or a click on one of the layer's edges); j = −1 is the bias b^(k)_i.
     */
    public ReadOnlyObjectProperty<Parameter> updateFocusProperty() {
        return updateFocus.getReadOnlyProperty();
    }

    /** The current step's formula, for an update step explained for the focused parameter. */
    public Formula currentFormula() {
        MicroStep step = currentStep();
        if (!(step.formula() instanceof UpdateFormula u)) return step.formula();
        var f = updateFocus.get();
        return f != null && f.layer() == u.layer() ? u.focusedOn(f.row(), f.column()) : u;
    }

    /**
     * The parameter "why this gradient?" (G) explains: the one the update step explains (chosen with ↑ / ↓ or a click),
     * the first weight into the unit a gradient step covers, else W^(1)_11.
     */
    public Parameter parameterInFocus() {
        if (currentFormula() instanceof UpdateFormula u) return u.parameter();
        MicroStep step = currentStep();
        if (step.phase() == Phase.GRADIENTS && step.focus().unit() >= 0) return Parameter.weight(step.focus().layer() - 1, step.focus().unit(), 0);
        return Parameter.weight(1, 0, 0);
    }

    /** Explains the current update step for W^(k)_ij (j ≥ 0) or b^(k)_i (j = −1), if it updates layer k. */
    public void focusUpdate(int k, int i, int j) {
        if (currentStep().formula() instanceof UpdateFormula u && u.layer() == k) {
            updateFocus.set(new Parameter(k, i, j));
        }
    }

    /**
     * Moves the update's focus to the next (+1) or previous (−1) parameter of the layer: W^(k)
     * row by row, then the biases, round again.
     */
    public void moveUpdateFocus(int direction) {
        if (!(currentStep().formula() instanceof UpdateFormula u)) return;
        int k = u.layer(), rows = u.update().biasesBefore().length, columns = u.update().fanIn();
        var focused = (UpdateFormula) currentFormula();
        int at = focused.column() < 0 ? rows * columns + focused.row() : focused.row() * columns + focused.column();
        int count = rows * columns + rows, next = Math.floorMod(at + direction, count);
        updateFocus.set(next < rows * columns ? new Parameter(k, next / columns, next % columns)
                : new Parameter(k, next - rows * columns, -1));
    }

    /** True if hidden unit i of layer k is a dead ReLU: z ≤ 0 on every example so far. */
    public boolean dead(int k, int i) { return lesson.dead(k, i); }

    /** The gradient check of the example on screen, at the parameters its backward pass used. */
    public List<GradientCheck.Entry> checkGradients(double h) { return lesson.checkGradients(h); }

    /** How many updates the network has had, counting the current example's. */
    public ReadOnlyIntegerProperty updatesProperty() { return updates.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }

    /** Play speed in micro-steps per second. */
    public DoubleProperty speedProperty() { return speed; }

    // --- commands ------------------------------------------------------------------------

    /** Shows the next micro-step. */
    public void stepForward() {
        if (canStepForward.get()) jumpTo(index.get() + 1);
    }

    /** Shows the previous micro-step, exactly as it was shown before. */
    public void stepBack() {
        if (canStepBack.get()) jumpTo(index.get() - 1);
    }

    /** Jumps to the last micro-step of the current phase, or of the next phase if already there. */
    public void runToEndOfPhase() {
        Walkthrough w = walkthrough.get();
        int end = w.endOfPhase(index.get());
        if (end == index.get() && end + 1 < w.size()) end = w.endOfPhase(end + 1);
        jumpTo(end);
    }

    /** Jumps to the last micro-step of the example (after the update). */
    public void runWholeExample() {
        jumpTo(walkthrough.get().size() - 1);
    }

    /** Jumps to micro-step {@code i} (the step strip). */
    public void jumpTo(int i) {
        notice.set("");
        if (i >= 0 && i < walkthrough.get().size()) session.moveTo(session.session().position().atStep(i));
    }

    /**
     * A presenter's → (or clicker): the next micro-step, or at the example's last one the next example — as N does,
     * and said on the status line.
     */
    public void forwardOrNextExample() {
        if (canStepForward.get()) {
            stepForward();
        } else if (canGoOn.get()) {
            nextExample();
            notice.set("Next example (N), from the weights the last update left");
        }
    }

    /** A presenter's ←: the previous micro-step, or at an example's first one the previous example's update. */
    public void backOrPreviousExample() {
        int before = session.session().position().updates();
        if (canStepBack.get()) {
            stepBack();
        } else if (before > 0) {
            session.moveTo(new Position(before - 1, 0));
            runWholeExample();
            notice.set("Back to the previous example's update");
        }
    }

    /** What the last presenter's move did beyond a step ("Next example …"), until the next move; else "". */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }

    /** Goes on to the next example, starting from the weights after this example's update. */
    public void nextExample() {
        notice.set("");
        if (canGoOn.get()) session.moveTo(session.session().position().next());
    }

    /** False once the lesson has had {@link Limits#UPDATES} updates, the most a place can hold. */
    public BooleanBinding canGoOnProperty() { return canGoOn; }

    /** Back to the initial weights (same seed, same numbers) and the first example; undoable. */
    public void reset() {
        session.restart();
    }

    /** Steps forward on its own at {@link #speedProperty()} steps per second until the end of the example. */
    public void play() {
        if (!canStepForward.get()) return;
        playing.set(true);
        updatePlayerRate();
        player.play();
    }

    public void pause() {
        player.stop();
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) pause(); else play();
    }

    private void updatePlayerRate() {
        double perSecond = Math.max(MIN_SPEED, Math.min(MAX_SPEED, speed.get()));
        boolean running = player.getStatus() == Animation.Status.RUNNING;
        player.stop();
        player.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1 / perSecond), e -> {
            stepForward();
            if (!canStepForward.get()) pause();
        }));
        if (running) player.play();
    }
}
