package it.policydoc.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The seal finds any edit of the approved text, but not the editor's hint, which moves with the folders. */
class VersionSealTest {

    private static final String YAML = "# yaml-language-server: $schema=../../../../src/main/resources/schema/policy.schema.json\n"
            + "titolo: Prova\nstato: approvata\n";

    @Test
    void anEditOfTheTextBreaksTheSeal() {
        String sealed = VersionSeal.seal(YAML);
        assertEquals(VersionSeal.Verdict.INTACT, VersionSeal.verify(sealed));
        assertEquals(VersionSeal.Verdict.EDITED, VersionSeal.verify(sealed.replace("Prova", "Prova!")));
        assertEquals(VersionSeal.Verdict.INTACT, VersionSeal.verify(sealed.replace("\n", "\r\n")), "Windows line endings");
        assertEquals(VersionSeal.Verdict.UNSEALED, VersionSeal.verify(YAML));
    }

    @Test
    void theEditorHintMayPointElsewhere() {
        String sealed = VersionSeal.seal(YAML);
        assertEquals(VersionSeal.Verdict.INTACT,
                VersionSeal.verify(sealed.replace("../../../../src/main/resources/schema/", "../../../../schema/")));
        assertEquals(VersionSeal.Verdict.EDITED, VersionSeal.verify(sealed.replace("# yaml-language-server", "titolo")));
    }
}
