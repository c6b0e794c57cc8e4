package backproplab.app.panels;

import backproplab.app.kit.FileAsker;
import backproplab.app.session.SessionModel;
import backproplab.data.DataFormatException;
import backproplab.data.WordWindows;
import backproplab.setup.Limits;
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
 * Loads a teacher's own vocabulary and sentences. A bad row is reported with its file, line
 * and column right here, and nothing changes until both files are good.
 */
public final class WordDataControl extends VBox {
    private final SessionModel session;
    private final FileAsker files;
    private final Label message = new Label();

    public WordDataControl(SessionModel session, FileAsker files) {
        super(4);
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
        getChildren().addAll(new FlowPane(6, 4, load, bundled), message);
    }

    private void load() {
        var owner = getScene() == null ? null : getScene().getWindow();
        Optional<Path> vocabulary = files.open("Open a vocabulary (word,v1,v2,v3,v4)", "CSV file", "csv", owner);
        if (vocabulary.isEmpty()) return;
        Optional<Path> sentences = files.open("Open the sentences (one per line, [locations])", "Text file", "txt", owner);
        if (sentences.isEmpty()) return;
        WordWindows words;
        try {
            words = WordWindows.load(vocabulary.get(), sentences.get(), Limits.DATA);
        } catch (DataFormatException e) {
            report(e.getMessage(), true);
            return;
        } catch (IOException e) {
            report(e.getMessage() + ".", true);
            return;
        }
        use(words, "Loaded " + words.vocabulary().size() + " words and " + words.sentences().size() + " sentences"
                + (words.hasClassroomExample() ? "." : "; the notes' example words are missing, so lessons start with the first window."));
    }

    private void use(WordWindows words, String success) {
        String problem = session.useWords(words);
        if (problem == null) report(success, false);
        else report("Cannot use these files: " + problem + ".", true);
    }

    private void report(String text, boolean problem) {
        message.setText(text);
        message.setVisible(true);
        message.pseudoClassStateChanged(PseudoClass.getPseudoClass("problem"), problem);
    }
}
