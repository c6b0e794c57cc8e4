package backproplab.app.panels;

import backproplab.app.kit.FileAsker;
import backproplab.app.session.SessionModel;
import backproplab.data.DataFormatException;
import backproplab.data.WordWindows;
import backproplab.setup.LessonSetup;
import backproplab.setup.Limits;
import backproplab.walkthrough.Lesson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Loads a teacher's own vocabulary and sentences. Reading the files and preparing the lesson on
 * them happen off the window's thread (a spinner and Cancel show meanwhile); a bad row is reported
 * with its file, line and column right here, and nothing changes until both files are good.
 */
public final class WordDataControl extends VBox {
    private final SessionModel session;
    private final FileAsker files;
    private final Label message = new Label();
    /** The files being read in the background, or null. */
    private final ObjectProperty<Loading> loading = new SimpleObjectProperty<>();

    /** Reading two word files, and the lesson the current setup would step through on them. */
    private static final class Loading extends Task<Lesson> {
        final Path vocabulary, sentences;
        final LessonSetup setup;
        WordWindows words;

        Loading(Path vocabulary, Path sentences, LessonSetup setup) {
            this.vocabulary = vocabulary;
            this.sentences = sentences;
            this.setup = setup;
        }

        @Override
        protected Lesson call() throws Exception {
            words = WordWindows.load(vocabulary, sentences, Limits.DATA);
            return new Lesson(setup, words); // throws, in words, when the data give this setup no example
        }
    }

    public WordDataControl(SessionModel session, FileAsker files) {
        super(4);
        setId("word-data");
        this.session = session;
        this.files = files;
        Button load = new Button("Load data…");
        load.setId("load-data");
        load.setTooltip(new Tooltip("Use your own vocabulary (CSV: word,v1,v2,v3,v4) and sentences ([locations] in brackets)"));
        load.setOnAction(e -> load());
        Button bundled = new Button("Bundled");
        bundled.setId("bundled-data");
        bundled.setTooltip(new Tooltip("Go back to the vocabulary and sentences that ship with Backprop Lab"));
        bundled.setOnAction(e -> use(WordWindows.bundled(), "Using the bundled vocabulary and sentences."));
        message.setId("data-message");
        message.setWrapText(true);
        message.getStyleClass().add("data-message");
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        ProgressIndicator reading = new ProgressIndicator();
        reading.setPrefSize(18, 18);
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-load");
        cancel.setTooltip(new Tooltip("Stop reading the files; the data in use stay"));
        cancel.setOnAction(e -> cancel());
        for (Node busy : List.of(reading, cancel)) {
            busy.visibleProperty().bind(loading.isNotNull());
            busy.managedProperty().bind(busy.visibleProperty());
        }
        load.disableProperty().bind(loading.isNotNull());
        bundled.disableProperty().bind(loading.isNotNull());
        getChildren().addAll(new FlowPane(6, 4, load, bundled, reading, cancel), message);
    }

    /** Drops the files being read, if any: the data in use stay. */
    public void cancel() {
        Loading task = loading.get();
        if (task == null) return;
        loading.set(null);
        task.cancel(false); // the reader finishes in the background; its result is dropped
        report("Did not load " + task.vocabulary.getFileName() + " and " + task.sentences.getFileName() + ": cancelled. Nothing was changed.",
                false);
    }

    private void load() {
        var owner = getScene() == null ? null : getScene().getWindow();
        Optional<Path> vocabulary = files.open("Open a vocabulary (word,v1,v2,v3,v4)", "CSV file", "csv", owner);
        if (vocabulary.isEmpty()) return;
        Optional<Path> sentences = files.open("Open the sentences (one per line, [locations])", "Text file", "txt", owner);
        if (sentences.isEmpty()) return;
        load(vocabulary.get(), sentences.get());
    }

    /** Reads the two files in the background, then uses them (or says why not). */
    public void load(Path vocabulary, Path sentences) {
        cancel();
        Loading task = new Loading(vocabulary, sentences, session.session().setup().lesson());
        // a task cancelled after its work was done still succeeds: only the current one may change anything
        task.setOnSucceeded(e -> { if (loading.get() == task) loaded(task); });
        task.setOnFailed(e -> { if (loading.get() == task) refused(task.getException()); });
        loading.set(task);
        report("Reading " + vocabulary.getFileName() + " and " + sentences.getFileName() + "…", false);
        Thread reader = new Thread(task, "load " + sentences.getFileName());
        reader.setDaemon(true);
        reader.start();
    }

    private void loaded(Loading task) {
        loading.set(null);
        WordWindows words = task.words;
        use(words, task.getValue(), "Loaded " + words.vocabulary().size() + " words and " + words.sentences().size() + " sentences"
                + (words.hasClassroomExample() ? "." : "; the notes' example words are missing, so lessons start with the first window."));
    }

    private void refused(Throwable error) {
        loading.set(null);
        if (error instanceof DataFormatException) {
            report(error.getMessage(), true);
        } else if (error instanceof IOException) {
            report(error.getMessage() + ".", true);
        } else if (error instanceof IllegalArgumentException) {
            report("Cannot use these files: " + error.getMessage() + ".", true);
        } else {
            error.printStackTrace(System.err); // for a bug report; the panel shows one sentence
            report("Could not load the files: an unexpected error (" + error.getClass().getSimpleName() + ").", true);
        }
    }

    private void use(WordWindows words, String success) {
        use(words, null, success);
    }

    private void use(WordWindows words, Lesson prepared, String success) {
        String problem = session.useWords(words, prepared);
        if (problem == null) report(success, false);
        else report("Cannot use these files: " + problem + ".", true);
    }

    private void report(String text, boolean problem) {
        message.setText(text);
        message.setVisible(true);
        message.pseudoClassStateChanged(PseudoClass.getPseudoClass("problem"), problem);
    }
}
