package backproplab.app;

import backproplab.app.curves.CurvesModel;
import backproplab.app.curves.CurvesView;
import backproplab.app.explain.ExplainWindows;
import backproplab.app.kit.EditMessage;
import backproplab.app.kit.FileAsker;
import backproplab.app.kit.SetupControls;
import backproplab.app.panels.ActivationPanel;
import backproplab.app.panels.NetworkPanel;
import backproplab.app.panels.OptimizerPanel;
import backproplab.app.panels.WordDataControl;
import backproplab.app.session.DisplaySettings;
import backproplab.app.session.LessonModel;
import backproplab.app.session.PanelLayout;
import backproplab.app.session.SessionModel;
import backproplab.app.session.UserPreferences;
import backproplab.app.stepping.NetworkView;
import backproplab.app.stepping.SteppingPane;
import backproplab.walkthrough.WalkthroughExport;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's layout: a top bar (decimals, text size); network, data and training settings on
 * the left; the stepping and loss-curve tabs in the centre; activations and optimizers on the
 * right. The keys are in {@link Shortcuts}.
 */
public final class MainView extends BorderPane {
    private final LessonModel lesson;
    private final CurvesModel curves;
    private final SteppingPane stepping;
    /** Built when the loss-curve tab is first shown (or a shortcut needs it): it is not on screen at start. */
    private CurvesView curvesView;
    private final Tab curvesTab = new Tab("Loss curves");
    private final SessionModel session;
    private final DisplaySettings display;
    private final FileAsker files;
    private final TabPane tabs = new TabPane();

    private final FileActions fileActions;

