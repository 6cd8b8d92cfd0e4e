package it.policydoc.webjar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the Bootstrap Italia webjar keeps its files on the classpath (stylesheet, fonts), found
 * from the webjar's own version so that upgrading it in the pom is all it takes.
 */
public final class BootstrapItalia {

    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/bootstrap-italia/pom.properties";
    private static final String ROOT = "META-INF/resources/webjars/bootstrap-italia/" + version() + "/";

    private BootstrapItalia() {
    }

    /** The classpath resource name of a file of the webjar, e.g. {@code dist/fonts/Lora/OFL.txt}. */
    public static String resource(String path) {
        return ROOT + path;
    }

    private static String version() {
        try (InputStream in = BootstrapItalia.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                throw new IllegalStateException("Bootstrap Italia webjar missing from the classpath");
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
