package backproplab.app.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's key table is the one Help → Keyboard shortcuts shows, row for row. */
class KeyTableTest {
    @Test
    void theReadmesKeyTableIsTheAppsOwn() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("| key | action |");
        assertTrue(start >= 0, "the README has a key table");
        int end = start;
        while (end < readme.size() && readme.get(end).startsWith("|")) end++;
        assertEquals(KeyTable.markdown(), readme.subList(start, end), "README.md's key table against KeyTable");
    }
}
