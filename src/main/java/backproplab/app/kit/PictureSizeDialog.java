package backproplab.app.kit;

import backproplab.setup.Limits;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * Asks how large a picture should be, in pixels, within the same limits as the chart's export; OK
 * stays disabled while a size is not a whole number in range, and the field says why.
 */
public final class PictureSizeDialog {
    private PictureSizeDialog() {}

    /** The chosen {width, height}, or empty when cancelled. */
    public static Optional<int[]> ask(String title, Window owner, int width, int height) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText("How large, in pixels? An SVG stays sharp at any size; this sets its shape.");
        NumberField w = new NumberField("picture-width", "Width", width, Limits.PNG_WIDTH::problem);
        NumberField h = new NumberField("picture-height", "Height", height, Limits.PNG_HEIGHT::problem);
        dialog.getDialogPane().setContent(new HBox(14, w, h));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(w.validProperty().not().or(h.validProperty().not()));
        if (owner != null && owner.getScene() != null) { // the window's style and text size
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(b -> new int[] {(int) w.value(), (int) h.value()});
    }
}
