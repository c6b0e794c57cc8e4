package backproplab.app.session;

import backproplab.data.WordWindows;
import backproplab.setup.Examples;
import backproplab.setup.Position;
import backproplab.setup.Session;
import backproplab.setup.Setup;
import backproplab.walkthrough.Lesson;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The one model of the editable session: setup, word data and stepping position, held as one
 * immutable {@link Session}. The panels edit it and show it; the stepping view and the loss
 * curves read it. Every edit is checked before anything changes, and an edit, a reset, new data
 * or an opened scenario can be undone. Stepping moves the position without touching the history.
 *
 * <p>The rule: a valid edit applies when it is committed; if it changes the lesson, stepping
 * starts again at the first example from the same initial weights. An invalid edit changes nothing.
 */
public final class SessionModel {
    /** How many changes Ctrl + Z can take back. */
    static final int HISTORY = 50;

    private final ReadOnlyObjectWrapper<Session> session;
    private final Deque<Session> history = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    /** Set only while an opened scenario's session is being set: its lesson, for the lesson model to take. */
    private Lesson prepared;

    public SessionModel(Session initial) {
        session = new ReadOnlyObjectWrapper<>(initial);
    }

    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public Session session() {
        return session.get();
    }

    public Setup setup() {
        return session.get().setup();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /**
     * Applies {@code change} to the setup. A change of the lesson restarts stepping at the first
     * example; a change only the curves see keeps the place.
     *
     * @return null if it applied (or changed nothing), else why not, naming the field; then nothing changed
     */
    public String edit(Consumer<Setup.Builder> change) {
        return change(s -> s.with(change));
    }

    /** Like {@link #edit}, for a change that maps the whole setup (a preset, a window size). */
    public String change(UnaryOperator<Setup> change) {
        Session now = session.get();
        Setup next;
        try {
            next = change.apply(now.setup());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (next.equals(now.setup())) return null;
        Session candidate = now.withSetup(next);
        if (candidate.sameLesson(now)) {
            commit(candidate);
            return null;
        }
        String problem = checkExamples(candidate);
        if (problem == null) commit(candidate.withPosition(Position.START));
        return problem;
    }

    /**
     * Uses other word data (a teacher's own files, or the bundled data again); stepping restarts.
     *
     * @return null if it applied, else why the current setup cannot run on {@code words}
     */
    public String useWords(WordWindows words) {
        return useWords(words, null);
    }

    /**
     * As {@link #useWords(WordWindows)}, with {@code lesson} prepared off the window's thread for
     * {@code words} on the current setup: then the window shows it without building it again. A
     * lesson prepared for a setup that has changed meanwhile is not used.
     */
    public String useWords(WordWindows words, Lesson lesson) {
        Session candidate = new Session(session.get().setup(), words, Position.START);
        boolean ready = lesson != null && lesson.setup().equals(candidate.setup().lesson()) && lesson.updatesBefore() == 0;
        String problem = ready ? null : checkExamples(candidate);
        if (problem == null) commit(candidate, ready ? lesson : null);
        return problem;
    }

    /**
     * Replaces the whole session (an opened scenario) and shows it with {@code lesson}, already
     * replayed to its position off the window's thread; undoable.
     */
    public void open(Session opened, Lesson lesson) {
        if (!opened.equals(session.get())) commit(opened, lesson);
    }

    /** Commits {@code next}, shown with {@code lesson} (built off the window's thread), or built by the lesson model if null. */
    private void commit(Session next, Lesson lesson) {
        prepared = lesson;
        try {
            commit(next); // the lesson model follows at once and takes the prepared lesson
        } finally {
            prepared = null;
        }
    }

    /** The lesson an opened scenario brought for {@code s}, while it is being shown, else null. */
    Lesson preparedLesson(Session s) {
        return prepared != null && s == session.get() ? prepared : null;
    }

    /** Back to the initial weights and the first example; undoable. */
    public void restart() {
        Session now = session.get();
        if (!now.position().equals(Position.START)) commit(now.withPosition(Position.START));
    }

    /** Moves the stepping view (not recorded for undo). */
    public void moveTo(Position p) {
        session.set(session.get().withPosition(p));
    }

    /**
     * Goes back to the session before the last edit, reset, new data or opened scenario. If that
     * stepped through another lesson, it comes back at the example and micro-step it was at;
     * otherwise the stepping view stays where it is.
     */
    public void undo() {
        if (history.isEmpty()) return;
        Session previous = history.pop();
        canUndo.set(!history.isEmpty());
        Session now = session.get();
        boolean positionOnly = previous.setup().equals(now.setup()) && previous.words() == now.words();
        session.set(previous.sameLesson(now) && !positionOnly ? previous.withPosition(now.position()) : previous);
    }

    private void commit(Session next) {
        history.push(session.get());
        while (history.size() > HISTORY) history.removeLast();
        canUndo.set(true);
        session.set(next);
    }

    private static String checkExamples(Session s) {
        if (Examples.training(s.setup().lesson(), s.words()).isEmpty()) {
            return "there are no training windows: the sentences need locations marked as [paris]";
        }
        return null;
    }
}
