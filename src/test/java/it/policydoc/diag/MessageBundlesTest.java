package it.policydoc.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every diagnostic the code can emit reads in both languages. */
class MessageBundlesTest {

    private static final Pattern EMITTED = Pattern.compile("Diagnostic\\.(?:error|warning)\\(\\s*\"([a-z-]+)\"");

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void italianAndEnglishHaveTheSameMessages() throws IOException {
        assertEquals(keys("/it/policydoc/diag/messages.properties"), keys("/it/policydoc/diag/messages_it.properties"));
    }

    @Test
    void everyEmittedCodeHasAMessage() throws IOException {
        Set<String> messages = keys("/it/policydoc/diag/messages.properties");
        Set<String> emitted = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = EMITTED.matcher(Files.readString(source));
                while (m.find()) {
                    emitted.add(m.group(1));
                }
            }
        }
        assertTrue(emitted.size() > 30, emitted::toString);
        emitted.removeAll(messages);
        assertEquals(Set.of(), emitted, "codes without a message");
    }
}
