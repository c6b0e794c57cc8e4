package backproplab.app;

import backproplab.app.kit.Background;
import backproplab.app.kit.FileAsker;
import backproplab.app.kit.PictureSizeDialog;
import backproplab.app.session.SessionModel;
import backproplab.app.session.UserPreferences;
import backproplab.app.stepping.NetworkPicture;
import backproplab.config.ConfigException;
import backproplab.io.AtomicFiles;
import backproplab.io.TextFiles;
import backproplab.scenario.ScenarioFile;
import backproplab.setup.Limits;
import backproplab.walkthrough.Decimals;
import backproplab.walkthrough.Walkthrough;
import backproplab.walkthrough.WalkthroughExport;
import javafx.beans.binding.BooleanBinding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The window's files: Save scenario… (Ctrl + S), Open scenario… (Ctrl + O), Open recent, and
 * Export walkthrough…. Saving writes through a temporary file; opening reads and checks the
 * whole file first, so a bad file is refused with one sentence and the lesson on screen stays
 * as it was. What happened is said at the top of the window.
 */
public final class FileActions {
    private final SessionModel session;
    private final UserPreferences preferences;
    private final FileAsker files;
    private final Supplier<Window> owner;
    private final Runnable commitTyping;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();
    /** Reading, checking and replaying a scenario file, off the window's thread. */
    private final Background<ScenarioFile.Opened> opening = new Background<>();
    private Path current;

    /** The network picture's size, kept while the window is open: the last one chosen. */
    private int pictureWidth = 1600, pictureHeight = 1000;

    /** @param commitTyping applies what is being typed in a field before saving */
    public FileActions(SessionModel session, UserPreferences preferences, FileAsker files, Supplier<Window> owner,
                           Runnable commitTyping) {
        this.session = session;
        this.preferences = preferences;
        this.files = files;
        this.owner = owner;
        this.commitTyping = commitTyping;
    }

    /** What the last save or open did, in one sentence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when the message reports a failure. */
    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Asks where, then saves the session there. */
    public void save() {
        commitTyping.run();
        String name = current == null ? "lesson.json" : current.getFileName().toString();
        files.save("Save the lesson as a scenario", "Backprop Lab scenario", name, owner.get()).ifPresent(this::saveTo);
    }

    /** Writes the session to {@code file}; an existing file is replaced only once the new one is complete. */
    public boolean saveTo(Path file) {
        try {
            AtomicFiles.writeString(file, ScenarioFile.write(session.session()));
        } catch (IOException e) {
            report("Could not save " + file.getFileName() + ": " + e.getMessage() + ".", true);
            return false;
        }
        current = file;
        preferences.addRecent(file);
        report("Saved " + file.getFileName() + ".", false);
        return true;
    }

    /**
     * Asks where, then writes the walkthrough of the example on screen: Markdown for a {@code .md}
     * name, the CSV of every revealed number otherwise (see {@link WalkthroughExport}).
     */
    public void exportWalkthrough(Walkthrough walkthrough, String title, Decimals decimals) {
        files.save("Export the walkthrough (CSV, or Markdown as .md)", "CSV table or Markdown handout", "walkthrough.csv", owner.get())
                .ifPresent(file -> {
                    boolean markdown = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
                    String text = markdown ? WalkthroughExport.markdown(walkthrough, title, decimals) : WalkthroughExport.csv(walkthrough, decimals);
                    try {
                        AtomicFiles.writeString(file, text);
                        report("Saved the walkthrough as " + file.getFileName() + ".", false);
                    } catch (IOException e) {
                        report("Could not save " + file.getFileName() + ": " + e.getMessage() + ".", true);
                    }
                });
    }

    /**
     * Asks for a size and a file, then saves the network at the current step with the formula
     * beneath: a PNG, or SVG or PDF (vector graphics) when the file's name ends in .svg or .pdf.
     */
    public void exportNetworkPicture(NetworkPicture picture) {
        PictureSizeDialog.ask("Export the network picture", owner.get(), pictureWidth, pictureHeight).ifPresent(size -> {
            pictureWidth = size[0];
            pictureHeight = size[1];
            files.save("Export the network picture: PNG, or .svg / .pdf for vector graphics", "PNG image (or name it .svg or .pdf)",
                            "network.png", owner.get())
                    .ifPresent(file -> {
                        try {
                            picture.write(file, size[0], size[1]);
                            report("Saved the network picture as " + file.getFileName() + " (" + size[0] + " × " + size[1] + ").", false);
                        } catch (IOException e) {
                            report("Could not save " + file.getFileName() + ": " + e.getMessage() + ".", true);
                        }
                    });
        });
    }

