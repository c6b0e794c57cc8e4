package backproplab.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The Backprop Lab window. */
public final class BackpropLabApp extends Application {
    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane(new Label("Backprop Lab"));
        stage.setTitle("Backprop Lab");
        stage.setScene(new Scene(root, 1366, 768));
        stage.show();
    }
}
