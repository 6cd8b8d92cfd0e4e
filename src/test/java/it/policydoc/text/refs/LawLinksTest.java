package it.policydoc.text.refs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LawLinksTest {

    @Test
    void writesTheDateWhenKnownAndTheYearOtherwise() {
        assertEquals("urn:nir:stato:legge:2000-06-07;150",
                LawLinks.normattivaUrn(LawAct.dated(ActType.LEGGE, 150, LocalDate.of(2000, 6, 7)), Optional.empty()));
        assertEquals("urn:nir:stato:legge:2000;150",
                LawLinks.normattivaUrn(LawAct.numbered(ActType.LEGGE, 150, 2000), Optional.empty()));
    }

    @Test
    void positionsOnTheArticleAndCommaWithLatinSuffixesJoined() {
        LawAct transparency = LawAct.numbered(ActType.DECRETO_LEGISLATIVO, 33, 2013);
        assertEquals("https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:2013;33~art2bis-com1ter",
                LawLinks.url(transparency, Optional.of(new LawPartition("2-bis", Optional.of("1-ter"),
                        Optional.of("a")))));
    }

    @Test
    void theConstitutionHasNeitherDateNorNumber() {
        assertEquals("https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:costituzione",
                LawLinks.url(LawAct.CONSTITUTION, Optional.empty()));
        assertEquals("https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:costituzione~art21",
                LawLinks.url(LawAct.CONSTITUTION, Optional.of(LawPartition.article("21"))));
    }

    @Test
    void euActsLinkByCelexWithTheNumberInFourDigitsAndNoArticle() {
        assertEquals("31995L0046", LawLinks.celex(LawAct.numbered(ActType.EU_DIRECTIVE, 46, 1995)));
        assertEquals("32013D1386", LawLinks.celex(LawAct.numbered(ActType.EU_DECISION, 1386, 2013)));
        assertEquals("https://eur-lex.europa.eu/legal-content/IT/TXT/?uri=CELEX:32016R0679",
                LawLinks.url(LawAct.numbered(ActType.EU_REGULATION, 679, 2016), Optional.of(LawPartition.article("13"))));
    }

    @Test
    void aUrnIsOnlyForItalianActsAndACelexOnlyForEuOnes() {
        assertThrows(IllegalArgumentException.class,
                () -> LawLinks.normattivaUrn(LawAct.numbered(ActType.EU_REGULATION, 679, 2016), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> LawLinks.celex(LawAct.numbered(ActType.LEGGE, 150, 2000)));
    }

    @Test
    void anActIsConsistent() {
        assertThrows(IllegalArgumentException.class,
                () -> new LawAct(ActType.LEGGE, OptionalInt.empty(), 2000, Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new LawAct(ActType.COSTITUZIONE, OptionalInt.of(1), 1947, Optional.empty()));
        assertThrows(IllegalArgumentException.class,
                () -> new LawAct(ActType.LEGGE, OptionalInt.of(1), 2001, Optional.of(LocalDate.of(2000, 1, 1))));
    }
}
