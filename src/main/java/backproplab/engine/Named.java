package backproplab.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A choice (an activation, an optimizer, a preset, …) with a name for files and the command line,
 * {@link #id}, and one for people, {@link #displayName}; reading a name back is one method for all.
 */
public interface Named {
    /** The name in configuration files, scenarios and on the command line, e.g. {@code leaky-relu}. */
    String id();

    /** The name in panels, menus, legends and titles, e.g. {@code leaky ReLU}. */
    String displayName();

    /**
     * The value of {@code type} named {@code id} (in any case).
     *
     * @param noun how a sentence names the kind, e.g. "activation"
     * @throws IllegalArgumentException "unknown activation 'swish' (expected identity, sigmoid, … or leaky-relu)"
     */
    static <E extends Enum<E> & Named> E fromId(Class<E> type, String noun, String id) {
        E found = byId(type, id);
        if (found != null) return found;
        List<String> ids = new ArrayList<>();
        for (E e : type.getEnumConstants()) ids.add(e.id());
        String expected = ids.size() == 1 ? ids.get(0)
                : String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
        throw new IllegalArgumentException("unknown " + noun + " '" + id + "' (expected " + expected + ")");
    }

    /** The value of {@code type} named {@code id} (in any case), or null: for a remembered preference that may be stale. */
    static <E extends Enum<E> & Named> E byId(Class<E> type, String id) {
        String wanted = id == null ? "" : id.toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) if (e.id().equals(wanted)) return e;
        return null;
    }
}
