package backproplab.app;

import backproplab.app.kit.FileAsker;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.stage.Window;

/** Answers the file dialogs in tests: a fixed file to save to, and a queue of files to open. */
final class TestFiles implements FileAsker {
    Path saveTo;
    final Deque<Path> toOpen = new ArrayDeque<>();

    @Override
    public Optional<Path> save(String title, String description, String fileName, Window owner) {
        return Optional.ofNullable(saveTo);
    }

    @Override
    public Optional<Path> open(String title, String description, String extension, Window owner) {
        return Optional.ofNullable(toOpen.poll());
    }
}
