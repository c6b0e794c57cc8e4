package backproplab.app.kit;

import backproplab.walkthrough.Indices;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A line of words with the notes' indices set as indices — "a^(1)_2" shows a with (1) raised and
 * 2 lowered, "x_c" with c lowered — that wraps like a label. Its text stays the plain notation
 * ({@link #getText}), for copying, tests and screen readers. It looks exactly like a label of the
 * style classes given (font, weight, colour, high contrast, the chosen text size): a hidden label of
 * those classes takes the style sheet's word, and the runs follow it.
 */
public final class IndexedText extends TextFlow {
    /** An index is set at this fraction of the text's size, raised or lowered by these fractions of it. */
    private static final double INDEX_SIZE = 0.72, RAISE = 0.38, LOWER = 0.22;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final Label style = new Label();

    public IndexedText(String... styleClasses) {
        getStyleClass().add("indexed-text");
        style.getStyleClass().addAll(styleClasses);
        style.setManaged(false);
        style.setVisible(false);
        getChildren().add(style);
        setAccessibleRole(AccessibleRole.TEXT);
        accessibleTextProperty().bind(text);
        text.addListener((obs, old, now) -> build());
        style.fontProperty().addListener((obs, old, now) -> build());
        style.textFillProperty().addListener((obs, old, now) -> build());
    }

    public StringProperty textProperty() { return text; }

    public String getText() { return text.get(); }

    public void setText(String value) { text.set(value == null ? "" : value); }

    /** The font the style sheet gives the text (an index is set smaller). */
    public Font getFont() { return style.getFont(); }

    private void build() {
        Font base = style.getFont();
        String name = base.getStyle().toLowerCase(Locale.ROOT);
        FontWeight weight = name.contains("bold") ? FontWeight.BOLD : FontWeight.NORMAL;
        FontPosture posture = name.contains("italic") || name.contains("oblique") ? FontPosture.ITALIC : FontPosture.REGULAR;
        Font small = Font.font(base.getFamily(), weight, posture, base.getSize() * INDEX_SIZE);
        getChildren().setAll(style);
        for (Indices.Run run : Indices.runs(text.get())) {
            Text t = new Text(run.text());
            t.setFill(style.getTextFill());
            t.setFont(run.place() == Indices.Place.BASE ? base : small);
            if (run.place() == Indices.Place.RAISED) t.setTranslateY(-RAISE * base.getSize());
            if (run.place() == Indices.Place.LOWERED) t.setTranslateY(LOWER * base.getSize());
            getChildren().add(t);
        }
    }
}
