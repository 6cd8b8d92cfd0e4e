package it.policydoc.render.handbook;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.AsciidoctorJRuby;

/**
 * Starts Asciidoctor in JRuby without RubyGems. AsciidoctorJ carries its Ruby gems in its jar and
 * by default finds them through RubyGems, whose own start is more than a second of CPU, a third
 * of JRuby's: on the path of every cold build that converts a handbook. The gems' {@code lib}
 * folders are put on JRuby's load path instead, which is all that {@code require} needs; the
 * output is the same. If the jar cannot be read as expected, Asciidoctor starts the usual way.
 */
final class AsciidoctorStart {

    /** A file of a gem carried in the jar: {@code gems/asciidoctor-2.0.26/lib/asciidoctor.rb}. */
    private static final Pattern GEM_FILE = Pattern.compile("^gems/([^/]+)/lib/");
    /** JRuby's switch for RubyGems, read when a Ruby runtime is made (JRuby's --disable-gems). */
    private static final String RUBYGEMS = "jruby.cli.rubygems.enable";

    private AsciidoctorStart() {
    }

    static Asciidoctor create() {
        List<String> loadPath = gemLibFolders();
        if (loadPath.isEmpty()) {
            return Asciidoctor.Factory.create();
        }
        System.setProperty(RUBYGEMS, "false");
        return AsciidoctorJRuby.Factory.create(loadPath);
    }

    /** The {@code lib} folder of every gem in AsciidoctorJ's jar, as JRuby names them; none if it is not a readable jar. */
    private static List<String> gemLibFolders() {
        Optional<Path> jar = jarOf(AsciidoctorJRuby.class);
        if (jar.isEmpty()) {
            return List.of();
        }
        TreeSet<String> gems = new TreeSet<>();
        try (ZipFile zip = new ZipFile(jar.get().toFile())) {
            zip.stream().forEach(entry -> {
                Matcher gem = GEM_FILE.matcher(entry.getName());
                if (gem.find()) {
                    gems.add(gem.group(1));
                }
            });
        } catch (IOException e) {
            return List.of();
        }
        return gems.stream().map(gem -> "uri:classloader:/gems/" + gem + "/lib").toList();
    }

    private static Optional<Path> jarOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
