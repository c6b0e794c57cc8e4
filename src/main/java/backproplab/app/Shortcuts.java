package backproplab.app;

import backproplab.app.curves.CurvesModel;
import backproplab.app.curves.CurvesView;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.LessonModel;
import backproplab.app.session.SessionModel;
import backproplab.app.stepping.SteppingPane;
import backproplab.app.stepping.StoryModel;
import backproplab.walkthrough.UpdateFormula;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * The keyboard: → / Space step, ← back, Shift + → end of phase, Enter whole example, N next
 * example, R reset, P play/pause, G "why this gradient?" (→ / ← through the story, Esc closes it);
 * PageDown / PageUp (a presenter's clicker) step like → / ←, B blanks the network, F the focus
 * zoom, K the key to the colours, F11 full screen (on the stepping tab, not while typing in a field); Ctrl + Z undo a change
 * of setup or a reset; Ctrl + T train the curves, Esc cancel, Ctrl + E export the chart; Ctrl +
 * Shift + E / C export or copy the network picture; Ctrl + / Ctrl − text size; Ctrl + 0 the whole network (no zoom).
 */
final class Shortcuts {
    private final SessionModel session;
    private final LessonModel model;
    private final StoryModel story;
    private final CurvesModel curves;
    private final Supplier<CurvesView> curvesView;
    private final DisplaySettings display;
    private final BooleanSupplier steppingShown;
    private final Runnable showCurves;
    private final SteppingPane stepping;
    private final FileActions files;

    Shortcuts(SessionModel session, LessonModel model, StoryModel story, CurvesModel curves, Supplier<CurvesView> curvesView, FileActions files,
              DisplaySettings display, BooleanSupplier steppingShown, Runnable showCurves, SteppingPane stepping) {
        this.stepping = stepping;
        this.files = files;
        this.session = session;
        this.model = model;
        this.story = story;
        this.curves = curves;
        this.curvesView = curvesView;
        this.display = display;
        this.steppingShown = steppingShown;
        this.showCurves = showCurves;
    }

    /** Listens to every key pressed in {@code scene} before the controls do. */
    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (handle(e, typing(scene), scene)) e.consume();
        });
    }

    /** While a text field or spinner has focus, letters, arrows and Space are the person's typing. */
    private static boolean typing(Scene scene) {
        return scene.getFocusOwner() instanceof TextInputControl || scene.getFocusOwner() instanceof Spinner;
    }

    private boolean handle(KeyEvent e, boolean typing, Scene scene) {
        KeyCode code = e.getCode();
        if (e.isShortcutDown() && e.isShiftDown()) return withShortcutAndShift(code);
        if (e.isShortcutDown()) return withShortcut(code, typing, scene);
        if (code == KeyCode.F5) {
            display.layout().togglePresentation();
            return true;
        }
        if (code == KeyCode.F11 && scene.getWindow() instanceof Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
            return true;
        }
        if (code == KeyCode.ESCAPE && curves.runningProperty().get()) {
            curves.cancel();
            return true;
        }
        if (typing || e.getTarget() instanceof TextInputControl || !steppingShown.getAsBoolean()) return false;
        if (code == KeyCode.B || code == KeyCode.F || code == KeyCode.K) {
            BooleanProperty toggled = code == KeyCode.B ? stepping.blankedProperty()
                    : code == KeyCode.F ? stepping.focusZoomProperty() : stepping.keyShownProperty();
            toggled.set(!toggled.get());
            return true;
        }
        if (stepping.blankedProperty().get()) return true; // blanked for questions: no key steps on until B again
        if (story.isOpen()) return storyKey(code);
        if (code == KeyCode.G) story.open(model.parameterInFocus());
        else if (code == KeyCode.RIGHT && e.isShiftDown()) model.runToEndOfPhase();
        else if (code == KeyCode.RIGHT || code == KeyCode.SPACE || code == KeyCode.PAGE_DOWN) stepping.quiz().forward(); // a clicker sends PageDown
        else if (code == KeyCode.Q) stepping.quiz().enabledProperty().set(!stepping.quiz().enabledProperty().get());
        else if (code == KeyCode.LEFT || code == KeyCode.PAGE_UP) model.backOrPreviousExample();
        else if (code == KeyCode.ENTER) model.runWholeExample();
        else if (code == KeyCode.N) model.nextExample();
        else if ((code == KeyCode.DOWN || code == KeyCode.UP) && model.currentFormula() instanceof UpdateFormula) {
            model.moveUpdateFocus(code == KeyCode.DOWN ? 1 : -1); // the next or previous parameter the update explains
        }
        else if (code == KeyCode.R) model.reset();
        else if (code == KeyCode.P) model.togglePlay();
        else return false;
        return true;
    }

    /**
     * Commits what is being typed in a field (as leaving it would), so that a command run from the
     * keyboard acts on the value the person sees.
     */
    static void commitTyping(Scene scene) {
        if (scene.getFocusOwner() instanceof TextInputControl) scene.getRoot().requestFocus();
    }

    /** While "Why this gradient?" is open, → / Space and ← move through the story and Esc closes it. */
    private boolean storyKey(KeyCode code) {
        if (code == KeyCode.RIGHT || code == KeyCode.SPACE || code == KeyCode.PAGE_DOWN) story.next();
        else if (code == KeyCode.LEFT || code == KeyCode.PAGE_UP) story.back();
        else if (code == KeyCode.ESCAPE) story.close();
        else return false;
        return true;
    }

    /** Ctrl + Shift + E / C: the network picture, exported or copied; Ctrl + Shift + = (how a US keyboard types +): larger text. */
    private boolean withShortcutAndShift(KeyCode code) {
        if (code == KeyCode.EQUALS || code == KeyCode.PLUS || code == KeyCode.ADD) display.stepTextSize(1);
        else if (code == KeyCode.E) files.exportNetworkPicture(stepping.picture());
        else if (code == KeyCode.C) files.copyNetworkPicture(stepping.picture());
        else return false;
        return true;
    }

    private boolean withShortcut(KeyCode code, boolean typing, Scene scene) {
        switch (code) {
            case EQUALS, PLUS, ADD -> display.stepTextSize(1);
            case MINUS, SUBTRACT -> display.stepTextSize(-1);
            case DIGIT0, NUMPAD0 -> {
                if (!steppingShown.getAsBoolean()) return false;
                stepping.wholeNetwork();
            }
            case T -> {
                commitTyping(scene);
                showCurves.run();
                curvesView.get().train();
            }
            case E -> curvesView.get().exportPng();
            case Z -> {
                if (typing) return false; // Ctrl + Z in a field undoes the typing
                session.undo();
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
