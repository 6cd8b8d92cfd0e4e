package it.policydoc.render.akn;

import it.policydoc.text.InlineRun;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes a text's runs as Akoma Ntoso inline elements: {@code <i>}, {@code <b>}, {@code <br>},
 * {@code <ref>} for references (to a unit of the policy, or to an act by its URN:NIR or ELI) and
 * {@code <a>} for web links. A reference to a unit is written with the unit's page anchor and
 * pointed at the unit's eId once the whole body is written ({@link #resolve}).
 */
final class AknInline {

    private final Document doc;
    private final List<Element> internalRefs = new ArrayList<>();

    AknInline(Document doc) {
        this.doc = doc;
    }

    void append(Element parent, List<InlineRun> runs) {
        for (InlineRun run : runs) {
            if (run.lineBreak()) {
                parent.appendChild(element("br"));
                continue;
            }
            Node words = doc.createTextNode(run.text());
            if (run.bold()) {
                words = wrap("b", words);
            }
            if (run.italic()) {
                words = wrap("i", words);
            }
            if (run.link().isPresent()) {
                words = link(run.link().get(), words);
            }
            parent.appendChild(words);
        }
    }

    private Element link(InlineRun.Link link, Node words) {
        Element element = switch (link.kind()) {
            case INTERNAL -> {
                Element ref = element("ref");
                ref.setAttribute("href", "#" + link.identifier());
                internalRefs.add(ref);
                yield ref;
            }
            case LAW -> {
                Element ref = element("ref");
                ref.setAttribute("href", link.identifier());
                yield ref;
            }
            case WEB -> {
                Element a = element("a");
                a.setAttribute("href", link.href());
                yield a;
            }
        };
        element.appendChild(words);
        return element;
    }

    /** Points every reference to a unit at that unit's eId (anchors without one stay as written). */
    void resolve(java.util.Map<String, String> eIdByAnchor) {
        for (Element ref : internalRefs) {
            String anchor = ref.getAttribute("href").substring(1);
            String eId = eIdByAnchor.get(anchor);
            if (eId != null) {
                ref.setAttribute("href", "#" + eId);
            }
        }
    }

    private Element wrap(String name, Node content) {
        Element element = element(name);
        element.appendChild(content);
        return element;
    }

    private Element element(String name) {
        return doc.createElementNS(AkomaNtosoWriter.NAMESPACE, name);
    }
}
