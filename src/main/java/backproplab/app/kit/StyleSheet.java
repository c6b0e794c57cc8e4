package backproplab.app.kit;

import javafx.scene.Scene;

/** The app's style sheet ({@code app.css}), on the main window and on every Explain window. */
public final class StyleSheet {
    private static final String LOCATION = "/backproplab/app/app.css";

    private StyleSheet() {}

    /** Styles {@code scene} as the app is styled. */
    public static void apply(Scene scene) {
        scene.getStylesheets().add(StyleSheet.class.getResource(LOCATION).toExternalForm());
    }
}
