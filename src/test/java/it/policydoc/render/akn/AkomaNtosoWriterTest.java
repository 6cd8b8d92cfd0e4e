package it.policydoc.render.akn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.load.LoadResult;
import it.policydoc.load.PolicyLoader;
import it.policydoc.model.Policy;
import it.policydoc.testing.AknValidator;
import it.policydoc.testing.SamplePolicy;
import it.policydoc.testing.SeedText;
import it.policydoc.text.InlineMarkdown;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Akoma Ntoso documents of both seeds and of a policy built in code: valid against the OASIS
 * schema, unique eIds, references that resolve, every seed sentence in order, the FRBR names.
 */
class AkomaNtosoWriterTest {

    private static final Path SEEDS = Path.of("src/test/resources/seeds");

    private static final AkomaNtosoWriter WRITER = new AkomaNtosoWriter(new InlineMarkdown());
    private static final Map<String, Policy> SEED_POLICIES = new java.util.TreeMap<>();

    @BeforeAll
    static void load() {
        LoadResult loaded = new PolicyLoader().load(List.of(Path.of("policies")));
        loaded.policies().forEach(p -> SEED_POLICIES.put(p.comune().slug(), p));
        assertEquals(Set.of("coccaglio", "porto-sant-elpidio"), SEED_POLICIES.keySet());
    }

    private static List<byte[]> documents() {
        List<byte[]> docs = new ArrayList<>();
        SEED_POLICIES.values().forEach(p -> docs.add(WRITER.write(p)));
        docs.add(WRITER.write(regulation()));
        docs.add(WRITER.write(SamplePolicy.approved()));
        docs.add(WRITER.write(SamplePolicy.draft()));
        return docs;
    }

