package backproplab.app.panels;

import backproplab.app.kit.Choices;
import backproplab.app.kit.EditMessage;
import backproplab.app.kit.FieldMessage;
import backproplab.app.kit.SetupControls;
import backproplab.app.session.LessonModel;
import backproplab.app.session.SessionModel;
import backproplab.data.WordWindows;
import backproplab.engine.Initialization;
import backproplab.engine.Loss;
import backproplab.engine.Preprocessor;
import backproplab.setup.LessonSetup;
import backproplab.setup.Limits;
import backproplab.setup.Preset;
import backproplab.setup.Setup;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The left panel: the network, the example being shown, the start (initialisation, seed) and
 * loss, and the training settings of the loss curves. Every control shows and edits the
 * {@link SessionModel}.
 */
public final class NetworkPanel extends VBox {
    private final SetupControls controls;
    private final LessonModel lesson;
    private final EditMessage problem = new EditMessage("setup-message");
    private final Node exampleInfo;

    public NetworkPanel(SessionModel model, LessonModel lesson) {
        this.lesson = lesson;
        this.controls = new SetupControls(model, problem::show);
        getStyleClass().addAll("side-panel", "network-panel");
        exampleInfo = exampleInfo();
        getChildren().addAll(heading("Network"), presetChoice(), new Label("Layer sizes"), new LayersField(controls),
                new Label("Window size (words)"), windowChoice(), problem, heading("Example"), exampleInfo,
                heading("Start and loss"), new Label("Initialisation"), initChoice(), stddevField(), seedField(),
                new Label("Loss"), lossChoice(), marginField(), l2Field(), undoButton(model),
                heading("Training"), note("For the loss curves:"), new Label("Preprocessing"), preprocessingChoice(),
                controls.number("batch-size", "Batch size", Limits.BATCH, s -> s.curves().batchSize(), (b, v) -> b.curves.batchSize = (int) v),
                controls.number("epochs", "Epochs", Limits.EPOCHS, s -> s.curves().epochs(), (b, v) -> b.curves.epochs = (int) v));
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-heading");
        return l;
    }

    static Label note(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-note");
        l.setWrapText(true);
        return l;
    }

    /** Puts the control that loads other word data under the example. */
    public void setDataControl(Node control) {
        getChildren().add(getChildren().indexOf(exampleInfo) + 1, control);
    }

    private Node presetChoice() {
        ChoiceBox<Preset> preset = Choices.of("preset", List.of(Preset.values()), Preset::toString);
        preset.setTooltip(new Tooltip("Choose a network; it starts from its initial weights"));
        preset.setValue(controls.model().setup().preset());
        preset.valueProperty().addListener((obs, old, now) -> {
            if (now != null) problem.show(controls.model().change(s -> s.preset() == now ? s : s.withPreset(now)));
        });
        controls.model().sessionProperty().addListener((obs, old, now) -> preset.setValue(now.setup().preset()));
        return preset;
    }

    private Node windowChoice() {
        ChoiceBox<Integer> window = Choices.of("window-size", WordWindows.SIZES, String::valueOf);
        window.setTooltip(new Tooltip("Words per window: 1 → the 4-2-1 net, 3 → 12-4-1, 5 → 20-8-1"));
        Function<Setup, Integer> shown = s -> s.lesson().wordWindows() ? s.lesson().windowSize() : null;
        window.setValue(shown.apply(controls.model().setup()));
        window.valueProperty().addListener((obs, old, now) -> {
            if (now != null) problem.show(controls.model().change(s -> now.equals(shown.apply(s)) ? s : s.withWindow(now)));
        });
        controls.model().sessionProperty().addListener((obs, old, now) -> window.setValue(shown.apply(now.setup())));
        window.disableProperty().bind(controls.when(s -> s.preset() == Preset.MAZUR));
        return window;
    }

    private Node initChoice() {
        ChoiceBox<Initialization> init = Choices.of("init", List.of(Initialization.values()), Initialization::displayName);
        controls.choice(init, Setup::init, (b, v) -> b.init = v);
        init.disableProperty().bind(controls.when(s -> s.preset() == Preset.MAZUR));
        return init;
    }

    private Node stddevField() {
        var f = controls.number("init-stddev", "σ of small-normal", Limits.INIT_STDDEV, Setup::initStddev, (b, v) -> b.initStddev = v);
        f.disableProperty().bind(controls.when(s -> s.preset() == Preset.MAZUR || s.init() != Initialization.SMALL_NORMAL));
        return f;
    }

    private Node seedField() {
        var f = controls.number("seed", "Seed", Limits.SEED, Setup::seed, (b, v) -> b.seed = (long) v);
        f.field().setTooltip(new Tooltip("Decides the initial weights, the split and the example order: same seed, same numbers"));
        return f;
    }

