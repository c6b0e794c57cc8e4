package backproplab.app.explain;

import backproplab.app.kit.LinePlot;
import backproplab.app.kit.StyleSheet;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.LessonModel;
import backproplab.app.session.SessionModel;
import backproplab.setup.LessonSetup;
import backproplab.walkthrough.BackpropCost;
import backproplab.walkthrough.Indices;
import backproplab.walkthrough.NotesBridge;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Explain menu: the notes ↔ app bridge (names, the score's sign, the output bias, the notes'
 * typos) and why backprop is cheap (§6.1) counted for the network on screen. Each opens beside
 * the window, at the window's text size, and follows the lesson while it is open.
 */
public final class ExplainWindows {
    /** The depths the cost table and plot cover. */
    static final int MIN_DEPTH = 2, MAX_DEPTH = 8;
    /** An Explain window is at most this many ems wide: lines of text a class can follow. */
    private static final double MAX_EMS = 56;

    private final SessionModel session;
    private final LessonModel lesson;
    private final DisplaySettings display;
    private final Supplier<Window> owner;

    public ExplainWindows(SessionModel session, LessonModel lesson, DisplaySettings display, Supplier<Window> owner) {
        this.session = session;
        this.lesson = lesson;
        this.display = display;
        this.owner = owner;
    }

    public Menu menu() {
        return menu("Explain", "explain-menu",
                item("Notes ↔ app…", "explain-notes", () -> show("The notes and Backprop Lab", "notes-window", this::bridge)),
                item("Why backprop is cheap…", "explain-cost", () -> show("Why backprop is cheap", "cost-window", this::cost)),
                item("Check the gradients…", "explain-gradient-check", this::checkGradients),
                item("Watch a weight over the updates…", "explain-watch", this::watchWeight),
                item("What preprocessing does…", "explain-preprocessing", this::showPreprocessing));
    }

    /** Help: the keyboard shortcuts, and the version, licence and third-party notices. */
    public Menu helpMenu() {
        return menu("Help", "help-menu",
                item("Keyboard shortcuts…", "help-keys", () -> show("Keyboard shortcuts", "keys-window", HelpContent::keys)),
                item("About Backprop Lab…", "help-about", () -> show("About Backprop Lab", "about-window", HelpContent::about)));
    }

    private static Menu menu(String name, String id, MenuItem... items) {
        Menu menu = new Menu(name);
        menu.setId(id);
        menu.getItems().addAll(items);
        return menu;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** A weight's value, gradient, optimizer state and step over the updates so far, again with every example. */
    void watchWeight() {
        WatchView view = new WatchView(session, lesson, display);
        show("Watch a weight", "watch-window", () -> {
            view.refresh();
            return view;
        });
    }

    /** What the curves' preprocessing does to the word data, following the setting. */
    void showPreprocessing() {
        PreprocessingView view = new PreprocessingView(session, display);
        show("What preprocessing does", "preprocessing-window", () -> view);
    }

    /** The gradient check of the example on screen, again whenever the example or the setup changes. */
    void checkGradients() {
        GradientCheckView view = new GradientCheckView(lesson, display);
        show("Gradient check", "gradient-check-window", () -> {
            view.refresh();
            return view;
        });
    }

    /**
     * A window showing {@code content} for the lesson, rebuilt when the lesson changes; sized to its
     * content, at most {@link #MAX_EMS} ems wide (text reads in lines of a readable length) and no
     * larger than the main window or the screen (it scrolls beyond).
     */
    private void show(String title, String id, Supplier<Node> content) {
        VBox root = new VBox();
        root.setId(id);
        root.getStyleClass().addAll("explain-window", "main-view");
        root.styleProperty().bind(Bindings.format("-fx-font-size: %dpx;", display.textSizeProperty()));
        Runnable unfollow = display.follow(root); // high contrast and black and white here too
        InvalidationListener fill = o -> root.getChildren().setAll(content.get());
        fill.invalidated(null);
        lesson.walkthroughProperty().addListener(fill);
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll);
        StyleSheet.apply(scene);
        fitToContent(scroll, root);
        Stage stage = new Stage();
        stage.setTitle(title);
        if (owner.get() != null) stage.initOwner(owner.get());
        stage.setScene(scene);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> { // Esc (not while a field takes it back) or Ctrl + W closes the window
            boolean field = e.getTarget() instanceof TextInputControl;
            if (e.getCode() == KeyCode.ESCAPE && !field || e.getCode() == KeyCode.W && e.isShortcutDown()) {
                stage.close();
                e.consume();
            } else if (e.getCode() == KeyCode.N && !field && !e.isShortcutDown() && !e.isAltDown()) {
                lesson.nextExample(); // as in the main window: the window follows the lesson
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            lesson.walkthroughProperty().removeListener(fill);
            unfollow.run();
        });
        stage.show();
    }

