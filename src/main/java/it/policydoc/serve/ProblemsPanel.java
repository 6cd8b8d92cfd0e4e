package it.policydoc.serve;

import it.policydoc.diag.Diagnostic;
import it.policydoc.diag.DiagnosticFormatter;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Adds what the preview needs to a page of the built site, with jsoup (never by pasting
 * strings): the reload script and its stylesheet, served by the preview server itself (so the
 * page's {@code script-src 'self'} allows it and nothing of the preview reaches {@code site/}),
 * and, while the YAML has errors, a panel on top listing every problem with its file, line and
 * column and how to fix it.
 */
final class ProblemsPanel {

    static final String SCRIPT = "/_policydoc/anteprima.js";
    static final String STYLESHEET = "/_policydoc/anteprima.css";
    static final String PANEL_ID = "pd-anteprima-problemi";

    private final DiagnosticFormatter formatter;

    ProblemsPanel(DiagnosticFormatter formatter) {
        this.formatter = formatter;
    }

    /** The page with the preview's script, and the panel when {@code diagnostics} hold an error. */
    String decorate(String html, List<Diagnostic> diagnostics) {
        Document page = Jsoup.parse(html);
        page.outputSettings().prettyPrint(false);
        decorate(page, diagnostics);
        return page.outerHtml();
    }

    /** A page of its own for an address the last good site does not have while there are errors. */
    String problemsOnly(List<Diagnostic> diagnostics) {
        Document page = Document.createShell("");
        page.outputSettings().prettyPrint(false);
        page.selectFirst("html").attr("lang", "it");
        page.head().appendElement("meta").attr("charset", "utf-8");
        page.title(formatter.text("serve.page-title"));
        decorate(page, diagnostics);
        page.body().appendElement("p").text(formatter.text("serve.no-page-yet"));
        return page.outerHtml();
    }

    private void decorate(Document page, List<Diagnostic> diagnostics) {
        page.head().appendElement("link").attr("rel", "stylesheet").attr("href", STYLESHEET);
        page.head().appendElement("script").attr("src", SCRIPT).attr("defer", "");
        if (!Diagnostic.anyError(diagnostics)) {
            return;
        }
        Element panel = page.body().prependElement("section").id(PANEL_ID).addClass("pd-anteprima-problemi")
                .attr("role", "alert").attr("aria-labelledby", PANEL_ID + "-titolo");
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        panel.appendElement("h2").id(PANEL_ID + "-titolo").text(formatter.text("serve.panel-title", errors));
        panel.appendElement("p").text(formatter.text("serve.panel-intro"));
        Element list = panel.appendElement("ul");
        for (Diagnostic d : diagnostics) {
            Element item = list.appendElement("li");
            item.appendElement("code").text(d.pos().toString());
            item.appendText(" " + formatter.message(d));
        }
    }
}
