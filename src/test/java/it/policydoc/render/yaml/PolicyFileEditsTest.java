package it.policydoc.render.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** approve and amend change only the values they must; comments, blank lines and quoting stay. */
class PolicyFileEditsTest {

    private static final LocalDate DATE = LocalDate.of(2024, 5, 10);

    @Test
    void fillsTheOpenActAndKeepsCommentsAndLayout() {
        String before = """
                # Il testo della policy: non cambiare le parole.
                titolo: Social media policy
                stato: bozza   # diventa approvata con la delibera

                atti:
                  - ruolo: adozione
                    organo: Giunta Comunale   # chi approva

                canali: [Facebook]
                """;
        String after = PolicyFileEdits.approve(before, "45", DATE, Optional.empty(), false);
        assertEquals("""
                # Il testo della policy: non cambiare le parole.
                titolo: Social media policy
                stato: approvata   # diventa approvata con la delibera

                atti:
                  - ruolo: adozione
                    organo: Giunta Comunale   # chi approva
                    numero: '45'
                    data: 2024-05-10

                canali: [Facebook]
                """, after);
    }

    @Test
    void replacesAnEmptyNumberAndAddsTheDateInAFlowMapping() {
        String before = "stato: bozza\natti:\n  - {organo: Giunta Comunale, numero: }\n";
        assertEquals("stato: approvata\natti:\n  - {organo: Consiglio Comunale, numero: '7' , data: 2024-05-10}\n",
                PolicyFileEdits.approve(before, "7", DATE, Optional.of("Consiglio Comunale"), false));
    }

    @Test
    void addsANewActWhenEveryActIsComplete() {
        String before = """
                stato: bozza
                ultima_modifica: 2023-01-01
                atti:
                  - numero: "12"
                    data: 2023-03-01
                  - ruolo: modifica
                    numero: "13"
                    data: 2023-04-01""";
        assertEquals("""
                stato: approvata
                ultima_modifica: 2024-05-10
                atti:
                  - numero: "12"
                    data: 2023-03-01
                  - ruolo: modifica
                    numero: "13"
                    data: 2023-04-01
                  - ruolo: modifica
                    tipo: deliberazione
                    organo: Giunta Comunale
                    numero: '45'
                    data: 2024-05-10
                """, PolicyFileEdits.approve(before, "45", DATE, Optional.empty(), false));
    }

    @Test
    void anActAlreadyRecordedIsOnlyFrozen() {
        String before = "stato: approvata\natti:\n  - numero: \"260\"\n    data: 2024-05-10\n";
        assertEquals(before, PolicyFileEdits.approve(before, "260", DATE, Optional.empty(), false));
    }

    @Test
    void aPolicyWithoutActsGetsTheListAtTheEnd() {
        assertEquals("stato: approvata\natti:\n- ruolo: adozione\n  tipo: deliberazione\n  organo: Giunta Comunale\n"
                + "  numero: '3'\n  data: 2024-05-10\n", PolicyFileEdits.approve("stato: bozza\n", "3", DATE, Optional.empty(), false));
    }

    @Test
    void valuesThatNeedQuotingAreQuoted() {
        String after = PolicyFileEdits.approve("stato: bozza\natti:\n  - organo: Giunta\n", "12: bis #1", DATE,
                Optional.empty(), false);
        assertEquals("stato: approvata\natti:\n  - organo: Giunta\n    numero: '12: bis #1'\n    data: 2024-05-10\n", after);
    }

    @Test
    void amendStartsADraftWithAnAmendingAct() {
        String before = "stato: approvata   # in vigore\natti:\n  - numero: \"12\"\n    data: 2023-03-01\n\ncanali: []\n";
        assertEquals("stato: bozza   # in vigore\natti:\n  - numero: \"12\"\n    data: 2023-03-01\n"
                + "  - ruolo: modifica\n    tipo: deliberazione\n    organo: Giunta Comunale\n\ncanali: []\n",
                PolicyFileEdits.amend(before, "Giunta Comunale"));
    }
}
