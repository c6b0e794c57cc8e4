package backproplab.app.kit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the person which file to save to or to open. The window uses file choosers; tests answer directly. */
public interface FileAsker {
    /**
     * @param fileName the name suggested, e.g. {@code loss-curves.png}; its ending is the file type
     * @return the chosen file (with that ending added if the person left it off), or empty if the person cancelled
     */
    Optional<Path> save(String title, String description, String fileName, Window owner);

    /** @return the chosen file, or empty if the person cancelled */
    Optional<Path> open(String title, String description, String extension, Window owner);

    /** The system's save and open dialogs, starting in the folder last used (remembered in {@code folder}). */
    static FileAsker dialogs(ObjectProperty<Path> folder) {
        return new FileAsker() {
            @Override
            public Optional<Path> save(String title, String description, String fileName, Window owner) {
                String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
                FileChooser chooser = chooser(title, description, extension, folder.get());
                chooser.setInitialFileName(fileName);
                File file = chooser.showSaveDialog(owner);
                if (file == null) return Optional.empty();
                Path path = file.toPath();
                folder.set(path.toAbsolutePath().getParent());
                return Optional.of(path.getFileName().toString().contains(".") ? path
                        : path.resolveSibling(path.getFileName() + "." + extension));
            }

            @Override
            public Optional<Path> open(String title, String description, String extension, Window owner) {
                File file = chooser(title, description, extension, folder.get()).showOpenDialog(owner);
                if (file != null) folder.set(file.toPath().toAbsolutePath().getParent());
                return Optional.ofNullable(file).map(File::toPath);
            }
        };
    }

    private static FileChooser chooser(String title, String description, String extension, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (folder != null && Files.isDirectory(folder)) chooser.setInitialDirectory(folder.toFile());
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(description, "*." + extension),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser;
    }
}
