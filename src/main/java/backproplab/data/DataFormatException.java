package backproplab.data;

/** A bad row in a vocabulary or sentence file; the message names the file, line and column. */
public final class DataFormatException extends Exception {
    private final int line;
    private final int column;

    public DataFormatException(String source, int line, int column, String problem) {
        super(source + " line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
    }

    /** 1-based line of the bad row. */
    public int line() {
        return line;
    }

    /** 1-based character column where the problem starts. */
    public int column() {
        return column;
    }
}
