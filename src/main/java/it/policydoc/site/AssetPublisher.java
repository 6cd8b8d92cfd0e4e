package it.policydoc.site;

import it.policydoc.webjar.BootstrapItalia;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /**
     * @param previousSite the site the last build of this same policydoc published: its assets
     *     are these same files, linked instead of being unpacked from the jar again; empty to
     *     unpack them all
     */
    public void publish(Path siteDir, Optional<Path> previousSite) throws IOException {
        Path css = Files.createDirectories(siteDir.resolve(SitePaths.ASSETS).resolve("css"));
        Path fonts = Files.createDirectories(siteDir.resolve(SitePaths.ASSETS).resolve("fonts"));
        Map<Path, String> resources = new LinkedHashMap<>();
        resources.put(css.resolve("bootstrap-italia.min.css"),
                BootstrapItalia.resource("dist/css/bootstrap-italia.min.css"));
        resources.put(css.resolve("bootstrap-italia-LICENSE.txt"), BootstrapItalia.resource("LICENSE"));
        for (String font : FONT_FILES) {
            resources.put(fonts.resolve(font), BootstrapItalia.resource("dist/fonts/Titillium_Web/" + font));
        }
        for (String stylesheet : OWN_STYLESHEETS) {
            resources.put(css.resolve(stylesheet), "templates/web/assets/" + stylesheet);
        }
        for (Map.Entry<Path, String> asset : resources.entrySet()) {
            Path target = asset.getKey();
            Optional<Path> previous = previousSite.map(p -> p.resolve(siteDir.relativize(target)))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
            if (previous.isPresent()) {
                HardLinks.linkOrCopy(previous.get(), target);
            } else {
                copy(asset.getValue(), target);
            }
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
