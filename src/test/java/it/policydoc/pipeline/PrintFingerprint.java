package it.policydoc.pipeline;

import it.policydoc.load.PolicySources;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Prints a comune folder's input fingerprint and the JVM's file name encoding, for {@link FingerprintLocaleTest}. */
final class PrintFingerprint {

    private PrintFingerprint() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        PolicySources.ComuneFolder comune = new PolicySources.ComuneFolder(folder, folder.resolve("comune.yaml"),
                List.of(folder.resolve("policy.yaml")));
        System.out.println(System.getProperty("sun.jnu.encoding"));
        System.out.println(new InputFingerprints(Optional.empty(), new FileHashes(Optional.empty(), Instant.now())).of(comune));
    }
}
