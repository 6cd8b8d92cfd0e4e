package it.policydoc.model;

/** How a container's number is written: "Capo II" or "Sezione 2". */
public enum Numerals {
    ROMAN("romana"),
    ARABIC("araba");

    private final String yamlName;

    Numerals(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Numerals fromYaml(String value) {
        for (Numerals n : values()) {
            if (n.yamlName.equals(value)) {
                return n;
            }
        }
        throw new IllegalArgumentException("unknown numerals: " + value);
    }
}
