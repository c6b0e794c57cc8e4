package backproplab.app;

import backproplab.app.curves.CurvesModel;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.SessionModel;
import backproplab.app.session.UserPreferences;
import backproplab.io.AtomicFiles;
import backproplab.io.Images;
import backproplab.chart.Palette;
import backproplab.scenario.ScenarioFile;
import backproplab.setup.Race;
import backproplab.setup.Session;
import backproplab.walkthrough.Phase;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The pictures of the window, rendered headless (Monocle) by the app's own code, for looking at every
 * view at every classroom size without a display: each view of the stepping tab (forward, backward,
 * update, "why this gradient?", quiz, matrix view), the loss curves after training and in a race, and
 * each Explain window, at 1280×720, 1366×768 and 1920×1080, each at text 15 and 21, in the normal and
 * the presentation layout, one PNG each, plus a contact sheet per size, text size and layout that
 * shows them side by side.
 *
 * <pre>./mvnw test-compile exec:exec@pictures [-Dpictures.out=target/pictures] [-Dpictures.only=1366x768-text21]</pre>
 *
 * The same code renders the pictures the README and docs/ show, from the named scenario in assets/, into
 * assets/ (commit them after looking at them):
 *
 * <pre>./mvnw test-compile exec:exec@docs-pictures</pre>
 *
 * A tool, not a test: it asserts nothing. Its pictures are looked at.
 */
public final class Pictures {
    private static final int[][] SIZES = {{1280, 720}, {1366, 768}, {1920, 1080}};
    private static final int[] TEXT_SIZES = {15, 21};
    /** Contact sheets hold the views at this fraction of their size, three to a row. */
    private static final double SHEET_SCALE = 0.5;
    private static final int SHEET_COLUMNS = 3, LABEL_HEIGHT = 28;
    /** What each picture showed cut short ("…" in a control), said beside its file when it is written. */
    private static final Map<BufferedImage, List<String>> CUT = new IdentityHashMap<>();

    private Pictures() {}

    /** {@code [OUT [ONLY]]}: every view at every size into OUT; {@code --docs ASSETS}: the README's and docs' pictures. */
    public static void main(String[] args) throws Exception {
        boolean docs = args.length > 0 && args[0].equals("--docs");
        Path out = Path.of(docs && args.length > 1 ? args[1] : !docs && args.length > 0 ? args[0] : "target/pictures");
        String only = !docs && args.length > 1 ? args[1] : "";
        Files.createDirectories(out);
        Platform.startup(() -> { });
        Platform.setImplicitExit(false); // each picture closes its window; the toolkit stays for the next
        try {
            int written = docs ? writeDocs(out) : write(out, only);
            System.out.println("pictures: " + written + " PNG files in " + out.toAbsolutePath());
        } finally {
            Platform.exit();
        }
    }

    /**
     * The pictures the README and docs/ show, each from a named scenario in {@code assets} (the notes' example as a teacher
     * would save it), at 1366 × 768 and text 15: what a new reader's screen shows.
     */
    private static int writeDocs(Path assets) throws Exception {
        Session lesson = ScenarioFile.read(Files.readString(assets.resolve("classroom-lesson.json")));
        Setting window = new Setting(1366, 768, 15, false);
        write(assets.resolve("screenshot.png"), picture(window, lesson, (v, s) -> story(v), v -> true, MainView::getScene));
        write(assets.resolve("curves.png"), picture(window, lesson, (v, s) -> train(v, s, Race.PAIRS), Pictures::trained, MainView::getScene));
        write(assets.resolve("quiz.png"), picture(window, lesson, (v, s) -> quiz(v), v -> true, MainView::getScene));
        Setting projector = new Setting(1366, 768, 21, true);
        write(assets.resolve("lecture-hall.png"), picture(projector, lesson, (v, s) -> forwardTo(v, Phase.FORWARD_TRUE, 2), v -> true,
                MainView::getScene));
        write(assets.resolve("gradient-check.png"), explainPicture(window, lesson, "explain-gradient-check"));
        return 5;
    }

    /** The quiz asking for z^(2)_1, the number still to be typed. */
    private static void quiz(MainView v) {
        press(v, KeyCode.Q, 1);
        press(v, KeyCode.RIGHT, 1);
    }

    /** "Why this gradient?" of W^(1)_14, five steps into its story, as a teacher would choose it at the update. */
    private static void story(MainView v) {
        v.lessonModel().runWholeExample();
        v.lessonModel().stepBack();
        press(v, KeyCode.DOWN, 3);
        press(v, KeyCode.G, 1);
        press(v, KeyCode.RIGHT, 5);
    }

