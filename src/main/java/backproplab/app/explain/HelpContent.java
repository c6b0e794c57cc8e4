package backproplab.app.explain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Help → Keyboard shortcuts (the {@link KeyTable}) and Help → About (version, licence, third-party notices). */
final class HelpContent {
    /** Written into the jar by the build (license-maven-plugin), from each dependency's own POM. */
    private static final String NOTICE = "/THIRD-PARTY.txt";
    private static final String LICENCE = "/backproplab/LICENSE";

    private HelpContent() {}

    static Node keys() {
        GridPane grid = new GridPane();
        grid.setId("keys-table");
        grid.setHgap(18);
        grid.setVgap(6);
        ColumnConstraints keys = new ColumnConstraints(), actions = new ColumnConstraints();
        keys.setPercentWidth(28); // the long keys (Ctrl + Shift + E / …) wrap rather than squeeze the actions
        actions.setPercentWidth(72);
        actions.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(keys, actions);
        int row = 0;
        for (KeyTable.Row r : KeyTable.ROWS) {
            Label key = ExplainWindows.bold(r.keys());
            key.getStyleClass().add("help-key");
            key.setWrapText(true);
            GridPane.setValignment(key, VPos.TOP);
            grid.addRow(row++, key, ExplainWindows.paragraph(r.action(), "help-action"));
        }
        return new VBox(10, ExplainWindows.heading("Keyboard shortcuts"),
                ExplainWindows.paragraph("The stepping keys work on the stepping tab, not while a field is being typed in.", "panel-note"),
                grid);
    }

    static Node about() {
        String version = Optional.ofNullable(HelpContent.class.getPackage().getImplementationVersion()).orElse("(built from source)");
        Label title = ExplainWindows.heading("Backprop Lab " + version);
        title.setId("about-title");
        return new VBox(10, title,
                ExplainWindows.paragraph("Steps the forward and backward passes of a small network one neuron at a time, every z, a and δ "
                        + "as numbers and formulas, and races activations and optimizers on loss curves.", "about-text"),
                ExplainWindows.heading("Licence"),
                text("about-licence", LICENCE, "The MIT licence (LICENSE beside the sources)."),
                ExplainWindows.heading("Third-party notices"),
                ExplainWindows.paragraph("The libraries Backprop Lab bundles, each under its own licence:", "about-text"),
                text("about-notices", NOTICE, "The build writes this list (./mvnw package); this copy was built without it."));
    }

    /** A read-only box with the text of {@code resource}, or {@code missing} where this build has none. */
    private static TextArea text(String id, String resource, String missing) {
        TextArea area = new TextArea(read(resource).map(String::strip).orElse(missing));
        area.setId(id);
        area.getStyleClass().add("about-file");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(10);
        return area;
    }

    private static Optional<String> read(String resource) {
        try (InputStream in = HelpContent.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
