package it.policydoc.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip that {@code mvn package} makes, as a clerk gets it: unpacked into a folder whose
 * path has a space and an apostrophe, run with nothing but a Java runtime (no Maven on the PATH,
 * an empty home, no network needed) from another folder; and its launcher's Italian answer when
 * Java is missing or too old.
 */
class ReleaseZipIT {

    @TempDir
    static Path tmp;

    private static Path zip;
    private static Map<String, ZipArchiveEntry> entries;
    private static Path release;
    /** A folder of symbolic links to the few tools the POSIX launcher uses, and nothing else. */
    private static Path tools;

    @BeforeAll
    static void unpack() throws IOException {
        zip = Path.of(System.getProperty("policydoc.release", ""));
        assertTrue(Files.isRegularFile(zip), "mvn package makes " + zip);
        entries = new TreeMap<>();
        Path into = Files.createDirectories(tmp.resolve("Comune di Porto Sant'Elpidio/programmi"));
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            Enumeration<ZipArchiveEntry> all = file.getEntries();
            while (all.hasMoreElements()) {
                ZipArchiveEntry entry = all.nextElement();
                entries.put(entry.getName(), entry);
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if ((entry.getUnixMode() & 0100) != 0) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        release = into.resolve(root());
        tools = Files.createDirectories(tmp.resolve("tools"));
        for (String tool : List.of("sh", "dirname", "sed", "head")) {
            Files.createSymbolicLink(tools.resolve(tool), which(tool));
        }
    }

    @Test
    void holdsLaunchersProgramRuntimeLibrariesTemplatesSchemasPoliciesAndAGuide() {
        String root = root() + "/";
        for (String name : List.of("policydoc", "policydoc.cmd", "LEGGIMI.txt", "programma/policydoc.jar",
                "templates/web/page.ftlh", "templates/pdf/deliberazione.ftlh", "schema/policy.schema.json",
                "schema/comune.schema.json", "policies/coccaglio/comune.yaml",
                "policies/porto-sant-elpidio/social-media-policy.yaml", "licenze/OFL-noto.txt")) {
            assertTrue(entries.containsKey(root + name), "the zip holds " + name);
        }
        assertEquals(0755, entries.get(root + "policydoc").getUnixMode() & 0777, "the POSIX launcher is executable");
        List<String> libraries = entries.keySet().stream().filter(n -> n.startsWith(root + "programma/lib/")).toList();
        assertTrue(libraries.stream().anyMatch(n -> n.contains("/openhtmltopdf-pdfbox-")), libraries.toString());
        for (String testOnly : List.of("junit", "verapdf", "selenium", "axe-core", "validator-26", "opentest4j")) {
            assertTrue(libraries.stream().noneMatch(n -> n.contains(testOnly)), "no test library: " + testOnly);
        }
        assertFalse(entries.keySet().stream().anyMatch(n -> n.contains("/site/") || n.contains("/src/")),
                "no generated site, no sources");
    }

    @Test
    void theExamplePoliciesPointTheirEditorAtTheReleasesSchemas() throws IOException {
        String first = Files.readAllLines(release.resolve("policies/coccaglio/social-media-policy.yaml")).get(0);
        assertEquals("# yaml-language-server: $schema=../../schema/policy.schema.json", first);
        assertTrue(Files.isRegularFile(release.resolve("policies/coccaglio").resolve("../../schema/policy.schema.json")));
    }

    @Test
    void buildsTheBundledPoliciesFromAnotherFolderWithOnlyJava() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("altrove"));
        Path emptyHome = Files.createDirectories(tmp.resolve("casa vuota"));
        Path javaBin = Path.of(System.getProperty("java.home"), "bin");
        String path = tools + File.pathSeparator + javaBin;
        for (String dir : path.split(File.pathSeparator)) {
            assertFalse(Files.exists(Path.of(dir, "mvn")), "no mvn on the PATH: " + dir);
        }
        Map<String, String> env = Map.of("PATH", path, "HOME", emptyHome.toString(),
                "MAVEN_HOME", emptyHome.toString(), "M2_HOME", emptyHome.toString(), "LANG", "C.UTF-8");
        Run run = launch(elsewhere, env, "build", "--lang", "it");
        assertEquals(0, run.exit(), run.toString());
        assertFalse(run.output().contains("Exception"), run.toString());

