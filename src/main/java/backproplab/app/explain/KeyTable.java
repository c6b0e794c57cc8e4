package backproplab.app.explain;

import java.util.ArrayList;
import java.util.List;

/**
 * Every keyboard shortcut and what it does: the one list Help → Keyboard shortcuts shows and the README's key table
 * copies (a test holds the README to it).
 */
public final class KeyTable {
    /** A key (or keys) and what it does. */
    public record Row(String keys, String action) {}

    public static final List<Row> ROWS = List.of(
            new Row("→ or Space", "step: the next neuron; at the example's last step, on to the next example (the status line says so)"),
            new Row("←", "step back; at an example's first step, back to the previous example's update"),
            new Row("Shift + →", "run to the end of the phase"),
            new Row("Enter", "run the whole example (to the update)"),
            new Row("N", "next example (from the updated weights)"),
            new Row("↑ / ↓", "at an update step: explain the previous / next weight or bias of the layer"),
            new Row("Q", "quiz: type each number before it is shown (Enter checks, Esc shows it)"),
            new Row("R", "reset to the initial weights and the first example"),
            new Row("P", "play / pause (speed slider beside it)"),
            new Row("G", "why this gradient? of the parameter in focus; then → / ← through the story, Esc closes it"),
            new Row("PageDown / PageUp", "step / step back (what a presenter's clicker sends)"),
            new Row("B", "blank the network and the formula for questions; no key steps on until B again"),
            new Row("F", "focus zoom: the current unit large and in the middle as the steps go (a dense network is stretched until its "
                    + "values show); F again: the whole network"),
            new Row("K", "the key under the network: edge colour = sign, width = |W| (at an update, the step); the strip's true and "
                    + "corrupt windows"),
            new Row("F5", "presentation layout: the network and the formula take the window; F5 again brings the panels back"),
            new Row("F11", "full screen"),
            new Row("Ctrl + Z", "undo a change of setup, new data, an opened scenario or a reset: back to the same example and step"),
            new Row("Ctrl + S / Ctrl + O", "save the lesson as a scenario / open one"),
            new Row("Ctrl + T / Esc", "train the loss curves / cancel"),
            new Row("Ctrl + E", "export the chart (PNG, or SVG or PDF by the file's ending)"),
            new Row("Esc or Ctrl + W", "in an Explain or Help window: close it (Esc in a field puts its value back instead)"),
            new Row("Ctrl + Shift + E / Ctrl + Shift + C", "export the network picture (PNG, SVG or PDF) / copy it to the clipboard"),
            new Row("Ctrl + / Ctrl −", "larger / smaller text (Ctrl + = and Ctrl + Shift + = too)"),
            new Row("Ctrl + scroll", "zoom the network toward the pointer (large networks show their values when zoomed in)"),
            new Row("Ctrl + 0", "the whole network: no zoom, no focus zoom (also the Whole network button)"));

    private KeyTable() {}

    /** The table as Markdown rows, a header first, "|" in a cell escaped. */
    public static List<String> markdown() {
        List<String> lines = new ArrayList<>(List.of("| key | action |", "|---|---|"));
        for (Row r : ROWS) lines.add("| " + escaped(r.keys()) + " | " + escaped(r.action()) + " |");
        return lines;
    }

    private static String escaped(String cell) {
        return cell.replace("|", "\\|");
    }
}
