package it.policydoc.model;

/** How the points of a list are marked: a), b)…; 1., 2.…; or plain bullets. */
public enum ListStyle {
    LETTERS("lettere"),
    NUMBERS("numeri"),
    BULLETS("puntato");

    private final String yamlName;

    ListStyle(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static ListStyle fromYaml(String value) {
        for (ListStyle s : values()) {
            if (s.yamlName.equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown list style: " + value);
    }
}
