package it.policydoc.diag;

/** How bad a diagnostic is: an error stops the build, a warning does not. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /**
     * The fixed, machine-readable word (JSON output); people read it translated, from the
     * bundle key {@code severity.<label>}.
     */
    public String label() {
        return label;
    }
}
