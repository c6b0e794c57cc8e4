package backproplab.setup;

import backproplab.data.WordWindows;
import java.util.Objects;

/**
 * The whole editable session, as one immutable value: the setup, the word data the examples come
 * from, and where the stepping view is. A scenario file holds exactly this.
 */
public record Session(Setup setup, WordWindows words, Position position) {
    public Session {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(position, "position");
    }

    /** The notes' example on the bundled word data, at its first step. */
    public static Session classroom() {
        return new Session(Setup.classroom(), WordWindows.bundled(), Position.START);
    }

    public Session withSetup(Setup s) {
        return new Session(s, words, position);
    }

    public Session withPosition(Position p) {
        return new Session(setup, words, p);
    }

    /** True if {@code other} steps through the same lesson (same setup for stepping, same data). */
    public boolean sameLesson(Session other) {
        return setup.lesson().equals(other.setup.lesson()) && words == other.words;
    }
}