    /** Puts the network picture on the clipboard at the last chosen size, to paste into a slide. */
    public void copyNetworkPicture(NetworkPicture picture) {
        var content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(picture.image(pictureWidth, pictureHeight), null));
        Clipboard.getSystemClipboard().setContent(content);
        report("Copied the network picture (" + pictureWidth + " × " + pictureHeight + "): paste it into a slide or a handout.", false);
    }

    /** Asks which file, then opens it. */
    public void open() {
        files.open("Open a scenario", "Backprop Lab scenario", "json", owner.get()).ifPresent(this::openFile);
    }

    /**
     * Opens {@code file} off the window's thread: reading, checking and replaying the lesson to its
     * position happen in the background while the lesson on screen stays (and can be stepped); the
     * new one replaces it only once it is ready. A bad file is said and changes nothing. Opening
     * another file, or {@link #cancelOpening}, drops one still being read.
     */
    public void openFile(Path file) {
        cancelOpening();
        report("Opening " + file.getFileName() + "…", false);
        opening.start(file.getFileName().toString(), () -> ScenarioFile.open(readText(file)), o -> opened(file, o), e -> refused(file, e));
    }

    /** Drops the file being opened, if any: the lesson on screen stays. */
    public void cancelOpening() {
        String file = opening.cancel(); // the reader finishes in the background (at most about a second); its result is dropped
        if (file != null) report("Did not open " + file + ": cancelled. Nothing was changed.", false);
    }

    /** True while a file is being opened (Cancel shows). */
    public BooleanBinding openingProperty() {
        return opening.busy();
    }

    /** The spinner and Cancel button of an opening, for the top bar. */
    public List<Node> openingIndicator() {
        return opening.indicator("cancel-opening", "Stop opening the file; the lesson on screen stays", this::cancelOpening);
    }

    private void opened(Path file, ScenarioFile.Opened opened) {
        session.open(opened.session(), opened.lesson());
        current = file;
        preferences.addRecent(file);
        report("Opened " + file.getFileName() + ".", false);
    }

    private void refused(Path file, Throwable error) {
        if (error instanceof ConfigException) {
            report("Could not open " + file.getFileName() + ": " + error.getMessage() + ". Nothing was changed.", true);
            return;
        }
        if (error instanceof IOException && !Files.exists(file)) preferences.removeRecent(file.toAbsolutePath().normalize());
        String reason = error instanceof IOException ? error.getMessage() : "an unexpected error (" + error.getClass().getSimpleName() + ")";
        if (!(error instanceof IOException)) error.printStackTrace(System.err); // for a bug report; the window shows one sentence
        report("Could not open " + file.getFileName() + ": " + reason + ". Nothing was changed.", true);
    }

    private static String readText(Path file) throws IOException {
        return TextFiles.read(file, Limits.SCENARIO_BYTES);
    }

    /** Forgets the person's preferences with {@code reset} and says what that did. */
    private void resetPreferences(Runnable reset) {
        reset.run();
        report("Preferences reset: text size, decimals, theme, palette, window size, folder and recent scenarios are back to their"
                + " defaults; the first-run hint shows again.", false);
    }

    /** The File menu: save, open, recent scenarios, the network picture, and resetting the person's preferences. */
    public Menu menu(Runnable resetPreferences, NetworkPicture picture) {
        MenuItem save = new MenuItem("Save scenario…");
        save.setId("save-scenario");
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        save.setOnAction(e -> save());
        MenuItem open = new MenuItem("Open scenario…");
        open.setId("open-scenario");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> open());
        Menu recent = new Menu("Open recent");
        recent.setId("open-recent");
        Runnable fill = () -> {
            recent.getItems().clear();
            for (Path p : preferences.recent()) {
                MenuItem item = new MenuItem(p.getFileName() + "   (" + p.getParent() + ")");
                item.setMnemonicParsing(false);
                item.setOnAction(e -> openFile(p));
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
            if (recent.isDisable()) return;
            MenuItem clear = new MenuItem("Clear recent files"); // labs share one account: the next class need not see this list
            clear.setId("clear-recent");
            clear.setOnAction(e -> {
                preferences.clearRecent();
                report("Recent scenarios cleared.", false);
            });
            recent.getItems().addAll(new SeparatorMenuItem(), clear);
        };
        preferences.recent().addListener((ListChangeListener<Path>) c -> fill.run());
        fill.run();
        MenuItem exportPicture = new MenuItem("Export network picture…");
        exportPicture.setId("export-network-picture");
        exportPicture.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        exportPicture.setOnAction(e -> exportNetworkPicture(picture));
        MenuItem copyPicture = new MenuItem("Copy network picture");
        copyPicture.setId("copy-network-picture");
        copyPicture.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        copyPicture.setOnAction(e -> copyNetworkPicture(picture));
        MenuItem reset = new MenuItem("Reset preferences");
        reset.setId("reset-preferences");
        reset.setOnAction(e -> resetPreferences(resetPreferences));
        Menu file = new Menu("File");
        file.setId("file-menu");
        file.getItems().addAll(save, open, recent, new SeparatorMenuItem(), exportPicture, copyPicture, new SeparatorMenuItem(), reset);
        return file;
    }

    private void report(String text, boolean failed) {
        message.set(text);
        problem.set(failed);
    }
}
