package backproplab;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The jar the build packed carries THIRD-PARTY.txt, which names every runtime dependency the build resolved (the list
 * maven-dependency-plugin wrote beside it) with a licence, and its manifest lets JavaFX load native code quietly.
 */
class ThirdPartyNoticeIT {
    /** A line of the resolved list: group:artifact:type[:classifier]:version, then perhaps " -- module name". */
    private static final Pattern RESOLVED = Pattern.compile("^\\s*([\\w.\\-]+):([\\w.\\-]+):[\\w\\-]+(?::[\\w\\-]+)?:([\\w.\\-]+)(?:\\s.*)?$");
    /** The colours Maven may write into the list. */
    private static final Pattern COLOUR = Pattern.compile("\\u001B\\[[;\\d]*m");

    private static Path jar() {
        return Path.of(System.getProperty("jar"));
    }

    @Test
    void theNoticeInTheJarNamesEveryRuntimeDependencyWithALicence() throws IOException {
        String notice;
        try (JarFile j = new JarFile(jar().toFile())) {
            JarEntry entry = j.getJarEntry("THIRD-PARTY.txt");
            assertNotNull(entry, "THIRD-PARTY.txt in " + jar());
            notice = new String(j.getInputStream(entry).readAllBytes(), UTF_8);
        }
        List<String> missing = new ArrayList<>();
        int resolved = 0;
        for (String line : Files.readAllLines(Path.of(System.getProperty("dependencies.list")), UTF_8)) {
            Matcher m = RESOLVED.matcher(COLOUR.matcher(line).replaceAll(""));
            if (!m.matches()) continue;
            resolved++;
            String coordinates = m.group(1) + ":" + m.group(2) + ":" + m.group(3);
            if (!notice.contains(coordinates)) missing.add(coordinates);
        }
        assertTrue(resolved >= 10, "the resolved list was read: " + resolved + " dependencies");
        assertEquals(List.of(), missing, "runtime dependencies the notice leaves out");
        assertFalse(notice.contains("Unknown license"), "every dependency has a licence:\n" + notice);
    }

    @Test
    void theManifestLetsJavaFxLoadItsNativeCode() throws IOException {
        try (JarFile j = new JarFile(jar().toFile())) {
            assertEquals("ALL-UNNAMED", j.getManifest().getMainAttributes().getValue("Enable-Native-Access"));
        }
    }
}
