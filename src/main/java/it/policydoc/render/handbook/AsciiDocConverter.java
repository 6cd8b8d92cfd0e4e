package it.policydoc.render.handbook;

import it.policydoc.render.HtmlSanitizer;
import it.policydoc.text.PolicyLinks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.AttributesBuilder;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.jsoup.Jsoup;

/**
 * AsciiDoc to HTML or XHTML through AsciidoctorJ, for the staff handbook.
 *
 * <p>Asciidoctor runs in JRuby, whose start costs seconds: it is started on the first
 * conversion, once per instance, and never by a run that only checks. An instance is shared by
 * every thread of a build. Conversions are serialised by a lock: Asciidoctor itself is
 * documented as thread-safe, but JRuby has failed on concurrent first use of a conversion path
 * (asciidoctorj#1158, only partly fixed) and a conversion takes about ten milliseconds warm, far
 * less than the PDF made from it, so the lock costs little and rules the failure out.
 *
 * <p>Documents are converted in {@link SafeMode#SECURE} (no includes, no reading of files or
 * URLs, no system attributes) and without the header, footer, stylesheet and web fonts of a
 * standalone Asciidoctor page: the templates give the page its frame, from the site's own assets.
 * Dates come from the policy, never from the clock. What comes out goes through the
 * {@link HtmlSanitizer}: safe mode keeps files and URLs out, not script.
 */
public final class AsciiDocConverter {

    /** The backend: HTML for the site, XHTML for the PDF writer. */
    public enum Backend {
        HTML("html5"), XHTML("xhtml5");

        private final String name;

        Backend(String name) {
            this.name = name;
        }
    }

    /**
     * A converted document.
     *
     * @param body the content, without page frame
     * @param chapters the top-level sections, in order
     */
    public record Converted(String body, List<Chapter> chapters) {

        public Converted {
            chapters = List.copyOf(chapters);
        }
    }

    /** A top-level section: its id and its title as plain text. */
    public record Chapter(String id, String title) {
    }

    /** Italian words for what Asciidoctor writes itself (captions of notes, tables, figures…). */
    private static final Map<String, String> ITALIAN = Map.ofEntries(
            Map.entry("lang", "it"),
            Map.entry("appendix-caption", "Appendice"),
            Map.entry("caution-caption", "Cautela"),
            Map.entry("chapter-refsig", "Capitolo"),
            Map.entry("example-caption", "Esempio"),
            Map.entry("figure-caption", "Figura"),
            Map.entry("important-caption", "Importante"),
            Map.entry("last-update-label", "Ultimo aggiornamento"),
            Map.entry("note-caption", "Nota"),
            Map.entry("part-refsig", "Parte"),
            Map.entry("section-refsig", "Sezione"),
            Map.entry("table-caption", "Tabella"),
            Map.entry("tip-caption", "Suggerimento"),
            Map.entry("toc-title", "Indice"),
            Map.entry("untitled-label", "Senza titolo"),
            Map.entry("version-label", "Versione"),
            Map.entry("warning-caption", "Attenzione"));

    /**
     * Switched off, and locked (attributes set here cannot be changed by a document): nothing
     * that fetches from the network, adds a clock date, or changes the ids and numbering the
     * templates rely on.
     */
    private static final List<String> OFF = List.of("webfonts", "stylesheet", "linkcss", "icons", "stem",
            "source-highlighter", "data-uri", "allow-uri-read", "toc", "sectnums", "sectanchors", "sectlinks",
            "showtitle", "docinfo", "experimental");

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();
    private final ReentrantLock lock = new ReentrantLock();
    /** Held here: java.util.logging keeps only weak references, and would forget the settings. */
    private final Logger asciidoctorLog = Logger.getLogger("asciidoctor");
    /** Created on the first conversion, under the lock. */
    private Asciidoctor asciidoctor;

    /**
     * Starts Asciidoctor now if it is not running yet, so that a build can overlap JRuby's slow
     * start with other work; conversions wait for it.
     */
    public void start() {
        lock.lock();
        try {
            engine();
        } finally {
            lock.unlock();
        }
    }

