package backproplab.walkthrough;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes' indices in plain text, split into runs to be set raised or lowered: "a^(1)_2" is "a",
 * "(1)" raised and "2" lowered; "x_c", "W^(1)_1,10", "g^2" and "s_c" likewise. The plain text is how
 * every title, question and caption is written (and copied); a view sets its runs as a proper
 * super- or subscript (see {@code app.kit.IndexedText}), a picture with the same runs.
 */
public final class Indices {
    /** A raised "^(k)", "^{…}" or "^2"; a lowered "_{…}" or "_ij", "_1,10", "_c" (letters and digits, one comma). */
    private static final Pattern INDEX = Pattern.compile("\\^\\(([^)]*)\\)|\\^\\{([^}]*)\\}|\\^(\\w)|_\\{([^}]*)\\}|_(\\w+(?:,\\w+)?)");

    /** Characters with a raised and a lowered form in Unicode, and those forms; the comma of "1,10" stays on the line. */
    private static final String PLAIN = "0123456789()+-−=,aeijklmnoprstuvxh", RAISED = "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾⁺⁻⁻⁼,ᵃᵉⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛˣʰ",
            LOWERED = "₀₁₂₃₄₅₆₇₈₉₍₎₊₋₋₌,ₐₑᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓₕ";

    private Indices() {}

    /**
     * {@code plain} in one line of Unicode, for a place that can only hold a string (a tooltip, a line cut to fit): "a⁽¹⁾ ="
     * for "a^(1) =". An index with a character Unicode cannot raise or lower (x_c: there is no subscript c) stays as written.
     */
    public static String unicode(String plain) {
        StringBuilder sb = new StringBuilder();
        for (Run run : runs(plain)) {
            String forms = run.place() == Place.RAISED ? RAISED : LOWERED;
            String mapped = run.place() == Place.BASE ? run.text() : map(run.text(), forms);
            sb.append(mapped != null ? mapped : (run.place() == Place.RAISED ? "^" : "_") + (run.text().length() > 1 ? "{" + run.text() + "}" : run.text()));
        }
        return sb.toString();
    }

    /** {@code text} with every character in its {@code forms} form, or null if one has none. */
    private static String map(String text, String forms) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            int at = PLAIN.indexOf(c);
            if (at < 0) return null;
            sb.append(forms.charAt(at));
        }
        return sb.toString();
    }

    /** How a run sits on the line. */
    public enum Place { BASE, RAISED, LOWERED }

    /** A piece of text and where it sits. */
    public record Run(String text, Place place) {}

    /** {@code plain} as runs in order; text without indices is one BASE run (none for ""). */
    public static List<Run> runs(String plain) {
        List<Run> runs = new ArrayList<>();
        Matcher m = INDEX.matcher(plain);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) runs.add(new Run(plain.substring(at, m.start()), Place.BASE));
            if (m.group(1) != null) runs.add(new Run("(" + m.group(1) + ")", Place.RAISED));
            else if (m.group(2) != null) runs.add(new Run(m.group(2), Place.RAISED));
            else if (m.group(3) != null) runs.add(new Run(m.group(3), Place.RAISED));
            else runs.add(new Run(m.group(4) != null ? m.group(4) : m.group(5), Place.LOWERED));
            at = m.end();
        }
        if (at < plain.length()) runs.add(new Run(plain.substring(at), Place.BASE));
        return runs;
    }
}
