package backproplab.app.curves;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the person where to save a file. The window uses a file chooser; tests answer directly. */
@FunctionalInterface
public interface FileAsker {
    /** @return the chosen file, or empty if the person cancelled */
    Optional<Path> ask(String title, String description, String extension, Window owner);

    /** The system's save dialog. */
    static FileAsker dialog() {
        return (title, description, extension, owner) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
            chooser.setInitialFileName("loss-curves." + extension);
            File file = chooser.showSaveDialog(owner);
            if (file == null) return Optional.empty();
            Path path = file.toPath();
            return Optional.of(path.getFileName().toString().contains(".") ? path : path.resolveSibling(path.getFileName() + "." + extension));
        };
    }
}
