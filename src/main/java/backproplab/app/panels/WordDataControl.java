package backproplab.app.panels;

import backproplab.app.kit.Background;
import backproplab.app.kit.FileAsker;
import backproplab.app.session.SessionModel;
import backproplab.data.DataFormatException;
import backproplab.data.WordWindows;
import backproplab.setup.LessonSetup;
import backproplab.setup.Limits;
import backproplab.walkthrough.Lesson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
    /** Reading two word files and preparing the lesson on them, off the window's thread. */
    private final Background<Loaded> loading = new Background<>();

    /** Word data read, and the lesson the setup at the time of reading steps through on them. */
    private record Loaded(WordWindows words, Lesson lesson) {}

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
        load.disableProperty().bind(loading.busy());
        bundled.disableProperty().bind(loading.busy());
        FlowPane buttons = new FlowPane(6, 4, load, bundled);
        buttons.getChildren().addAll(loading.indicator("cancel-load", "Stop reading the files; the data in use stay", this::cancel));
        getChildren().addAll(buttons, message);
    }

    /** Drops the files being read, if any: the data in use stay. */
    public void cancel() {
        String files = loading.cancel(); // the reader finishes in the background; its result is dropped
        if (files != null) report("Did not load " + files + ": cancelled. Nothing was changed.", false);
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
        String names = vocabulary.getFileName() + " and " + sentences.getFileName();
        LessonSetup setup = session.session().setup().lesson();
        report("Reading " + names + "…", false);
        loading.start(names, () -> {
            WordWindows words = WordWindows.load(vocabulary, sentences, Limits.DATA);
            return new Loaded(words, new Lesson(setup, words)); // throws, in words, when the data give this setup no example
        }, this::loaded, this::refused);
    }

    private void loaded(Loaded done) {
        WordWindows words = done.words();
        use(words, done.lesson(), "Loaded " + words.vocabulary().size() + " words and " + words.sentences().size() + " sentences"
                + (words.hasClassroomExample() ? "." : "; the notes' example words are missing, so lessons start with the first window."));
    }

    private void refused(Throwable error) {
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