    public MainView(SessionModel session, LessonModel model, CurvesModel curves, DisplaySettings display, FileAsker files,
                    UserPreferences preferences) {
        this.lesson = model;
        this.curves = curves;
        this.session = session;
        this.display = display;
        this.files = files;
        getStyleClass().add("main-view");
        styleProperty().bind(Bindings.format("-fx-font-size: %dpx;", display.textSizeProperty()));
        NetworkPanel network = new NetworkPanel(session, model);
        network.setDataControl(new WordDataControl(session, files));
        EditMessage rightProblem = new EditMessage("right-panel-message");
        SetupControls rightControls = new SetupControls(session, rightProblem::show);
        ActivationPanel activations = new ActivationPanel(rightControls, model, display.paletteProperty());
        OptimizerPanel optimizers = new OptimizerPanel(rightControls, model, display);

        fileActions = new FileActions(session, preferences, files, () -> getScene() == null ? null : getScene().getWindow(),
                () -> { if (getScene() != null) Shortcuts.commitTyping(getScene()); });
        stepping = new SteppingPane(model, display, preferences.hintSeenProperty(),
                () -> fileActions.exportWalkthrough(model.walkthrough(), walkthroughTitle(), display.decimals()));
        Tab steppingTab = new Tab("Step through", stepping);
        steppingTab.setId("tab-stepping");
        curvesTab.setId("tab-curves");
        curvesTab.selectedProperty().addListener((obs, was, now) -> { if (now) curvesView(); });
        tabs.getTabs().setAll(steppingTab, curvesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setFocusTraversable(false);

        ExplainWindows explain = new ExplainWindows(session, model, display, () -> getScene() == null ? null : getScene().getWindow());
        var view = ViewMenu.menu(display, stepping, () -> getScene() == null ? null : getScene().getWindow());
        Menu file = fileActions.menu(() -> resetPreferences(preferences), stepping.picture());
        setTop(new DisplayBar(display, List.of(file, view, explain.menu(), explain.helpMenu()), fileActions));
        display.follow(this);
        setCenter(tabs);
        ScrollPane leftScroll = scrolling(network, "left-scroll"), rightScroll = scrolling(new VBox(rightProblem, activations, optimizers), "right-scroll");
        PanelLayout layout = display.layout();
        setLeft(side(leftScroll, layout.leftShownProperty(), layout::toggleLeft, true, layout));
        setRight(side(rightScroll, layout.rightShownProperty(), layout::toggleRight, false, layout));
        InvalidationListener fit = o -> Platform.runLater(() -> fitPanels(leftScroll, rightScroll));
        widthProperty().addListener(fit);
        display.textSizeProperty().addListener(fit);
        Shortcuts keys = new Shortcuts(session, model, stepping.story(), curves, this::curvesView, fileActions, display,
                () -> tabs.getSelectionModel().getSelectedIndex() == 0, this::showCurves,
                stepping);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) return;
            keys.install(scene);
            Platform.runLater(stepping.networkView()::requestFocus); // → steps at once
        });
    }

    /** The handout title of the example on screen. */
    private String walkthroughTitle() {
        var s = lesson.setup();
        int before = lesson.updatesProperty().get() - 1;
        String example = "example " + (lesson.exampleIndexProperty().get() + 1) + ", after " + before + (before == 1 ? " update" : " updates");
        return WalkthroughExport.title(s.layers(), s.hidden(), s.maxMargin() ? s.margin() : null, s.optimizer(), example);
    }

    /** Save, open, recent scenarios and the walkthrough export. */
    /**
     * Forgets everything the preferences store and puts the window back to its first size, which the
     * window would otherwise store again when it closes.
     */
    private void resetPreferences(UserPreferences preferences) {
        preferences.reset(display);
        if (getScene() != null && getScene().getWindow() instanceof Stage stage && !stage.isMaximized()) {
            Rectangle2D size = BackpropLabApp.fit(BackpropLabApp.WIDTH, BackpropLabApp.HEIGHT, Screen.getPrimary().getVisualBounds());
            stage.setWidth(size.getWidth() + stage.getWidth() - getScene().getWidth()); // the window's frame around the scene
            stage.setHeight(size.getHeight() + stage.getHeight() - getScene().getHeight());
        }
    }

    public FileActions fileActions() {
        return fileActions;
    }

    /** The stepping view's model. */
    public LessonModel lessonModel() {
        return lesson;
    }

    /** The loss-curve tab's model. */
    public CurvesModel curvesModel() {
        return curves;
    }

    public NetworkView networkView() {
        return stepping.networkView();
    }

    /** Brings the loss-curve tab to the front. */
    public void showCurves() {
        tabs.getSelectionModel().select(curvesTab);
    }

    /** The loss-curve tab's view, built on first use. */
    public CurvesView curvesView() {
        if (curvesView == null) {
            curvesView = new CurvesView(curves, session, display, files);
            curvesTab.setContent(curvesView);
        }
        return curvesView;
    }

    /** Folds the side panels there is no room for at this width and text size (and opens those that fit again). */
    private void fitPanels(ScrollPane left, ScrollPane right) {
        if (getScene() == null || getWidth() <= 0) return;
        left.applyCss();
        right.applyCss();
        display.layout().fit(getWidth(), display.textSizeProperty().get(), left.prefWidth(-1), right.prefWidth(-1));
    }

    /**
     * A side panel beside its fold button (on the side facing the middle): the panel shows while {@code shown}; the
     * button folds or opens it; in the presentation layout neither is there.
     */
    private static HBox side(ScrollPane panel, BooleanBinding shown, Runnable toggle, boolean left, PanelLayout layout) {
        panel.visibleProperty().bind(shown);
        panel.managedProperty().bind(panel.visibleProperty());
        Button fold = new Button();
        String which = left ? "left" : "right";
        fold.setId("fold-" + which);
        fold.getStyleClass().add("fold-handle");
        fold.setFocusTraversable(false);
        fold.setMaxHeight(Double.MAX_VALUE);
        fold.textProperty().bind(Bindings.when(panel.visibleProperty()).then(left ? "‹" : "›").otherwise(left ? "›" : "‹"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.when(panel.visibleProperty()).then("Fold the " + which + " panel: more room for the network")
                .otherwise("Open the " + which + " panel"));
        fold.setTooltip(tip);
        fold.setOnAction(e -> toggle.run());
        HBox box = left ? new HBox(panel, fold) : new HBox(fold, panel);
        box.visibleProperty().bind(layout.presentationProperty().not());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static ScrollPane scrolling(VBox panel, String styleClass) {
        ScrollPane s = new ScrollPane(panel);
        s.setFitToWidth(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        s.getStyleClass().addAll("side-scroll", styleClass);
        return s;
    }
}
