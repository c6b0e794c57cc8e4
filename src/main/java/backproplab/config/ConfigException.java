package backproplab.config;

/** A configuration that cannot be used; the message names the field, e.g. {@code network.weights[0] has 3 rows, …}. */
public final class ConfigException extends Exception {
    public ConfigException(String message) {
        super(message);
    }
}
