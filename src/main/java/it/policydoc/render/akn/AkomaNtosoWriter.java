package it.policydoc.render.akn;

import it.policydoc.history.AmendmentNotes;
import it.policydoc.history.UnitNote;
import it.policydoc.model.Act;
import it.policydoc.model.ActRole;
import it.policydoc.model.Paragraph;
import it.policydoc.model.Policy;
import it.policydoc.model.PolicyStatus;
import it.policydoc.render.PolicyViewBuilder;
import it.policydoc.text.InlineMarkdown;
import it.policydoc.text.ItalianDates;
import it.policydoc.text.RecentPolicyTexts;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A policy as an Akoma Ntoso 3.0 document ({@code akn.xml}), written from the model: FRBR
 * identification, lifecycle and references from the acts, the comune's organs and the roles that
 * sign, the title, the preamble, the body's hierarchy and the signatures. The same policy always
 * gives the same bytes.
 */
public final class AkomaNtosoWriter {

    public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    public static final String MEDIA_TYPE = "application/akn+xml";

    private final InlineMarkdown markdown;
    private final RecentPolicyTexts texts;

    public AkomaNtosoWriter(InlineMarkdown markdown) {
        this(markdown, new RecentPolicyTexts(markdown));
    }

    /** @param texts shared with the other outputs, which have found the acts each text cites */
    public AkomaNtosoWriter(InlineMarkdown markdown, RecentPolicyTexts texts) {
        this.markdown = markdown;
        this.texts = texts;
    }

    public byte[] write(Policy policy) {
        return write(policy, AmendmentNotes.NONE);
    }

    /**
     * The testo coordinato of an amended policy: the text, and in {@code <analysis>} its passive
     * modifications, which act inserted or changed which unit (repealed units are no longer in
     * the body, and the lifecycle already names the acts).
     */
    public byte[] write(Policy policy, AmendmentNotes notes) {
        Document doc = newDocument();
        Element root = doc.createElementNS(NAMESPACE, "akomaNtoso");
        doc.appendChild(root);
        Element act = append(root, "act");
        act.setAttribute("name", AknNames.DOC_SUBTYPE);
        act.setAttribute("contains", amended(policy) ? "singleVersion" : "originalVersion");

        AknInline inline = new AknInline(doc);
        AknBody body = new AknBody(doc, markdown, texts.of(policy).links(""), inline);
        Map<String, String> organs = organs(policy);
        Map<String, String> roles = roles(policy);
        Map<Act, String> actRefs = actRefs(policy);
        Element meta = append(act, "meta");
        new AknMeta(doc, policy, organs, roles, actRefs).write(meta);
        preface(append(act, "preface"), policy, organs, actRefs);
        if (!policy.preamble().isEmpty()) {
            Element preamble = append(act, "preamble");
            for (Paragraph p : policy.preamble()) {
                body.p(preamble, p.text());
            }
        }
        Element main = append(act, "body");
        body.blocks(main, policy.content());
        if (!main.hasChildNodes()) {
            // A body needs one element; an empty policy has one empty unnumbered paragraph.
            Element empty = append(main, "paragraph");
            empty.setAttribute("eId", "para_1");
            append(append(empty, "content"), "p");
        }
        conclusions(append(act, "conclusions"), policy, roles);
        inline.resolve(body.eIdByAnchor());
        passiveModifications(meta, notes, body.eIdByAnchor(), actRefs);
        return serialise(doc);
    }

    private static void passiveModifications(Element meta, AmendmentNotes notes, Map<String, String> eIdByAnchor,
            Map<Act, String> actRefs) {
        Element passive = null;
        int n = 0;
        for (Map.Entry<String, String> unit : eIdByAnchor.entrySet()) {
            for (UnitNote note : notes.of(unit.getKey())) {
                // The acts are matched by number and date: the versions' files record them too.
                Optional<String> ref = actRefs.entrySet().stream()
                        .filter(e -> e.getKey().number().equals(note.act().number())
                                && e.getKey().date().equals(note.act().date()))
                        .map(Map.Entry::getValue).findFirst();
                if (ref.isEmpty() || note.change() == UnitNote.Change.REPEALED) {
                    continue;
                }
                if (passive == null) {
                    Element analysis = meta.getOwnerDocument().createElementNS(NAMESPACE, "analysis");
                    analysis.setAttribute("source", "#" + AknNames.SOURCE);
                    meta.insertBefore(analysis, meta.getElementsByTagNameNS(NAMESPACE, "references").item(0));
                    passive = append(analysis, "passiveModifications");
                }
                Element mod = append(passive, "textualMod");
                mod.setAttribute("eId", "pmod_" + ++n);
                mod.setAttribute("type", note.change() == UnitNote.Change.INSERTED ? "insertion" : "substitution");
                append(mod, "source").setAttribute("href", "#" + ref.get());
                append(mod, "destination").setAttribute("href", "#" + unit.getValue());
            }
        }
    }

