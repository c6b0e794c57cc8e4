package backproplab.app.kit;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;

/**
 * Work a person waits for, off the FX thread: one piece at a time, and only the latest counts. Its
 * result or failure comes back on the FX thread; a piece cancelled or replaced changes nothing, even
 * when it had already finished (JavaFX reports such a task as succeeded). While it runs, a spinner
 * and a Cancel button show.
 *
 * @param <T> what the work makes
 */
public final class Background<T> {
    private final ObjectProperty<Piece<T>> current = new SimpleObjectProperty<>();
    private final BooleanBinding busy = current.isNotNull();

    private static final class Piece<T> extends Task<T> {
        final String what;
        final Callable<T> work;

        Piece(String what, Callable<T> work) {
            this.what = what;
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.call();
        }
    }

    /**
     * Starts {@code work} on a daemon thread (cancelling the piece before it), then calls {@code done}
     * or {@code failed} on the FX thread if it is still the latest.
     *
     * @param what names the work, for {@link #cancel}'s answer and the thread's name
     */
    public void start(String what, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        cancel();
        Piece<T> piece = new Piece<>(what, work);
        piece.setOnSucceeded(e -> { if (finish(piece)) done.accept(piece.getValue()); });
        piece.setOnFailed(e -> { if (finish(piece)) failed.accept(piece.getException()); });
        current.set(piece);
        Thread thread = new Thread(piece, what);
        thread.setDaemon(true);
        thread.start();
    }

    private boolean finish(Piece<T> piece) {
        if (current.get() != piece) return false;
        current.set(null);
        return true;
    }

    /** Drops the running piece: its result will change nothing. Returns what it was, or null if nothing ran. */
    public String cancel() {
        Piece<T> piece = current.get();
        if (piece == null) return null;
        current.set(null);
        piece.cancel(false); // the thread finishes its work in the background; the result is dropped
        return piece.what;
    }

    /** True while a piece runs. */
    public BooleanBinding busy() {
        return busy;
    }

    /** A spinner and a Cancel button (id {@code cancelId}) that show only while a piece runs; Cancel runs {@code onCancel}. */
    public List<Node> indicator(String cancelId, String tooltip, Runnable onCancel) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Button cancel = new Button("Cancel");
        cancel.setId(cancelId);
        cancel.setTooltip(new Tooltip(tooltip));
        cancel.setOnAction(e -> onCancel.run());
        List<Node> nodes = List.of(spinner, cancel);
        for (Node n : nodes) {
            n.visibleProperty().bind(busy());
            n.managedProperty().bind(n.visibleProperty());
        }
        return nodes;
    }
}
