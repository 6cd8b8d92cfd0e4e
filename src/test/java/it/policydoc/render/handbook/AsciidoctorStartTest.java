package it.policydoc.render.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.jruby.internal.JRubyAsciidoctor;
import org.junit.jupiter.api.Test;

/** Asciidoctor starts from the gems in its jar without RubyGems, and converts as usual. */
class AsciidoctorStartTest {

    @Test
    void startsWithoutRubyGemsAndConverts() {
        Asciidoctor engine = AsciidoctorStart.create();
        try {
            assertEquals("none", ((JRubyAsciidoctor) engine).getRubyRuntime()
                    .evalScriptlet("defined?(::Gem) ? 'gems' : 'none'").toString());
            String html = engine.convert("== Capitolo\n\nNOTE: Una nota.\n\n|===\n|a |b\n|===\n",
                    Options.builder().safe(SafeMode.SECURE).build());
            assertTrue(html.contains("admonitionblock note") && html.contains("<table") && html.contains("Capitolo"), html);
        } finally {
            engine.close();
        }
    }
}