    @Test
    void everyDocumentIsValidAkomaNtoso() {
        for (byte[] doc : documents()) {
            assertEquals(List.of(), AknValidator.errors(doc), () -> new String(doc, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aDocumentThatBreaksTheSchemaFails() {
        String valid = new String(WRITER.write(SamplePolicy.approved()), StandardCharsets.UTF_8);
        String textInBody = valid.replaceFirst("<body>", "<body><p>testo</p>");
        assertFalse(AknValidator.errors(textInBody.getBytes(StandardCharsets.UTF_8)).isEmpty());
        String noCountry = valid.replaceFirst("<FRBRcountry value=\"it\"/>", "");
        assertFalse(noCountry.equals(valid));
        assertFalse(AknValidator.errors(noCountry.getBytes(StandardCharsets.UTF_8)).isEmpty());
        String unknown = valid.replaceFirst("<num>", "<numero>").replaceFirst("</num>", "</numero>");
        assertFalse(AknValidator.errors(unknown.getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void eIdsAreUniqueAndEveryInternalReferenceResolves() throws Exception {
        for (byte[] bytes : documents()) {
            Document doc = parse(bytes);
            Set<String> eIds = new HashSet<>();
            NodeList all = doc.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.hasAttribute("eId")) {
                    assertTrue(eIds.add(e.getAttribute("eId")), "duplicate eId " + e.getAttribute("eId"));
                }
            }
            int internal = 0;
            for (String attribute : List.of("href", "refersTo", "source")) {
                for (int i = 0; i < all.getLength(); i++) {
                    Element e = (Element) all.item(i);
                    String value = e.getAttribute(attribute);
                    if (value.startsWith("#")) {
                        internal++;
                        assertTrue(eIds.contains(value.substring(1)), () -> attribute + "=" + value + " leads nowhere");
                    }
                }
            }
            assertTrue(internal > 3);
        }
    }

    @Test
    void referencesPointAtUnitsInTheNamingConventionAndAtActsByUrn() throws Exception {
        Document doc = parse(WRITER.write(SEED_POLICIES.get("coccaglio")));
        List<String> refs = hrefs(doc);
        assertTrue(refs.contains("#art_4__para_3"), refs::toString);
        assertTrue(hrefs(parse(WRITER.write(SEED_POLICIES.get("porto-sant-elpidio"))))
                .contains("urn:nir:stato:legge:2000-06-07;150"), refs::toString);
        assertTrue(doc.getElementsByTagNameNS(AkomaNtosoWriter.NAMESPACE, "point").getLength() > 5);
        Element point = (Element) doc.getElementsByTagNameNS(AkomaNtosoWriter.NAMESPACE, "point").item(0);
        assertTrue(point.getAttribute("eId").matches("art_\\d+__para_\\d+__point_[a-z0-9]+"), point.getAttribute("eId"));
    }

    @Test
    void theFrbrBlockNamesTheComuneTheAdoptionAndTheLanguage() throws Exception {
        Document doc = parse(WRITER.write(SEED_POLICIES.get("porto-sant-elpidio")));
        Element work = (Element) doc.getElementsByTagNameNS(AkomaNtosoWriter.NAMESPACE, "FRBRWork").item(0);
        String uri = ((Element) work.getElementsByTagNameNS(AkomaNtosoWriter.NAMESPACE, "FRBRuri").item(0))
                .getAttribute("value");
        assertEquals("/akn/it/act/regolamento/comune.porto-sant-elpidio/2022-12-15/social-media-policy", uri);
        Element language = (Element) doc.getElementsByTagNameNS(AkomaNtosoWriter.NAMESPACE, "FRBRlanguage").item(0);
        assertEquals("ita", language.getAttribute("language"));
        Element original = (Element) doc.getElementsByTagNameNS(AkomaNtosoWriter.NAMESPACE, "original").item(0);
        assertEquals("/akn/it/act/deliberazione/comune.porto-sant-elpidio/2022-12-15/260", original.getAttribute("href"));
        Element event = (Element) doc.getElementsByTagNameNS(AkomaNtosoWriter.NAMESPACE, "eventRef").item(0);
        assertEquals("2022-12-15", event.getAttribute("date"));
        assertEquals("generation", event.getAttribute("type"));
    }

    @Test
    void theTextHoldsEverySeedSentenceInOrder() throws Exception {
        for (Map.Entry<String, Policy> seed : SEED_POLICIES.entrySet()) {
            List<String> fragments = SeedText.fragments(SEEDS.resolve(seed.getKey() + ".txt"),
                    SeedText.METADATA_LINES.get(seed.getKey()));
            StringBuilder words = new StringBuilder();
            text(parse(WRITER.write(seed.getValue())).getDocumentElement(), words);
            String text = SeedText.normalize(words.toString());
            int missing = SeedText.firstMissing(fragments, text);
            assertEquals(-1, missing, () -> seed.getKey() + ": «" + fragments.get(missing) + "» not found in order");
            assertTrue(fragments.size() > 50);
        }
    }

    @Test
    void theSamePolicyGivesTheSameBytes() {
        Policy coccaglio = SEED_POLICIES.get("coccaglio");
        assertArrayEquals(WRITER.write(coccaglio), new AkomaNtosoWriter(new InlineMarkdown()).write(coccaglio));
    }

    /** Elements inside a line of text; every other element is a block, set apart by a space. */
    private static final Set<String> INLINE = Set.of("ref", "a", "i", "b", "u", "date", "organization", "role");

    private static void text(org.w3c.dom.Node node, StringBuilder out) {
        for (org.w3c.dom.Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                boolean block = !INLINE.contains(e.getLocalName());
                if (block) {
                    out.append(' ');
                }
                text(e, out);
                if (block) {
                    out.append(' ');
                }
            } else if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
                out.append(child.getNodeValue());
            }
        }
    }

    private static List<String> hrefs(Document doc) {
        List<String> refs = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS(AkomaNtosoWriter.NAMESPACE, "ref");
        for (int i = 0; i < all.getLength(); i++) {
            refs.add(((Element) all.item(i)).getAttribute("href"));
        }
        return refs;
    }

    /** The test regulation that uses every structure: titoli, capi, sezioni, unnumbered commi, definitions. */
    private static Policy regulation() {
        return new PolicyLoader().load(List.of(Path.of("src/test/resources/regolamento/borgo-metropolitano")))
                .policies().get(0);
    }

    @Test
    void containersDefinitionsAndUnnumberedCommiHaveTheirAknForm() throws Exception {
        Document doc = parse(WRITER.write(regulation()));
        for (String element : List.of("title", "chapter", "def")) {
            assertTrue(doc.getElementsByTagNameNS(AkomaNtosoWriter.NAMESPACE, element).getLength() > 0, element);
        }
        Element chapter = (Element) doc.getElementsByTagNameNS(AkomaNtosoWriter.NAMESPACE, "chapter").item(0);
        assertTrue(chapter.getAttribute("eId").matches("(title_[IVX]+__)?chp_[IVX]+"), chapter.getAttribute("eId"));
        NodeList paragraphs = doc.getElementsByTagNameNS(AkomaNtosoWriter.NAMESPACE, "paragraph");
        boolean unnumbered = false;
        for (int i = 0; i < paragraphs.getLength(); i++) {
            Element p = (Element) paragraphs.item(i);
            unnumbered |= p.getAttribute("eId").startsWith("art_")
                    && p.getElementsByTagNameNS(AkomaNtosoWriter.NAMESPACE, "num").getLength() == 0;
        }
        assertTrue(unnumbered, "an article's unnumbered paragraph has no <num>");
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }
}
