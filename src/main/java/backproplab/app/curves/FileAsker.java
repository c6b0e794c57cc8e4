package backproplab.app.curves;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the person which file to save to or to open. The window uses file choosers; tests answer directly. */
public interface FileAsker {
    /** @return the chosen file, or empty if the person cancelled */
    Optional<Path> save(String title, String description, String extension, Window owner);

    /** @return the chosen file, or empty if the person cancelled */
    Optional<Path> open(String title, String description, String extension, Window owner);

    /** The system's save and open dialogs. */
    static FileAsker dialogs() {
        return new FileAsker() {
            @Override
            public Optional<Path> save(String title, String description, String extension, Window owner) {
                FileChooser chooser = chooser(title, description, extension);
                chooser.setInitialFileName("loss-curves." + extension);
                File file = chooser.showSaveDialog(owner);
                if (file == null) return Optional.empty();
                Path path = file.toPath();
                return Optional.of(path.getFileName().toString().contains(".") ? path
                        : path.resolveSibling(path.getFileName() + "." + extension));
            }

            @Override
            public Optional<Path> open(String title, String description, String extension, Window owner) {
                File file = chooser(title, description, extension).showOpenDialog(owner);
                return Optional.ofNullable(file).map(File::toPath);
            }
        };
    }

    private static FileChooser chooser(String title, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(description, "*." + extension),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }
}
