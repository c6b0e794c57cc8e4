package backproplab.app;

import backproplab.app.curves.CurvesModel;
import backproplab.app.curves.CurvesView;
import backproplab.app.curves.FileAsker;
import backproplab.app.panels.ActivationPanel;
import backproplab.app.panels.NetworkPanel;
import backproplab.app.panels.OptimizerPanel;
import backproplab.app.panels.WordDataControl;
import backproplab.app.stepping.LessonModel;
import backproplab.app.stepping.NetworkView;
import backproplab.app.stepping.SteppingPane;
import backproplab.walkthrough.LessonSetup;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The window's layout: a top bar (decimals, text size); network, data and training settings on
 * the left; the stepping and loss-curve tabs in the centre; activations and optimizers on the
 * right. The keys are in {@link Shortcuts}.
 */
public final class MainView extends BorderPane {
    private final SteppingPane stepping;
    private final CurvesView curvesView;
    private final ActivationPanel activations;
    private final OptimizerPanel optimizers;
    private final TabPane tabs = new TabPane();

    public MainView(LessonModel model, CurvesModel curves, DisplaySettings display, FileAsker files) {

        getStyleClass().add("main-view");
        styleProperty().bind(Bindings.format("-fx-font-size: %dpx;", display.textSizeProperty()));
        PanelPlan[] plan = new PanelPlan[1]; // the panels call back into the plan they are part of
        NetworkPanel network = new NetworkPanel(model, () -> plan[0].applyToLesson());
        activations = new ActivationPanel(() -> plan[0].applyToLesson());
        optimizers = new OptimizerPanel(() -> plan[0].applyToLesson());
        plan[0] = new PanelPlan(model, network, activations, optimizers);
        network.enableApplyWhen(plan[0].valid());
        network.setDataControl(new WordDataControl(model, curves, files));
        model.setupProperty().addListener((obs, old, now) -> showSetup(now));
        showSetup(model.setup());

        stepping = new SteppingPane(model, display);
        curvesView = new CurvesView(curves, plan[0], display, files);
        Tab steppingTab = new Tab("Step through", stepping);
        steppingTab.setId("tab-stepping");
        Tab curvesTab = new Tab("Loss curves", curvesView);
        curvesTab.setId("tab-curves");
        tabs.getTabs().setAll(steppingTab, curvesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setFocusTraversable(false);

        setTop(new DisplayBar(display));
        setCenter(tabs);
        setLeft(scrolling(network, "left-scroll"));
        setRight(scrolling(new VBox(activations, optimizers), "right-scroll"));
        Shortcuts keys = new Shortcuts(model, curves, curvesView, display,
                () -> tabs.getSelectionModel().getSelectedIndex() == 0, () -> tabs.getSelectionModel().select(curvesTab));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) return;
            keys.install(scene);
            Platform.runLater(stepping.networkView()::requestFocus); // → steps at once
        });
    }

    public NetworkView networkView() {
        return stepping.networkView();
    }

    public CurvesView curvesView() {
        return curvesView;
    }

    private void showSetup(LessonSetup s) {
        activations.show(s);
        optimizers.show(s);
    }

    private static ScrollPane scrolling(VBox panel, String styleClass) {
        ScrollPane s = new ScrollPane(panel);
        s.setFitToWidth(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        s.getStyleClass().addAll("side-scroll", styleClass);
        return s;
    }
}
