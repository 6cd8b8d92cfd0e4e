package it.policydoc.model;

/**
 * The ente di area vasta a comune belongs to: a provincia, a città metropolitana, a libero
 * consorzio comunale (Sicily) or a provincia autonoma (Trento, Bolzano).
 */
public enum ProvinceKind {
    PROVINCIA("provincia", "Provincia"),
    CITTA_METROPOLITANA("città metropolitana", "Città metropolitana"),
    LIBERO_CONSORZIO("libero consorzio", "Libero consorzio comunale"),
    PROVINCIA_AUTONOMA("provincia autonoma", "Provincia autonoma");

    private final String yamlName;
    private final String title;

    ProvinceKind(String yamlName, String title) {
        this.yamlName = yamlName;
        this.title = title;
    }

    public String yamlName() {
        return yamlName;
    }

    /** The name of the ente before its place: "Città metropolitana" (di Milano). */
    public String title() {
        return title;
    }

    public static ProvinceKind fromYaml(String value) {
        for (ProvinceKind k : values()) {
            if (k.yamlName.equals(value)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown province kind: " + value);
    }
}