    private Node lossChoice() {
        ChoiceBox<Loss.Kind> loss = Choices.of("loss", List.of(Loss.Kind.values()), Loss.Kind::displayName);
        controls.choice(loss, Setup::loss, (b, v) -> b.loss = v);
        loss.disableProperty().bind(controls.when(s -> !s.lesson().wordWindows()));
        return loss;
    }

    private Node marginField() {
        var f = controls.number("margin", "Margin Δ", Limits.MARGIN, Setup::margin, (b, v) -> b.margin = v);
        f.disableProperty().bind(controls.when(s -> !s.maxMargin()));
        return f;
    }

    private Node l2Field() {
        return controls.number("l2", "L2 strength λ", Limits.L2, Setup::l2, (b, v) -> b.l2 = v);
    }

    private Node preprocessingChoice() {
        ChoiceBox<Preprocessor.Kind> p = Choices.of("preprocessing", List.of(Preprocessor.Kind.values()), Preprocessor.Kind::displayName);
        controls.choice(p, s -> s.curves().preprocessing(), (b, v) -> b.curves.preprocessing = v);
        CheckBox step = new CheckBox("Step through the preprocessed inputs");
        step.setId("step-preprocessed");
        step.setWrapText(true);
        step.setTooltip(new Tooltip("The stepping view walks through the inputs as the network receives them after this "
                + "preprocessing (fitted on the training split); its inputs step shows the raw ones too"));
        controls.tick(step, s -> s.curves().stepPreprocessed(), (b, on) -> b.curves.stepPreprocessed = on);
        step.disableProperty().bind(controls.when(s -> s.preset() == Preset.MAZUR));
        return new VBox(4, p, step);
    }

    private static Node undoButton(SessionModel model) {
        Button undo = new Button("Undo change");
        undo.setId("undo");
        undo.setTooltip(new Tooltip("Back to the setup, example and step before the last change, reset or opened scenario (Ctrl + Z)"));
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        return undo;
    }

    private Node exampleInfo() {
        Label info = new Label();
        info.setId("example-info");
        info.setWrapText(true);
        info.textProperty().bind(Bindings.createStringBinding(this::exampleText,
                lesson.walkthroughProperty(), lesson.exampleIndexProperty(), lesson.updatesProperty()));
        return info;
    }

    private String exampleText() {
        var w = lesson.walkthrough();
        if (w == null) return "";
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < w.passNames().size(); p++) {
            String name = w.passNames().get(p);
            sb.append(Character.toUpperCase(name.charAt(0))).append(name.substring(1)).append(":\n  ")
                    .append(w.passDescriptions().get(p)).append('\n');
        }
        int before = lesson.updatesProperty().get() - 1; // the walkthrough on screen holds this example's update
        sb.append("Example ").append(lesson.exampleIndexProperty().get() + 1).append(" of ").append(lesson.exampleCount())
                .append("\nUpdates before this example: ").append(before);
        return sb.toString();
    }

    /** Layer sizes typed as 4-3-3-1, checked as typed and applied when committed; only for custom shapes. */
    private static final class LayersField extends VBox {
        private final TextField text = new TextField();
        private final FieldMessage message = new FieldMessage("layers-message", text);
        private final SetupControls controls;

        LayersField(SetupControls controls) {
            this.controls = controls;
            text.setId("layers");
            text.setTooltip(new Tooltip("Units per layer, input first, e.g. 4-3-3-1 (2 to 8 layers of 1 to 64 units)"));
            text.textProperty().addListener((obs, old, now) -> check(now));
            text.setOnAction(e -> commit());
            text.focusedProperty().addListener((obs, was, now) -> { if (!now) commit(); });
            text.setText(controls.model().setup().lesson().shape());
            controls.model().sessionProperty().addListener((obs, old, now) -> {
                String shape = now.setup().lesson().shape();
                if (!shape.equals(old.setup().lesson().shape())) text.setText(shape);
            });
            disableProperty().bind(controls.when(s -> s.preset() != Preset.CUSTOM));
            getChildren().addAll(text, message);
        }

        private int[] check(String typed) {
            try {
                int[] sizes = LessonSetup.parseLayers(typed);
                show(null);
                return sizes;
            } catch (IllegalArgumentException e) {
                show(e.getMessage() + ".");
                return null;
            }
        }

        private void show(String problem) {
            message.show(problem);
        }

        private void commit() {
            int[] sizes = check(text.getText());
            if (sizes == null) return;
            String problem = controls.model().edit(b -> b.layers = sizes);
            if (problem != null) show(problem + ".");
        }
    }
}
