package backproplab.app.stepping;

import backproplab.app.kit.IndexedText;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Quiz mode's line above the step buttons: the question ("z^(2)_1 = ?") with a field for the
 * answer — Enter checks, Esc shows the number — then the verdict and the example's score. Typing
 * in the field never steps: the field holds the keys.
 */
final class QuizBar extends VBox {
    QuizBar(QuizModel quiz, Runnable giveKeysBack) {
        super(2);
        getStyleClass().add("quiz-bar");
        setId("quiz-bar");
        visibleProperty().bind(quiz.enabledProperty());
        managedProperty().bind(visibleProperty());
        IndexedText ask = new IndexedText("quiz-question");
        ask.setId("quiz-question");
        TextField answer = new TextField();
        answer.setId("quiz-answer");
        answer.setPrefColumnCount(10);
        answer.setPromptText("your number");
        Button check = new Button("Check");
        check.setId("quiz-check");
        check.setTooltip(new Tooltip("Check the number (Enter)"));
        Button show = new Button("Show me");
        show.setId("quiz-show");
        show.setTooltip(new Tooltip("Reveal the step without an answer (Esc)"));
        HBox row = new HBox(8, ask, answer, check, show);
        row.setAlignment(Pos.CENTER_LEFT);
        IndexedText verdict = new IndexedText("quiz-verdict");
        verdict.setId("quiz-verdict");
        verdict.textProperty().bind(quiz.verdictProperty());
        getChildren().addAll(row, verdict,
                line("quiz-score", "panel-note", quiz.scoreProperty()));

        Runnable submit = () -> {
            quiz.answer(answer.getText());
            if (quiz.questionProperty().get() == null) giveKeysBack.run();
        };
        answer.setOnAction(e -> submit.run());
        check.setOnAction(e -> submit.run());
        show.setOnAction(e -> {
            quiz.showMe();
            giveKeysBack.run();
        });
        answer.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                quiz.showMe();
                giveKeysBack.run();
                e.consume();
            }
        });
        row.disableProperty().bind(quiz.questionProperty().isNull());
        quiz.questionProperty().addListener((obs, old, now) -> {
            ask.setText(now == null ? "Step on (→) for the next question" : now.name() + " = ?");
            answer.clear();
            if (now != null) answer.requestFocus();
        });
        ask.setText("Step on (→) for the next question");
    }

    /** A line of text following {@code text}, wrapped within the bar. */
    private static Label line(String id, String styleClass, ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinWidth(0);
        l.textProperty().bind(text);
        return l;
    }
}
