package backproplab.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON document starts, by the path an error message names it with
 * ({@code network.weights[0][1]}, {@code data[3].x}), so a message about a field can say its line.
 */
public final class JsonLocations {
    private final Map<String, int[]> starts = new HashMap<>();

    private JsonLocations() {}

    /** "line L, column C" (both 1-based) of the character at {@code index} of {@code text}. */
    public static String lineAndColumn(String text, int index) {
        int line = 1, lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (index - lineStart + 1);
    }

    /** Indexes {@code text}; a document that does not parse is indexed as far as it goes. */
    public static JsonLocations of(String text) {
        JsonLocations index = new JsonLocations();
        try (JsonParser p = JsonFactory.builder().streamReadConstraints(TraceConfigParser.LIMITS).build().createParser(text)) {
            for (JsonToken t; (t = p.nextToken()) != null; ) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT) continue;
                JsonStreamContext entry = t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
                JsonLocation at = p.currentTokenLocation();
                index.starts.putIfAbsent(path(entry), new int[] {at.getLineNr(), at.getColumnNr()});
            }
        } catch (IOException | RuntimeException e) {
            // a syntax error is reported by the parser itself; what was read so far stays indexed
        }
        return index;
    }

    private static String path(JsonStreamContext ctx) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            parts.push(c.inArray() ? "[" + c.getCurrentIndex() + "]" : "." + c.getCurrentName());
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }

    /**
     * "line L, column C" of the field a message starts with (e.g. {@code optimizer.beta1 must …}),
     * or of its nearest enclosing value that exists in the document; null if the message names none.
     */
    public String locate(String message) {
        int end = 0;
        while (end < message.length() && !Character.isWhitespace(message.charAt(end)) && message.charAt(end) != ':') end++;
        String path = message.substring(0, end);
        while (!path.isEmpty()) {
            int[] at = starts.get(path);
            if (at != null) return "line " + at[0] + ", column " + at[1];
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            path = cut <= 0 ? "" : path.substring(0, cut);
        }
        return null;
    }
}
