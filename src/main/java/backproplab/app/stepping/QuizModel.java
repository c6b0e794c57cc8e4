package backproplab.app.stepping;

import backproplab.app.session.LessonModel;
import backproplab.app.session.DisplaySettings;
import backproplab.walkthrough.MicroStep;
import backproplab.walkthrough.QuizQuestion;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Quiz mode: with it on, a step forward first asks for the number the step will reveal; the
 * answer is checked against the value as shown (see {@link QuizQuestion#accepts}), then the step
 * is revealed — with a tick, or with the typed number beside the right one — or skipped to with
 * "show me". It keeps a score per example and, at the update, says which quantities went wrong.
 */
public final class QuizModel {
    private final LessonModel lesson;
    private final DisplaySettings display;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "quiz", false);
    private final ReadOnlyObjectWrapper<QuizQuestion> question = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(""), score = new ReadOnlyStringWrapper("");
    /** Per kind of number this example: {right, answered, shown without an answer}. */
    private final Map<String, int[]> tally = new LinkedHashMap<>();

    public QuizModel(LessonModel lesson, DisplaySettings display) {
        this.lesson = lesson;
        this.display = display;
        lesson.exampleIndexProperty().addListener((obs, old, now) -> restart());
        lesson.walkthroughProperty().addListener((obs, old, now) -> question.set(null));
        enabled.addListener((obs, was, on) -> restart());
        lesson.indexProperty().addListener((obs, old, now) -> summarise()); // the summary appears at the example's end
    }

    public BooleanProperty enabledProperty() { return enabled; }

    /** The question waiting for an answer, or null. */
    public ReadOnlyObjectProperty<QuizQuestion> questionProperty() { return question.getReadOnlyProperty(); }

    /** What the last answer got: a tick, or the typed number beside the right one and the formula. */
    public ReadOnlyStringProperty verdictProperty() { return verdict.getReadOnlyProperty(); }

    /** This example's score, and at the update which quantities went wrong. */
    public ReadOnlyStringProperty scoreProperty() { return score.getReadOnlyProperty(); }

    /** A step forward: with the quiz on, asks for the next step's number first (if it reveals one). */
    public void forward() {
        if (question.get() != null) return; // waiting for the answer
        int next = lesson.index() + 1;
        boolean ask = enabled.get() && lesson.walkthrough() != null && next < lesson.walkthrough().size();
        MicroStep step = ask ? lesson.walkthrough().step(next) : null;
        QuizQuestion q = step == null ? null : QuizQuestion.of(step, step.formula());
        if (q == null) lesson.forwardOrNextExample(); else question.set(q); // at the example's end: the next one
    }

    /** Checks {@code typed}; a number reveals the step, right or wrong; anything else asks again. */
    public void answer(String typed) {
        QuizQuestion q = question.get();
        if (q == null) return;
        Double value = QuizQuestion.parse(typed);
        if (value == null) {
            verdict.set("Type a number for " + q.name() + ", such as " + q.shown(display.decimals()).replaceAll("\\d", "0") + ".");
            return;
        }
        boolean right = q.accepts(value, display.decimals());
        count(q.kind(), right);
        question.set(null);
        lesson.stepForward();
        verdict.set(right ? "✓ " + q.name() + " = " + q.shown(display.decimals())
                : "✗ you typed " + typed.strip() + ", the step gives " + q.name() + " = " + q.shown(display.decimals())
                + " — the formula above, with the numbers substituted, shows where they part");
        summarise();
    }

    /** Reveals the step without an answer. */
    public void showMe() {
        QuizQuestion q = question.get();
        if (q == null) return;
        tally.computeIfAbsent(q.kind(), k -> new int[3])[2]++; // skipped: neither right nor wrong
        question.set(null);
        lesson.stepForward();
        verdict.set("Shown: " + q.name() + " = " + q.shown(display.decimals()));
        summarise();
    }

    private void count(String kind, boolean right) {
        int[] t = tally.computeIfAbsent(kind, k -> new int[3]);
        if (right) t[0]++;
        t[1]++;
    }

    private void restart() {
        tally.clear();
        question.set(null);
        verdict.set("");
        summarise();
    }

    /**
     * "Example 3: 7 of 9 right, 2 shown" and, at the example's last step, per kind with a hint for the wrong ones. A
     * number shown with "Show me" was not answered: it counts as neither right nor wrong.
     */
    private void summarise() {
        if (!enabled.get()) {
            score.set("");
            return;
        }
        int[] all = new int[3];
        for (int[] t : tally.values()) for (int c = 0; c < 3; c++) all[c] += t[c];
        StringBuilder sb = new StringBuilder("Example " + (lesson.exampleIndexProperty().get() + 1) + ": " + counts(all, " right"));
        boolean end = lesson.walkthrough() != null && lesson.index() == lesson.walkthrough().size() - 1;
        if (end) {
            for (var e : tally.entrySet()) {
                int[] t = e.getValue();
                sb.append(" · ").append(e.getKey()).append(plural(e.getKey())).append(": ").append(counts(t, ""));
                if (t[0] < t[1]) sb.append(" — ").append(QuizQuestion.hint(e.getKey()));
            }
        }
        score.set(sb.toString());
    }

    /** "1 of 2 right, 1 shown" from {right, answered, shown}, with {@code right} after the first count. */
    private static String counts(int[] t, String right) {
        return t[0] + " of " + t[1] + right + (t[2] > 0 ? ", " + t[2] + " shown" : "");
    }

    private static String plural(String kind) {
        return kind.equals("J") ? "" : kind.equals("δ") || kind.equals("z") ? "'s" : "s";
    }
}
