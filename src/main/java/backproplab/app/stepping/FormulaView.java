package backproplab.app.stepping;

import backproplab.app.DisplaySettings;
import backproplab.walkthrough.FormulaText;
import backproplab.walkthrough.MicroStep;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The current micro-step's formula: its title, the symbolic formula and the same with the
 * numbers substituted (typeset), and one plain line with the result that can be read aloud or
 * copied.
 */
public final class FormulaView extends VBox {
    private final LessonModel model;
    private final DisplaySettings display;
    private final Label title = new Label();
    /** Typeset formulas are drawn this much larger than the text around them. */
    private static final double TEX_SCALE = 1.4;
    private final TexCanvas tex = new TexCanvas(21);
    private final Label plain = new Label();

    public FormulaView(LessonModel model, DisplaySettings display) {
        this.model = model;
        this.display = display;
        getStyleClass().add("formula-view");
        title.setId("formula-title");
        title.getStyleClass().add("formula-title");
        plain.setId("formula-plain");
        plain.getStyleClass().add("formula-plain");
        plain.setWrapText(true);
        getChildren().addAll(title, tex, plain);
        model.currentStepProperty().addListener((obs, old, now) -> refresh());
        display.decimalsProperty().addListener((obs, old, now) -> refresh());
        tex.setFontSize(display.textSizeProperty().get() * TEX_SCALE);
        display.textSizeProperty().addListener((obs, old, now) -> tex.setFontSize(now.intValue() * TEX_SCALE));
        refresh();
    }

    private void refresh() {
        MicroStep step = model.currentStep();
        if (step == null) return;
        FormulaText f = step.formula().render(display.decimals());
        title.setText(model.walkthrough().phaseTitle(step.index()) + " · " + step.title());
        tex.setLines(List.of(f.symbolic(), f.substituted()));
        tex.setAccessibleText(f.plain());
        plain.setText(f.plain());
    }
}
