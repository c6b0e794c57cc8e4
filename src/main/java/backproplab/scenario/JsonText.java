package backproplab.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON laid out for people: one field per line, and an array of plain values (a weight row, a
 * word vector, a list of names) on one line. Numbers are written so they read back as the same
 * double. Deterministic, so saving the same session twice gives the same bytes.
 */
final class JsonText {
    private JsonText() {}

    static String write(JsonNode root) {
        StringBuilder out = new StringBuilder();
        write(root, 0, out);
        return out.append('\n').toString();
    }

    private static void write(JsonNode node, int depth, StringBuilder out) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                indent(depth + 1, out).append(TextNode.valueOf(field.getKey())).append(": ");
                write(field.getValue(), depth + 1, out);
                out.append(it.hasNext() ? ",\n" : "\n");
            }
            indent(depth, out).append('}');
        } else if (node.isArray()) {
            boolean flat = true;
            for (JsonNode e : node) flat &= e.isValueNode();
            if (flat) {
                out.append('[');
                for (int i = 0; i < node.size(); i++) out.append(i == 0 ? "" : ", ").append(node.get(i));
                out.append(']');
                return;
            }
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                indent(depth + 1, out);
                write(node.get(i), depth + 1, out);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            indent(depth, out).append(']');
        } else {
            out.append(node); // Jackson writes doubles as Double.toString does, and escapes strings
        }
    }

    private static StringBuilder indent(int depth, StringBuilder out) {
        return out.append("  ".repeat(depth));
    }
}