        Path site = release.resolve("site");
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertTrue(index.text().contains("Coccaglio") && index.text().contains("Porto Sant'Elpidio"), index.text());
        for (String comune : List.of("coccaglio", "porto-sant-elpidio")) {
            Path policy = site.resolve(comune).resolve("social-media-policy");
            Document page = Jsoup.parse(policy.resolve("index.html").toFile(), "UTF-8");
            assertEquals("it", page.selectFirst("html").attr("lang"));
            assertFalse(page.select("article, main").text().isBlank(), comune);
            try (PDDocument pdf = Loader.loadPDF(policy.resolve("deliberazione.pdf").toFile())) {
                assertTrue(pdf.getNumberOfPages() > 0, comune);
            }
            assertTrue(Files.size(policy.resolve("manuale.pdf")) > 0, comune);
        }
        assertFalse(Files.exists(elsewhere.resolve("site")), "nothing is written where the launcher was started");
    }

    @Test
    void aCorruptOrStaleClassDataArchiveNeverStopsARun() throws Exception {
        Path javaTmp = Files.createDirectories(tmp.resolve("javatmp"));
        Path home = Files.createDirectories(tmp.resolve("casa archivio"));
        Map<String, String> env = Map.of("PATH", tools + File.pathSeparator + Path.of(System.getProperty("java.home"), "bin"),
                "HOME", home.toString(), "LANG", "C.UTF-8", "POLICYDOC_JAVA_OPTS", "-Djava.io.tmpdir=" + javaTmp);
        Run first = launch(home, env, "check");
        assertEquals(0, first.exit(), first.toString());
        Path archive = archive();
        assertTrue(Files.size(archive) > 1_000_000, "the training run archived the classes: " + Files.size(archive));

        Files.writeString(archive, "not a class-data archive");
        Run corrupt = launch(home, env, "check", "--lang", "it");
        assertEquals(0, corrupt.exit(), corrupt.toString());
        assertTrue(corrupt.output().contains("nessun errore"), corrupt.toString());
        for (String noise : List.of("Exception", "cds", "warning", "preparo")) {
            assertFalse(corrupt.output().contains(noise), "a corrupt archive is ignored silently: " + corrupt);
        }

        Files.setLastModifiedTime(archive, FileTime.fromMillis(
                Files.getLastModifiedTime(release.resolve("programma/policydoc.jar")).toMillis() - 3_600_000));
        Run stale = launch(home, env, "check");
        assertEquals(0, stale.exit(), stale.toString());
        assertTrue(stale.output().contains("preparo l'avvio rapido"), "an archive older than the jar is made again: " + stale);
        assertTrue(Files.size(archive()) > 1_000_000);
        try (Stream<Path> left = Files.list(javaTmp)) {
            assertEquals(List.of(), left.toList(), "the training run leaves nothing behind");
        }
    }

    /** The class-data archive the launcher made for this Java, in programma/ (writable here). */
    private static Path archive() throws IOException {
        try (Stream<Path> files = Files.list(release.resolve("programma"))) {
            List<Path> archives = files.filter(f -> f.getFileName().toString().matches("policydoc-.*\\.jsa")).toList();
            assertEquals(1, archives.size(), archives.toString());
            return archives.get(0);
        }
    }

    @Test
    void saysInItalianThatJavaIsMissing() throws Exception {
        Path noJava = Files.createDirectories(tmp.resolve("senza java"));
        Run run = launch(noJava, Map.of("PATH", tools.toString(), "HOME", noJava.toString()), "build");
        assertEquals(3, run.exit(), run.toString());
        assertTrue(run.output().contains("non trovo Java") && run.output().contains("Java 17 o una versione più recente"),
                run.toString());
    }

    @Test
    void saysInItalianThatJavaIsTooOldBeforeTheJvmCanFail() throws Exception {
        Path oldJava = Files.createDirectories(tmp.resolve("java vecchio"));
        Path fake = oldJava.resolve("java");
        Files.writeString(fake, "#!/bin/sh\necho 'java version \"1.8.0_351\"' >&2\n"
                + "echo 'Exception in thread \"main\" java.lang.UnsupportedClassVersionError' >&2\nexit 1\n");
        Files.setPosixFilePermissions(fake, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE));
        Run run = launch(oldJava, Map.of("PATH", tools + File.pathSeparator + oldJava, "HOME", oldJava.toString()),
                "build");
        assertEquals(3, run.exit(), run.toString());
        assertTrue(run.output().contains("la versione di Java trovata (1.8.0_351) è troppo vecchia: serve Java 17"),
                run.toString());
        assertFalse(run.output().contains("Exception"), "the launcher stops before running the program: " + run);
    }

    /** The zip's one top folder, policydoc-<version>, named as the zip is. */
    private static String root() {
        return zip.getFileName().toString().replaceFirst("\\.zip$", "");
    }

    private record Run(int exit, String output) {
    }

    private static Run launch(Path workingFolder, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(release.resolve("policydoc").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the launcher ends");
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static Path which(String tool) {
        for (String dir : List.of("/bin", "/usr/bin")) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("the test needs " + tool + " in /bin or /usr/bin");
    }
}
