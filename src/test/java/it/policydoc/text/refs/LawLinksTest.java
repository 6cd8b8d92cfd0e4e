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
    void aCodeArticleIsInTheAnnexAndATreatyLinksItsWholeRatificationLaw() {
        LawAct civilCode = LawAct.dated(ActType.REGIO_DECRETO, 262, LocalDate.of(1942, 3, 16));
        assertEquals("urn:nir:stato:regio.decreto:1942-03-16;262:2~art2043",
                LawLinks.normattivaUrn(civilCode, Optional.of(LawPartition.article("2043"))));
        LawAct echr = LawAct.dated(ActType.LEGGE, 848, LocalDate.of(1955, 8, 4));
        assertEquals("urn:nir:stato:legge:1955-08-04;848",
                LawLinks.normattivaUrn(echr, Optional.of(LawPartition.article("10"))));
    }

    @Test
    void aRegionalLawIsOfItsRegion() {
        LawAct law = new LawAct("regione.sicilia", ActType.LEGGE_REGIONALE, OptionalInt.of(5), 2014,
                Optional.of(LocalDate.of(2014, 1, 28)));
        assertEquals("urn:nir:regione.sicilia:legge:2014-01-28;5~art6-com1",
                LawLinks.normattivaUrn(law, Optional.of(new LawPartition("6", Optional.of("1"), Optional.empty()))));
    }

    @Test
    void theConstitutionHasItsDateAndNoNumber() {
        assertEquals("https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:costituzione:1947-12-27",
                LawLinks.url(LawAct.CONSTITUTION, Optional.empty()));
        assertEquals("https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:costituzione:1947-12-27~art21",
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
