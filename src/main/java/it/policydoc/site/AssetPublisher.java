package it.policydoc.site;

import it.policydoc.webjar.BootstrapItalia;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Copies the static files every page needs into {@code assets/}: the Bootstrap Italia stylesheet
 * and the Titillium Web fonts from the webjar, and policydoc's own stylesheets from the
 * templates. Pages then load nothing from other sites.
 */
public final class AssetPublisher {

    private static final List<String> FONT_FILES = List.of(
            "titillium-web-v10-latin-ext_latin-regular.woff2",
            "titillium-web-v10-latin-ext_latin-italic.woff2",
            "titillium-web-v10-latin-ext_latin-600.woff2",
            "titillium-web-v10-latin-ext_latin-600italic.woff2",
            "titillium-web-v10-latin-ext_latin-700.woff2",
            "titillium-web-v10-latin-ext_latin-700italic.woff2",
            "OFL.txt");
    private static final List<String> OWN_STYLESHEETS = List.of("fonts.css", "policydoc.css");

    private final ClassLoader classLoader = AssetPublisher.class.getClassLoader();

    public void publish(Path siteDir) throws IOException {
        Path css = Files.createDirectories(siteDir.resolve(SitePaths.ASSETS).resolve("css"));
        Path fonts = Files.createDirectories(siteDir.resolve(SitePaths.ASSETS).resolve("fonts"));
        copy(BootstrapItalia.resource("dist/css/bootstrap-italia.min.css"), css.resolve("bootstrap-italia.min.css"));
        copy(BootstrapItalia.resource("LICENSE"), css.resolve("bootstrap-italia-LICENSE.txt"));
        for (String font : FONT_FILES) {
            copy(BootstrapItalia.resource("dist/fonts/Titillium_Web/" + font), fonts.resolve(font));
        }
        for (String stylesheet : OWN_STYLESHEETS) {
            copy("templates/web/assets/" + stylesheet, css.resolve(stylesheet));
        }
    }

    private void copy(String resource, Path target) throws IOException {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("asset missing from the classpath: " + resource);
            }
            Files.copy(in, target);
        }
    }
}
