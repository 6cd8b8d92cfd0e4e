package it.policydoc.model;

/** The policy's legal status: a draft proposed to the Giunta, or an approved text. */
public enum PolicyStatus {
    DRAFT("bozza"),
    APPROVED("approvata");

    private final String yamlName;

    PolicyStatus(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static PolicyStatus fromYaml(String value) {
        for (PolicyStatus s : values()) {
            if (s.yamlName.equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status: " + value);
    }
}
