package backproplab.app.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backproplab.chart.Palette;
import backproplab.walkthrough.Decimals;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What belongs to the person outlives a restart, and Reset preferences forgets it. */
class UserPreferencesTest {
    private final Map<String, String> disk = new HashMap<>();

    /** A fresh start of the app on the same stored values. */
    private UserPreferences restart() {
        return new UserPreferences(new UserPreferences.Store() {
            @Override public String get(String key) { return disk.get(key); }
            @Override public void put(String key, String value) {
                if (value == null) disk.remove(key); else disk.put(key, value);
            }
            @Override public void clear() { disk.clear(); }
        });
    }

    @Test
    void textSizeDecimalsRecentFilesAndWindowSizeSurviveARestart() {
        UserPreferences first = restart();
        DisplaySettings display = first.displaySettings();
        display.textSizeProperty().set(21);
        display.decimalPlacesProperty().set(8);
        display.themeProperty().set(Theme.HIGH_CONTRAST);
        display.paletteProperty().set(Palette.MONOCHROME);
        for (int i = 0; i < UserPreferences.RECENT + 2; i++) first.addRecent(Path.of("/lessons/l" + i + ".json"));
        first.addRecent(Path.of("/lessons/l3.json"));
        first.rememberWindowSize(1600, 900);

        UserPreferences second = restart();
        DisplaySettings again = second.displaySettings();
        assertEquals(21, again.textSizeProperty().get());
        assertEquals(8, again.decimalPlacesProperty().get());
        assertEquals(Theme.HIGH_CONTRAST, again.themeProperty().get());
        assertEquals(Palette.MONOCHROME, again.paletteProperty().get());
        assertEquals(UserPreferences.RECENT, second.recent().size());
        assertEquals(Path.of("/lessons/l3.json"), second.recent().get(0), "reopened: first again, not twice");
        assertEquals(Path.of("/lessons/l9.json"), second.recent().get(1));
        assertEquals(1600, second.windowSize(1366, 740)[0], 0.0);

        second.reset(again);
        assertEquals(DisplaySettings.DEFAULT_TEXT_SIZE, again.textSizeProperty().get());
        assertEquals(Theme.STANDARD, again.themeProperty().get());
        assertEquals(Palette.COLOUR, again.paletteProperty().get());
        assertTrue(second.recent().isEmpty());
        assertTrue(disk.isEmpty(), "nothing stored after a reset");
        assertEquals(1366, restart().windowSize(1366, 740)[0], 0.0);
    }

    @Test
    void aDamagedValueFallsBackToTheDefault() {
        disk.put("textSize", "huge");
        disk.put("decimals", "99");
        disk.put("windowWidth", "NaN");
        disk.put("theme", "neon");
        UserPreferences p = restart();
        assertEquals(DisplaySettings.DEFAULT_TEXT_SIZE, p.displaySettings().textSizeProperty().get());
        assertEquals(Decimals.DEFAULT, p.displaySettings().decimalPlacesProperty().get());
        assertEquals(1366, p.windowSize(1366, 740)[0], 0.0);
        assertEquals(Theme.STANDARD, p.displaySettings().themeProperty().get());
    }
}