    /** Writes the pictures of the settings whose names hold {@code only} to {@code out}; returns how many. */
    private static int write(Path out, String only) throws Exception {
        int written = 0;
        for (boolean presentation : new boolean[] {false, true}) {
            for (int[] size : SIZES) {
                for (int text : TEXT_SIZES) {
                    Setting window = new Setting(size[0], size[1], text, presentation);
                    String suffix = size[0] + "x" + size[1] + "-text" + text + (presentation ? "-presentation" : "");
                    if (!suffix.contains(only)) continue;
                    Map<String, BufferedImage> views = stepping(window);
                    views.putAll(curves(window));
                    views.putAll(explain(window));
                    for (var view : views.entrySet()) write(out.resolve(view.getKey() + "-" + suffix + ".png"), view.getValue());
                    write(out.resolve("sheet-stepping-" + suffix + ".png"), sheet(views));
                    written += views.size() + 1;
                }
            }
        }
        return written;
    }

    /** A window's size in px, its text size, and whether it is in the presentation layout. */
    private record Setting(int width, int height, int text, boolean presentation) {}

    /** Every view of the stepping tab, each from a fresh {@code window}. */
    private static Map<String, BufferedImage> stepping(Setting window) throws Exception {
        Map<String, BufferedImage> views = new LinkedHashMap<>();
        views.put("first-run", picture(window, v -> { })); // the hint, before the first step
        views.put("forward", picture(window, v -> forwardTo(v, Phase.FORWARD_TRUE, 2)));
        views.put("backward", picture(window, v -> forwardTo(v, Phase.BACKWARD, 2)));
        views.put("update", picture(window, v -> {
            v.lessonModel().runWholeExample();
            v.lessonModel().stepBack(); // W^(1)'s update
        }));
        views.put("story", picture(window, Pictures::story));
        views.put("quiz", picture(window, Pictures::quiz));
        views.put("key-black-and-white", picture(window, (v, s) -> {
            forwardTo(v, Phase.FORWARD_CORRUPT, 1);
            press(v, KeyCode.K, 1);
            fire(v, "palette-" + Palette.MONOCHROME.name().toLowerCase(Locale.ROOT));
        }, v -> true, MainView::getScene));
        views.put("matrix", picture(window, v -> {
            forwardTo(v, Phase.FORWARD_TRUE, 2);
            ((ToggleButton) v.getScene().lookup("#view-matrices")).fire();
        }));
        return views;
    }

    /** The loss-curve tab after training the default pairs, and after a race of the schedules. */
    private static Map<String, BufferedImage> curves(Setting window) throws Exception {
        Map<String, BufferedImage> views = new LinkedHashMap<>();
        views.put("curves", picture(window, (v, s) -> train(v, s, Race.PAIRS), Pictures::trained, MainView::getScene));
        views.put("race", picture(window, (v, s) -> train(v, s, Race.SCHEDULES), Pictures::trained, MainView::getScene));
        return views;
    }

    private static void train(MainView v, SessionModel session, Race race) {
        session.edit(b -> b.curves.race = race);
        v.showCurves();
        v.curvesView().train();
    }

    /** True once the run is over and the chart on screen shows all of it. */
    private static boolean trained(MainView v) {
        return v.curvesModel().runProperty().get() != null && !v.curvesModel().runningProperty().get()
                && v.curvesView().chart().upToDateProperty().get();
    }

    /** Each Explain window, opened from its menu item over the stepping view, as a picture of that window alone. */
    private static Map<String, BufferedImage> explain(Setting window) throws Exception {
        Map<String, BufferedImage> views = new LinkedHashMap<>();
        for (String item : List.of("explain-notes", "explain-cost", "explain-gradient-check", "explain-watch", "explain-preprocessing")) {
            views.put(item, explainPicture(window, item));
        }
        return views;
    }