    static boolean amended(Policy policy) {
        return policy.metadata().acts().stream().anyMatch(a -> a.role() != ActRole.ADOPTION && a.date().isPresent());
    }

    /** The organs that adopted or amended the policy, by local id, in order of first appearance. */
    private static Map<String, String> organs(Policy policy) {
        Map<String, String> organs = new LinkedHashMap<>();
        policy.metadata().acts().forEach(a -> organs.putIfAbsent(AknNames.token(a.organ()), a.organ()));
        return organs;
    }

    private static Map<String, String> roles(Policy policy) {
        Map<String, String> roles = new LinkedHashMap<>();
        policy.metadata().signatures().roles().forEach(r -> roles.putIfAbsent(AknNames.token(r), r));
        return roles;
    }

    /** The local ids of the acts that have a number and a date: those that can be cited. */
    private static Map<Act, String> actRefs(Policy policy) {
        Map<Act, String> refs = new LinkedHashMap<>();
        for (Act act : policy.metadata().acts()) {
            if (AknNames.act(policy, act).isPresent()) {
                refs.put(act, "atto_" + (refs.size() + 1));
            }
        }
        return refs;
    }

    private void preface(Element preface, Policy policy, Map<String, String> organs, Map<Act, String> actRefs) {
        Element authority = append(append(preface, "p"), "docAuthority");
        authority.setTextContent("Comune di " + policy.comune().name());
        Element title = append(append(preface, "p"), "docTitle");
        title.setTextContent(markdown.toPlainText(policy.metadata().title().markdown()));
        if (policy.metadata().status() == PolicyStatus.DRAFT) {
            append(append(preface, "p"), "docStage").setTextContent("Bozza");
        }
        for (Act act : policy.metadata().acts()) {
            Element p = append(preface, "p");
            p.appendChild(p.getOwnerDocument().createTextNode(
                    act.role().heading() + ": " + act.type() + " "));
            Element organ = append(p, "organization");
            organ.setAttribute("refersTo", "#" + AknNames.token(act.organ()));
            organ.setTextContent(PolicyViewBuilder.actName(act).substring(act.type().length() + 1));
            String number = " n. " + act.number().orElse("…") + " del ";
            p.appendChild(p.getOwnerDocument().createTextNode(number));
            if (act.date().isPresent()) {
                Element date = append(p, "date");
                date.setAttribute("date", act.date().get().toString());
                date.setTextContent(ItalianDates.format(act.date().get()));
            } else {
                p.appendChild(p.getOwnerDocument().createTextNode("…"));
            }
            Optional.ofNullable(actRefs.get(act)).ifPresent(ref -> p.setAttribute("refersTo", "#" + ref));
        }
    }

    private static void conclusions(Element conclusions, Policy policy, Map<String, String> roles) {
        for (Map.Entry<String, String> role : roles.entrySet()) {
            Element signature = append(append(conclusions, "p"), "signature");
            Element r = append(signature, "role");
            r.setAttribute("refersTo", "#" + role.getKey());
            r.setTextContent(role.getValue());
        }
    }

    static Element append(Element parent, String name) {
        Element element = parent.getOwnerDocument().createElementNS(NAMESPACE, name);
        parent.appendChild(element);
        return element;
    }

    private static Document newDocument() {
        try {
            // The JDK's own implementation, whatever else is on the class path: same bytes everywhere.
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().newDocument();
            doc.setXmlStandalone(true);
            return doc;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
    }

    private static byte[] serialise(Document doc) {
        try {
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // Not indented: whitespace added inside mixed content would change the text.
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("the JDK's XML writer failed on an in-memory document", e);
        }
    }
}
