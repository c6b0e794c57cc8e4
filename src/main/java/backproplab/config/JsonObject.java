package backproplab.config;

import backproplab.setup.Limits;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;

/**
 * A JSON object being read field by field, knowing its own path ({@code optimizer.schedule}) so
 * every error names the field exactly as the person wrote it.
 */
public final class JsonObject {
    private final JsonNode node;
    private final String path;

    public JsonObject(JsonNode node, String path, Set<String> allowed) throws ConfigException {
        if (node == null || !node.isObject()) {
            throw new ConfigException((path.isEmpty() ? "the configuration" : path) + " must be a JSON object");
        }
        this.node = node;
        this.path = path;
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new ConfigException(field(name) + " is not a known field (expected one of "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    public String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    public boolean has(String name) {
        return node.has(name);
    }

    public JsonNode get(String name) {
        return node.get(name);
    }

    public JsonObject object(String name, Set<String> allowed) throws ConfigException {
        if (!has(name)) throw new ConfigException(field(name) + " is missing");
        return new JsonObject(node.get(name), field(name), allowed);
    }

    public double number(String name, double fallback) throws ConfigException {
        return has(name) ? number(node.get(name), field(name)) : fallback;
    }

    /**
     * The number {@code name} (or {@code fallback}) held to {@code rule}; a refusal names the field and quotes
     * the number as typed ("optimizer.epsilon must be positive, got -1").
     */
    public double number(String name, double fallback, Limits.Rule rule) throws ConfigException {
        try {
            return rule.check(field(name), number(name, fallback));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    public double requiredNumber(String name) throws ConfigException {
        if (!has(name)) throw new ConfigException(field(name) + " is missing");
        return number(node.get(name), field(name));
    }

    public int integer(String name, int fallback) throws ConfigException {
        if (!has(name)) return fallback;
        JsonNode v = node.get(name);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new ConfigException(field(name) + " must be a whole number, got " + v);
        }
        return v.intValue();
    }

    public boolean bool(String name, boolean fallback) throws ConfigException {
        if (!has(name)) return fallback;
        JsonNode v = node.get(name);
        if (!v.isBoolean()) throw new ConfigException(field(name) + " must be true or false, got " + v);
        return v.booleanValue();
    }

    public String text(String name, String fallback) throws ConfigException {
        if (!has(name)) {
            if (fallback == null) throw new ConfigException(field(name) + " is missing");
            return fallback;
        }
        JsonNode v = node.get(name);
        if (!v.isTextual()) throw new ConfigException(field(name) + " must be a string, got " + v);
        return v.textValue();
    }

    /** A finite number at {@code where}. */
    public static double number(JsonNode v, String where) throws ConfigException {
        if (v == null || !v.isNumber()) {
            throw new ConfigException(where + " must be a number, got " + v);
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) throw new ConfigException(where + " must be a finite number, got " + Limits.plain(d));
        return d;
    }

    /** An array of finite numbers of length {@code expected} (any length if negative). */
    public static double[] vector(JsonNode v, String where, int expected, String why) throws ConfigException {
        if (v == null || !v.isArray()) throw new ConfigException(where + " must be an array of numbers");
        if (expected >= 0 && v.size() != expected) {
            throw new ConfigException(where + " has " + v.size() + " values, expected " + expected + " (" + why + ")");
        }
        double[] out = new double[v.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(v.get(i), where + "[" + i + "]");
        }
        return out;
    }
}
