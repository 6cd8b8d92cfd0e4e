package it.policydoc.model;

/** Who a unit is for; the handbook takes what concerns staff. Unmarked units inherit from their parent. */
public enum Audience {
    PUBLIC("pubblico"),
    STAFF("personale"),
    ALL("tutti");

    private final String yamlName;

    Audience(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public boolean concernsStaff() {
        return this != PUBLIC;
    }

    public static Audience fromYaml(String value) {
        for (Audience a : values()) {
            if (a.yamlName.equals(value)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown audience: " + value);
    }
}
