package backproplab.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine knows nothing of the screen: no JavaFX, AWT or JFreeChart name anywhere in its sources. */
class EngineIndependenceTest {
    private static final Pattern UI_NAME = Pattern.compile("\\b(javafx|org\\s*\\.\\s*jfree|java\\.awt)\\s*\\.");

    @Test
    void engineSourcesImportNoUiLibrary() throws IOException {
        Path dir = Path.of("src/main/java/backproplab/engine");
        List<Path> sources;
        try (Stream<Path> files = Files.list(dir)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() >= 10, "found the engine sources");
        for (Path source : sources) {
            assertFalse(usesUiLibrary(Files.readString(source)), source + " names a UI library");
        }
    }

    /** True if {@code source} names a UI package anywhere: an import, or a fully qualified name inline. */
    static boolean usesUiLibrary(String source) {
        return UI_NAME.matcher(source).find();
    }

    @Test
    void theCheckSeesInlineNamesAsWellAsImports() {
        assertTrue(usesUiLibrary("import " + "javafx.scene.Node;")); // split, so no tool takes this test for an import
        assertTrue(usesUiLibrary("double x = javafx.util.Duration.ONE.toMillis();"));
        assertTrue(usesUiLibrary("var c = new org.jfree.chart.JFreeChart(null);"));
        assertTrue(usesUiLibrary("java.awt.Color c;"));
        assertFalse(usesUiLibrary("/** δ = ∂J/∂z; javafxish is not a package */ double delta;"));
    }
}
