package backproplab.app.session;

import backproplab.engine.Named;
import java.util.Locale;

/** How strongly the window draws: the standard look, or one for a washed-out projector. */
public enum Theme implements Named {
    STANDARD("Standard"),
    /** Black text on white, darker and thicker edges, faint parts less faint, larger headings. */
    HIGH_CONTRAST("High contrast (projector)");

    private final String displayName;

    Theme(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The name kept in the preferences. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The theme named {@code id}, or null. */
    public static Theme byId(String id) {
        return Named.byId(Theme.class, id);
    }
}