    /** Fires the menu item {@code id} of the window's menu bar, as a click on it would. */
    private static void fire(MainView v, String id) {
        MenuBar bar = (MenuBar) v.getScene().lookup(".menu-bar");
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) if (id.equals(item.getId())) item.fire();
        }
    }

    /** Steps forward to the {@code nth} step of {@code phase}. */
    private static void forwardTo(MainView v, Phase phase, int nth) {
        int seen = 0;
        while (v.lessonModel().index() < v.lessonModel().walkthrough().size() - 1) {
            v.lessonModel().stepForward();
            if (v.lessonModel().currentStep().phase() == phase && ++seen == nth) return;
        }
    }

    /** {@code key} pressed {@code times} on the network, as the person's keyboard would. */
    private static void press(MainView v, KeyCode key, int times) {
        v.networkView().requestFocus();
        for (int i = 0; i < times; i++) {
            Event.fireEvent(v.networkView(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false));
        }
    }

    /** What brings a fresh window to a view. */
    private interface SetUp {
        void on(MainView view, SessionModel session);
    }

    /** A fresh window on the notes' example, brought to a view by {@code setUp}, as a picture. */
    private static BufferedImage picture(Setting window, Consumer<MainView> setUp) throws Exception {
        return picture(window, (v, s) -> setUp.accept(v), v -> true, v -> v.getScene());
    }

    /**
     * A fresh window on the notes' example, brought to a view by {@code setUp}; once {@code ready}
     * holds (asked at every pulse, for two minutes at most), the picture of the scene {@code shot} names.
     */
    private static BufferedImage picture(Setting window, SetUp setUp, Predicate<MainView> ready, Function<MainView, Scene> shot)
            throws Exception {
        return picture(window, Session.classroom(), setUp, ready, shot);
    }

    /** As above, on the lesson {@code start}. */
    private static BufferedImage picture(Setting window, Session start, SetUp setUp, Predicate<MainView> ready, Function<MainView, Scene> shot)
            throws Exception {
        Stage[] stage = new Stage[1];
        SessionModel[] session = new SessionModel[1];
        MainView view = fx(() -> {
            stage[0] = new Stage();
            DisplaySettings display = new DisplaySettings();
            display.textSizeProperty().set(window.text());
            display.layout().presentationProperty().set(window.presentation());
            session[0] = new SessionModel(start);
            MainView v = BackpropLabApp.show(stage[0], session[0], new CurvesModel(session[0]), display, new TestFiles(),
                    UserPreferences.inMemory(), window.width(), window.height());
            stage[0].setWidth(window.width());
            stage[0].setHeight(window.height());
            return v;
        });
        fx(() -> {
            setUp.on(view, session[0]);
            return null;
        });
        CompletableFuture<Void> readied = new CompletableFuture<>();
        fx(() -> { // asked at every pulse, on the FX thread, until it holds
            new AnimationTimer() {
                @Override public void handle(long now) {
                    if (!ready.test(view)) return;
                    stop();
                    readied.complete(null);
                }
            }.start();
            return null;
        });
        try {
            readied.get(2, TimeUnit.MINUTES);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the view never got ready: " + fx(() -> view.curvesModel().statusProperty().get()), e);
        }
        fx(() -> null); // what the set-up queued runs first
        BufferedImage image = fx(() -> image(shot.apply(view)));
        fx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s) s.close();
            }
            return null;
        });
        return image;
    }

    /** The Explain window that menu item {@code id} opens over a fresh window, alone. */
    private static BufferedImage explainPicture(Setting window, String id) throws Exception {
        return explainPicture(window, Session.classroom(), id);
    }

    private static BufferedImage explainPicture(Setting window, Session start, String id) throws Exception {
        return picture(window, start, (v, s) -> fire(v, id), v -> true, v -> {
            for (Window w : Window.getWindows()) {
                if (w instanceof Stage s && s.getScene() != v.getScene()) return s.getScene();
            }
            throw new IllegalStateException(id + " opened no window");
        });
    }

    private static BufferedImage image(Scene scene) {
        WritableImage shot = scene.snapshot(null);
        int w = (int) shot.getWidth(), h = (int) shot.getHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = shot.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) image.setRGB(x, y, pixels.getArgb(x, y));
        }
        List<String> cut = new ArrayList<>();
        cutShort(scene.getRoot(), cut);
        if (!cut.isEmpty()) CUT.put(image, cut);
        return image;
    }

    /** Adds each control on show under {@code node} whose text is drawn cut short ("Train" as "Tr…"). */
    private static void cutShort(Node node, List<String> cut) {
        if (!node.isVisible()) return;
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()
                && l.lookup(".text") instanceof Text t && !t.getText().equals(l.getText())) {
            cut.add("'" + l.getText() + "' as '" + t.getText() + "'");
        }
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) cutShort(child, cut);
    }

    /** The views side by side, each at half size under its name. */
    private static BufferedImage sheet(Map<String, BufferedImage> views) {
        List<String> names = new ArrayList<>(views.keySet());
        BufferedImage first = views.get(names.get(0));
        int cellW = (int) (first.getWidth() * SHEET_SCALE), cellH = (int) (first.getHeight() * SHEET_SCALE) + LABEL_HEIGHT;
        int rows = (names.size() + SHEET_COLUMNS - 1) / SHEET_COLUMNS;
        return Images.draw(cellW * SHEET_COLUMNS, cellH * rows, g -> {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, cellW * SHEET_COLUMNS, cellH * rows);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            for (int n = 0; n < names.size(); n++) {
                int x = (n % SHEET_COLUMNS) * cellW, y = (n / SHEET_COLUMNS) * cellH;
                g.setColor(Color.BLACK);
                g.drawString(names.get(n), x + 8, y + 20);
                g.drawImage(views.get(names.get(n)), x, y + LABEL_HEIGHT, cellW, cellH - LABEL_HEIGHT, null);
                g.setColor(Color.GRAY);
                g.drawRect(x, y + LABEL_HEIGHT, cellW - 1, cellH - LABEL_HEIGHT - 1);
            }
        });
    }

    private static void write(Path file, BufferedImage image) throws IOException {
        AtomicFiles.write(file, Images.png(image));
        List<String> cut = CUT.remove(image);
        if (cut != null) System.out.println("pictures: cut short in " + file.getFileName() + ": " + String.join("; ", cut));
    }

    private interface FxCall<T> {
        T call() throws Exception;
    }

    /** Runs {@code call} on the FX thread and waits for it (a minute at most: a hang, not a speed). */
    private static <T> T fx(FxCall<T> call) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(call.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }
}
