package backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine knows nothing of the screen: no JavaFX or JFreeChart import in its sources. */
class EngineIndependenceTest {
    @Test
    void engineSourcesImportNoUiLibrary() throws IOException {
        Path dir = Path.of("src/main/java/backproplab/engine");
        List<Path> sources;
        try (Stream<Path> files = Files.list(dir)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() >= 10, "found the engine sources");
        for (Path source : sources) {
            String text = Files.readString(source);
            assertFalse(text.matches("(?s).*import\\s+(static\\s+)?(javafx|org\\.jfree)\\..*"), source + " imports a UI library");
        }
    }
}
