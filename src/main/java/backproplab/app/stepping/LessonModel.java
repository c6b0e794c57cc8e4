package backproplab.app.stepping;

import backproplab.data.WordWindows;
import backproplab.walkthrough.Lesson;
import backproplab.walkthrough.LessonSetup;
import backproplab.walkthrough.MicroStep;
import backproplab.walkthrough.Walkthrough;
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
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;

/**
 * The stepping view's model: the lesson, its current walkthrough and which micro-step is shown.
 * Stepping only moves the index; every number comes from the walkthrough's snapshots, which the
 * engine computed. Views observe the read-only properties; controllers call the commands.
 */
public final class LessonModel {
    /** Play speed limits, in micro-steps per second. */
    public static final double MIN_SPEED = 0.5, MAX_SPEED = 10, DEFAULT_SPEED = 2;

    private WordWindows data;
    private Lesson lesson;
    private final ReadOnlyObjectWrapper<LessonSetup> setup = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Walkthrough> walkthrough = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper exampleIndex = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper updates = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final DoubleProperty speed = new SimpleDoubleProperty(DEFAULT_SPEED);
    private final ObjectBinding<MicroStep> currentStep;
    private final BooleanBinding canStepBack, canStepForward;
    private final Timeline player = new Timeline();
    /** Where the lesson was before each change of setup or reset, newest first. */
    private final java.util.Deque<Place> history = new java.util.ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private static final int HISTORY = 50;

    /** A place in a lesson: its setup, which example and which micro-step. */
    private record Place(LessonSetup setup, int example, int step) {}

    public LessonModel(WordWindows data, LessonSetup initial) {
        this.data = data;
        currentStep = Bindings.createObjectBinding(
                () -> walkthrough.get() == null ? null : walkthrough.get().step(index.get()), walkthrough, index);
        canStepBack = index.greaterThan(0);
        canStepForward = Bindings.createBooleanBinding(
                () -> walkthrough.get() != null && index.get() < walkthrough.get().size() - 1, walkthrough, index);
        player.setCycleCount(Timeline.INDEFINITE);
        speed.addListener((obs, old, now) -> updatePlayerRate());
        start(initial);
    }

    // --- state ---------------------------------------------------------------------------

    public ReadOnlyObjectProperty<LessonSetup> setupProperty() { return setup.getReadOnlyProperty(); }

    public LessonSetup setup() { return setup.get(); }

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

    /** How many updates the network has had, counting the current example's. */
    public ReadOnlyIntegerProperty updatesProperty() { return updates.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }

    /** Play speed in micro-steps per second. */
    public DoubleProperty speedProperty() { return speed; }

    // --- commands ------------------------------------------------------------------------

    /** Shows the next micro-step. */
    public void stepForward() {
        if (canStepForward.get()) index.set(index.get() + 1);
    }

    /** Shows the previous micro-step, exactly as it was shown before. */
    public void stepBack() {
        if (canStepBack.get()) index.set(index.get() - 1);
    }

    /** Jumps to the last micro-step of the current phase, or of the next phase if already there. */
    public void runToEndOfPhase() {
        Walkthrough w = walkthrough.get();
        int end = w.endOfPhase(index.get());
        if (end == index.get() && end + 1 < w.size()) end = w.endOfPhase(end + 1);
        index.set(end);
    }

    /** Jumps to the last micro-step of the example (after the update). */
    public void runWholeExample() {
        index.set(walkthrough.get().size() - 1);
    }

    /** Jumps to micro-step {@code i} (the step strip). */
    public void jumpTo(int i) {
        if (i >= 0 && i < walkthrough.get().size()) index.set(i);
    }

    /** Goes on to the next example, starting from the weights after this example's update. */
    public void nextExample() {
        show(lesson.nextExample());
    }

    /** Back to the initial weights (same seed, same numbers) and the first example; undoable. */
    public void reset() {
        pause();
        remember();
        show(lesson.reset());
    }

    /** Starts a new lesson with {@code newSetup} (a new preset, activation, optimizer …); undoable. */
    public void load(LessonSetup newSetup) {
        pause();
        if (lesson != null) remember();
        start(newSetup);
    }

    /**
     * Uses other word-window data (a teacher's own files) and restarts the current setup on it.
     *
     * @throws IllegalArgumentException if the setup cannot run on {@code words}; nothing changes then
     */
    public void useData(WordWindows words) {
        Lesson trial = new Lesson(setup.get(), words); // fails before anything is replaced
        pause();
        data = words;
        history.clear(); // earlier places refer to the old data
        canUndo.set(false);
        lesson = trial;
        show(lesson.walkthrough());
    }

    /** The word-window data lessons are built from. */
    public WordWindows data() {
        return data;
    }

    /** True when {@link #undo()} has a place to go back to. */
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }

    /**
     * Goes back to where the lesson was before the last change of setup or reset: the same setup,
     * example and micro-step. The engine recomputes it from the seed, so the numbers are identical.
     */
    public void undo() {
        if (history.isEmpty()) return;
        pause();
        Place place = history.pop();
        canUndo.set(!history.isEmpty());
        start(place.setup());
        for (int e = 0; e < place.example(); e++) lesson.nextExample();
        show(lesson.walkthrough());
        jumpTo(place.step());
    }

    private void remember() {
        history.push(new Place(setup.get(), lesson.exampleIndex(), index.get()));
        while (history.size() > HISTORY) history.removeLast();
        canUndo.set(true);
    }

    private void start(LessonSetup newSetup) {
        lesson = new Lesson(newSetup, data);
        setup.set(newSetup);
        show(lesson.walkthrough());
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

    private void show(Walkthrough w) {
        index.set(0);
        walkthrough.set(w);
        exampleIndex.set(lesson.exampleIndex());
        updates.set(lesson.updates());
    }

    private void updatePlayerRate() {
        double perSecond = Math.max(MIN_SPEED, Math.min(MAX_SPEED, speed.get()));
        boolean running = player.getStatus() == javafx.animation.Animation.Status.RUNNING;
        player.stop();
        player.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1 / perSecond), e -> {
            stepForward();
            if (!canStepForward.get()) pause();
        }));
        if (running) player.play();
    }
}