    /** Sizes {@code scroll} (the window's scene root) to {@code root}'s content, within {@link #MAX_EMS} ems and {@link #room()}. */
    private void fitToContent(ScrollPane scroll, VBox root) {
        scroll.applyCss(); // the scroll pane's skin puts the content in the scene
        root.applyCss();
        double em = display.textSizeProperty().get(), chrome = em * 1.5; // the scroll pane's bar and border
        Rectangle2D room = room();
        double width = Math.min(Math.min(root.prefWidth(-1), MAX_EMS * em) + chrome, room.getWidth());
        double height = Math.min(root.prefHeight(width - chrome) + chrome, room.getHeight());
        scroll.setPrefViewportWidth(width - chrome);
        scroll.setPrefViewportHeight(height - chrome);
    }

    /** The most an Explain window may take: the main window's size, and 92 % of the screen. */
    private Rectangle2D room() {
        var screen = Screen.getPrimary().getVisualBounds();
        double w = screen.getWidth() * 0.92, h = screen.getHeight() * 0.92;
        Window main = owner.get();
        if (main != null && main.getWidth() > 0) {
            w = Math.min(w, main.getWidth());
            h = Math.min(h, main.getHeight());
        }
        return new Rectangle2D(0, 0, w, h);
    }

    private Node bridge() {
        LessonSetup setup = lesson.setup();
        VBox box = new VBox(8, heading("Names"));
        box.getChildren().addAll(paragraphs(NotesBridge.names(setup), "bridge-name"));
        box.getChildren().add(heading("The notes' typos, and what the app uses"));
        box.getChildren().addAll(paragraphs(NotesBridge.corrections(), "bridge-correction"));
        return box;
    }

    private Node cost() {
        int[] layers = lesson.setup().layers();
        long saved = BackpropCost.withSavedDeltas(layers);
        double paths = BackpropCost.everyPath(layers);
        int width = layers.length > 2 ? layers[1] : layers[0];
        Label now = paragraph(String.format(Locale.ROOT, "Every gradient of one pass through this %s network, once the forward pass"
                + " is done: %,d multiplications with the δ's saved layer by layer (what the app does), %,.0f by following every"
                + " path from each weight to the output separately.", lesson.setup().shape(), saved, paths), "cost-now");
        now.setId("cost-now");
        GridPane table = new GridPane();
        table.setId("cost-table");
        table.setHgap(24);
        table.setVgap(2);
        table.addRow(0, bold("layers"), bold("network"), bold("saved δ's"), bold("every path"));
        double[] depth = new double[MAX_DEPTH - MIN_DEPTH + 1], logSaved = new double[depth.length], logPaths = new double[depth.length];
        for (int d = MIN_DEPTH; d <= MAX_DEPTH; d++) {
            int[] deep = BackpropCost.deepened(layers, d, width);
            long s = BackpropCost.withSavedDeltas(deep);
            double p = BackpropCost.everyPath(deep);
            table.addRow(d - MIN_DEPTH + 1, new Label(Integer.toString(d)), new Label(LessonSetup.shapeOf(deep)),
                    new Label(String.format(Locale.ROOT, "%,d", s)), new Label(String.format(Locale.ROOT, "%,.0f", p)));
            depth[d - MIN_DEPTH] = d;
            logSaved[d - MIN_DEPTH] = Math.log10(s);
            logPaths[d - MIN_DEPTH] = Math.log10(p);
        }
        LinePlot plot = new LinePlot();
        plot.setId("cost-plot");
        plot.show(depth, List.of(new LinePlot.Line("every path", logPaths), new LinePlot.Line("saved δ's (backprop)", logSaved)),
                "layers", d -> Long.toString(Math.round(d)), ExplainWindows::powerOfTen, display.textSizeProperty().get());
        return new VBox(10, heading("Why backprop is cheap (notes §6.1)"), now,
                paragraph("A path from a weight to the output multiplies its W's and f'(z)'s one after another. The paths from a"
                        + " unit fan out through every unit above it, so their number is the product of the widths above, and it"
                        + " multiplies with each layer added. Saving each layer's δ lets every path through a unit share the work"
                        + " done above it: the work grows with the number of weights instead.", "cost-why"),
                heading("The same network made deeper, every hidden layer " + width + " wide"), table, plot,
                paragraph("Multiplications on a log scale (each step up is ten times as many), for " + MIN_DEPTH + " to " + MAX_DEPTH
                        + " layers.", "panel-note"));
    }

    /** 10 to the power {@code exponent}, as a class writes it: 10³; 1 for 10⁰. */
    static String powerOfTen(double exponent) {
        long e = Math.round(exponent);
        if (Math.abs(exponent - e) > 1e-9) return String.format(Locale.ROOT, "10^%.1f", exponent);
        if (e == 0) return "1";
        String digits = Long.toString(e), superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder sb = new StringBuilder("10");
        for (char c : digits.toCharArray()) sb.append(c == '-' ? '⁻' : superscripts.charAt(c - '0'));
        return sb.toString();
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        return l;
    }

    static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    static Label paragraph(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        return l;
    }

    private static List<Label> paragraphs(List<String> texts, String styleClass) {
        return texts.stream().map(t -> paragraph("• " + Indices.unicode(t), styleClass)).toList(); // W⁽²⁾, not W^(2)
    }
}
