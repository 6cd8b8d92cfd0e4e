package it.policydoc.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Where container numbers are made: Roman and Arabic numerals, counts that start again by level. */
class NumberingTest {

    @Test
    void romanNumeralsAsDraftingWritesThem() {
        assertEquals(List.of("I", "II", "III", "IV", "V", "IX", "XIV", "XL", "XC", "CD", "MCMXCIX"),
                IntStream.of(1, 2, 3, 4, 5, 9, 14, 40, 90, 400, 1999).mapToObj(Numbering::roman).toList());
        assertEquals("4000", Numbering.roman(4000), "beyond Roman numerals the number stays readable");
        assertEquals("7", Numbering.containerLabel(Numerals.ARABIC, 7));
    }

    @Test
    void lowerLevelsCountAgainInsideEachHigherContainer() {
        Numbering.ContainerCounts text = new Numbering.ContainerCounts();
        SectionNumber first = text.next(SectionLevel.TITOLO, Optional.empty());
        Numbering.ContainerCounts inFirst = text.inside(SectionLevel.TITOLO);
        inFirst.next(SectionLevel.CAPO, Optional.empty());
        SectionNumber capoTwo = inFirst.next(SectionLevel.CAPO, Optional.empty());
        SectionNumber second = text.next(SectionLevel.TITOLO, Optional.empty());
        SectionNumber capoOne = text.inside(SectionLevel.TITOLO).next(SectionLevel.CAPO, Optional.of(Numerals.ARABIC));
        assertEquals("Titolo I", first.heading());
        assertEquals("Capo II", capoTwo.heading());
        assertEquals("Titolo II", second.heading());
        assertEquals("Capo 1", capoOne.heading());
        Numbering.ContainerCounts inCapo = inFirst.inside(SectionLevel.CAPO);
        assertEquals("Sezione 1", inCapo.next(SectionLevel.SEZIONE, Optional.empty()).heading());
        assertEquals("Capo III", inCapo.next(SectionLevel.CAPO, Optional.empty()).heading(),
                "a level not enclosed by the container goes on counting with its siblings");
    }

    @Test
    void defaultSignaturesFollowTheOrgan() {
        assertEquals(Signatures.STANDARD, Signatures.defaultFor("Giunta Comunale"));
        assertEquals(List.of("Il Presidente del Consiglio comunale", "Il Segretario comunale"),
                Signatures.defaultFor("Consiglio comunale").roles());
        assertEquals(List.of("Il Commissario straordinario", "Il Segretario comunale"),
                Signatures.defaultFor("Commissario straordinario con i poteri della Giunta").roles());
        assertEquals(List.of("La Commissione straordinaria", "Il Segretario comunale"),
                Signatures.defaultFor("Commissione straordinaria con i poteri del Consiglio comunale").roles());
    }
}
