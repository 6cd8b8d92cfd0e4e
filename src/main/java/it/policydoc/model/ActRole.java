package it.policydoc.model;

/**
 * Whether an act adopted the policy, amended it, or approved a whole new text in place of the old
 * one (numbered afresh from 1, as a new regulation is).
 */
public enum ActRole {
    ADOPTION("adozione"),
    AMENDMENT("modifica"),
    REPLACEMENT("sostituzione");

    private final String yamlName;

    ActRole(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    /** How the page and the annex name the act's role: "Approvazione", "Modifica", "Nuovo testo". */
    public String heading() {
        return switch (this) {
            case ADOPTION -> "Approvazione";
            case AMENDMENT -> "Modifica";
            case REPLACEMENT -> "Nuovo testo";
        };
    }

    public static ActRole fromYaml(String value) {
        for (ActRole r : values()) {
            if (r.yamlName.equals(value)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown act role: " + value);
    }
}
