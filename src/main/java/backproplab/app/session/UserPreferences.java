package backproplab.app.session;

import backproplab.chart.Palette;
import backproplab.walkthrough.Decimals;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What belongs to the person, not to a lesson, kept across restarts: text size, decimals, theme
 * and palette, the folder last used, recent scenarios and the window size. The window uses the
 * system's preferences; tests use a store in memory.
 */
public final class UserPreferences {
    /** How many recent scenarios the File menu lists. */
    public static final int RECENT = 8;

    /** Where values are kept. */
    interface Store {
        String get(String key);

        void put(String key, String value);

        void clear();
    }

    private final Store store;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final BooleanProperty hintSeen = new SimpleBooleanProperty(this, "hintSeen");

    UserPreferences(Store store) {
        this.store = store;
        String f = store.get("folder");
        if (f != null) folder.set(Path.of(f));
        for (int i = 0; i < RECENT; i++) {
            String r = store.get("recent." + i);
            if (r != null) recent.add(Path.of(r));
        }
        folder.addListener((obs, old, now) -> store.put("folder", now == null ? null : now.toString()));
        hintSeen.set("true".equals(store.get("hintSeen")));
        hintSeen.addListener((obs, old, now) -> store.put("hintSeen", now ? "true" : null));
    }

    /** The person's preferences in the system's store ({@code java.util.prefs}). */
    public static UserPreferences system() {
        Preferences node = Preferences.userNodeForPackage(UserPreferences.class);
        return new UserPreferences(new Store() {
            @Override public String get(String key) { return node.get(key, null); }
            @Override public void put(String key, String value) {
                if (value == null) node.remove(key); else node.put(key, value);
            }
            @Override public void clear() {
                try {
                    node.clear();
                } catch (BackingStoreException e) {
                    System.err.println("Backprop Lab: could not clear the preferences: " + e.getMessage());
                }
            }
        });
    }

    /** Preferences that last as long as this object (tests). */
    public static UserPreferences inMemory() {
        Map<String, String> map = new HashMap<>();
        return new UserPreferences(new Store() {
            @Override public String get(String key) { return map.get(key); }
            @Override public void put(String key, String value) {
                if (value == null) map.remove(key); else map.put(key, value);
            }
            @Override public void clear() { map.clear(); }
        });
    }

    /** Display settings from the stored values, written back whenever they change. */
    public DisplaySettings displaySettings() {
        DisplaySettings d = new DisplaySettings();
        d.textSizeProperty().set(integer("textSize", DisplaySettings.DEFAULT_TEXT_SIZE, DisplaySettings.MIN_TEXT_SIZE,
                DisplaySettings.MAX_TEXT_SIZE));
        d.decimalPlacesProperty().set(integer("decimals", Decimals.DEFAULT,
                Decimals.MIN, Decimals.MAX));
        Theme theme = Theme.byId(store.get("theme"));
        d.themeProperty().set(theme == null ? Theme.STANDARD : theme);
        Palette palette = Palette.byId(store.get("palette"));
        d.paletteProperty().set(palette == null ? Palette.COLOUR : palette);
        d.textSizeProperty().addListener((obs, old, now) -> store.put("textSize", now.toString()));
        d.decimalPlacesProperty().addListener((obs, old, now) -> store.put("decimals", now.toString()));
        d.themeProperty().addListener((obs, old, now) -> store.put("theme", now.id()));
        d.paletteProperty().addListener((obs, old, now) -> store.put("palette", now.id()));
        return d;
    }

    /** True once the stepping view's first-run hint was used or closed: it shows no more. */
    public BooleanProperty hintSeenProperty() {
        return hintSeen;
    }

    /** The folder the file dialogs start in. */
    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    /** Recent scenarios, newest first. */
    public ObservableList<Path> recent() {
        return recent;
    }

    /** Puts {@code file} first in the recent list. */
    public void addRecent(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        recent.remove(absolute);
        recent.add(0, absolute);
        while (recent.size() > RECENT) recent.remove(RECENT);
        saveRecent();
    }

    /** Forgets every recent scenario (File → Open recent → Clear recent files). */
    public void clearRecent() {
        recent.clear();
        saveRecent();
    }

    public void removeRecent(Path file) {
        recent.remove(file);
        saveRecent();
    }

    private void saveRecent() {
        for (int i = 0; i < RECENT; i++) store.put("recent." + i, i < recent.size() ? recent.get(i).toString() : null);
    }

    /** The stored window size, or the given default. */
    public double[] windowSize(double width, double height) {
        return new double[] {number("windowWidth", width), number("windowHeight", height)};
    }

    public void rememberWindowSize(double width, double height) {
        store.put("windowWidth", Double.toString(width));
        store.put("windowHeight", Double.toString(height));
    }

    /** Forgets everything and puts {@code display} back to its defaults. */
    public void reset(DisplaySettings display) {
        store.clear();
        recent.clear();
        folder.set(null);
        hintSeen.set(false);
        display.reset();
        store.clear(); // the listeners above wrote the defaults back
    }

    private int integer(String key, int fallback, int min, int max) {
        try {
            String v = store.get(key);
            int n = v == null ? fallback : Integer.parseInt(v);
            return n < min || n > max ? fallback : n;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private double number(String key, double fallback) {
        try {
            String v = store.get(key);
            double d = v == null ? fallback : Double.parseDouble(v);
            return Double.isFinite(d) && d >= 200 && d <= 20_000 ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