    /** Whether Asciidoctor (and JRuby) has been started. */
    public boolean started() {
        lock.lock();
        try {
            return asciidoctor != null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * @param links where {@code policy:} references in the document lead
     * @param date the date the document speaks from, given to the date attributes
     */
    public Converted convert(String asciidoc, Backend backend, PolicyLinks links, LocalDate date) {
        ConvertedSkeleton converted = asciidoctor(asciidoc, backend, new ResolvedReferences(links), date);
        return sanitized(converted.body(), backend, converted.chapters());
    }

    /**
     * Converts a handbook by its skeleton: a skeleton converted before with the same key, and
     * whose references still lead to the same places, is filled again without Asciidoctor;
     * otherwise it is converted (and kept). Gives the same result as converting the whole
     * document: where placeholders cannot be filled exactly, the whole document is converted.
     */
    Converted convert(HandbookSource source, Backend backend, PolicyLinks links, LocalDate date,
            SkeletonStore store) {
        String key = HandbookSource.sha256(backend.name, date.toString(), source.skeleton());
        ConvertedSkeleton skeleton = store.find(key).filter(s -> s.resolvesAlike(links))
                .orElseGet(() -> asciidoctor(source.skeleton(), backend, new ResolvedReferences(links), date));
        Optional<String> body = source.fill(skeleton.body());
        if (body.isEmpty()) {
            return convert(source.document(), backend, links, date);
        }
        store.keep(key, skeleton);
        return sanitized(body.get(), backend, skeleton.chapters());
    }

    /** The comune's chapters are written by hand: nothing Asciidoctor makes of them is trusted. */
    private Converted sanitized(String body, Backend backend, List<Chapter> chapters) {
        return new Converted(backend == Backend.HTML ? sanitizer.html(body) : sanitizer.xhtml(body), chapters);
    }

    private ConvertedSkeleton asciidoctor(String asciidoc, Backend backend, ResolvedReferences references,
            LocalDate date) {
        Options options = Options.builder()
                .backend(backend.name)
                .docType("book")
                .safe(SafeMode.SECURE)
                .standalone(false)
                .option(PolicyReferenceMacro.LINKS_OPTION, references)
                .attributes(attributes(date))
                .build();
        String body;
        List<Chapter> chapters = new ArrayList<>();
        lock.lock();
        try {
            Document document = engine().load(asciidoc, options);
            body = document.convert();
            for (StructuralNode block : document.getBlocks()) {
                if (block instanceof Section section) {
                    chapters.add(new Chapter(section.getId(), Jsoup.parse(section.getTitle()).text()));
                }
            }
        } finally {
            lock.unlock();
        }
        return new ConvertedSkeleton(body, chapters, references.resolved());
    }

    private Asciidoctor engine() {
        if (asciidoctor == null) {
            Asciidoctor created = AsciidoctorStart.create();
            created.javaExtensionRegistry().inlineMacro(new PolicyReferenceMacro());
            // Asciidoctor would print its warnings on standard error, meant for a Ruby user and
            // citing lines of the generated document; the check has reported what matters in a
            // chapter (title, includes, references, blocks). AsciidoctorJ always forwards them to
            // the java.util.logging logger "asciidoctor" too, which prints on standard error.
            asciidoctorLog.setUseParentHandlers(false);
            asciidoctorLog.setLevel(Level.OFF);
            created.registerLogHandler(record -> { });
            asciidoctor = created;
        }
        return asciidoctor;
    }

    private static Attributes attributes(LocalDate date) {
        AttributesBuilder builder = Attributes.builder();
        ITALIAN.forEach(builder::attribute);
        OFF.forEach(name -> builder.attribute(name + "!", ""));
        // Locked on: every chapter gets an id, which the table of contents links to.
        builder.attribute("sectids", "")
                .attribute("nofooter", "")
                .attribute("reproducible", "")
                .attribute("idprefix", "_")
                .attribute("idseparator", "_")
                .attribute("max-include-depth", "0");
        String day = date.toString();
        for (String prefix : List.of("doc", "local")) {
            builder.attribute(prefix + "date", day)
                    .attribute(prefix + "time", "00:00:00")
                    .attribute(prefix + "datetime", day + " 00:00:00")
                    .attribute(prefix + "year", Integer.toString(date.getYear()));
        }
        return builder.build();
    }
}
