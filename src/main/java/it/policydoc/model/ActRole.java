package it.policydoc.model;

/** Whether an act adopted the policy or amended it. */
public enum ActRole {
    ADOPTION("adozione"),
    AMENDMENT("modifica");

    private final String yamlName;

    ActRole(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
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
