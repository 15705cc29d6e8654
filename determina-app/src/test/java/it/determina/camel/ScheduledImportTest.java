package it.determina.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import it.determina.testing.TestDatabase;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.apache.camel.component.quartz.QuartzComponent;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.apache.ftpserver.ftplet.UserManager;
import org.junit.jupiter.api.Test;
import org.quartz.TriggerKey;
import org.junit.jupiter.api.io.TempDir;

/** The scheduled imports against real servers on loopback: FTP and SFTP servers, a web page, PostgreSQL. */
class ScheduledImportTest {

    private static final String EVERY_SECOND = "0/1 * * * * ?";
    private static final Path SAMPLE = Path.of("samples/campania-standard_operatore-call-center-inbound.pdf");

    @TempDir
    Path tmp;

    @Test
    void importsNewFilesFromAnFtpFolderOnce() throws Exception {
        Path remote = Files.createDirectories(tmp.resolve("ftp/determinazioni"));
        Files.copy(SAMPLE, remote.resolve("dd-412.pdf"));
        int ftpPort = RunningApp.freePort();
        FtpServer ftp = ftpServer(tmp.resolve("ftp"), ftpPort);
        ftp.start();
        Path home = tmp.resolve("home");
        try (RunningApp app = new RunningApp(home, RunningApp.launcher(home)
                .property("determina.import.ftp.enabled", "true")
                .property("determina.import.ftp.uri", "ftp://determina@localhost:" + ftpPort
                        + "/determinazioni?password=secret&binary=true&passiveMode=true&noop=true")
                .property("determina.import.ftp.cron", EVERY_SECOND))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(home.resolve("output/by-file/dd-412.json")));
            // three more runs (one a second) take nothing: the remote file is in the idempotent repository
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> RunningApp.files(home.resolve("archive")).size() == 1);
            assertThat(RunningApp.files(home.resolve("archive"))).extracting(p -> p.getFileName().toString())
                    .containsExactly("dd-412.pdf");
            assertThat(RunningApp.files(home.resolve("inbox"))).isEmpty();
            assertThat(Files.readAllLines(home.resolve("state/imported-ftp.txt"))).hasSize(1)
                    .allSatisfy(key -> assertThat(key).endsWith("dd-412.pdf"));
        } finally {
            ftp.stop();
        }
    }

    @Test
    void keepsTwoRemoteFilesOfTheSameNameInDifferentFtpFoldersAndMasksThePassword() throws Exception {
        // issue 12, finding 1: with recursive=true, 2024/a.pdf and 2025/a.pdf ended as one a.pdf processed
        Path remote = Files.createDirectories(tmp.resolve("ftp/determinazioni"));
        Files.copy(SAMPLE, Files.createDirectories(remote.resolve("2024")).resolve("a.pdf"));
        Files.copy(Path.of("samples/profilo_addetto-al-servizio-clienti.pdf"),
                Files.createDirectories(remote.resolve("2025")).resolve("a.pdf"));
        int ftpPort = RunningApp.freePort();
        FtpServer ftp = ftpServer(tmp.resolve("ftp"), ftpPort);
        ftp.start();
        Path home = tmp.resolve("home");
        try (RunningApp app = new RunningApp(home, RunningApp.launcher(home)
                .property("determina.import.ftp.enabled", "true")
                .property("determina.import.ftp.uri", "ftp://determina:secret@localhost:" + ftpPort
                        + "/determinazioni?binary=true&passiveMode=true&noop=true&recursive=true")
                .property("determina.import.ftp.cron", EVERY_SECOND))) {
            await().atMost(Duration.ofSeconds(90)).until(() -> RunningApp.files(home.resolve("output/by-file")).size() == 2);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> RunningApp.files(home.resolve("archive")).size() == 2);
            assertThat(RunningApp.files(home.resolve("archive"))).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("a.pdf", "a~2.pdf");
            assertThat(RunningApp.files(home.resolve("output/by-file"))).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("a.json", "a~2.json");
        } finally {
            ftp.stop();
        }
    }

    @Test
    void skipsAFileOverTheSizeLimitWithoutRecordingItAndTakesTheOthers() throws Exception {
        Path remote = Files.createDirectories(tmp.resolve("ftp/determinazioni"));
        Files.copy(SAMPLE, remote.resolve("small.pdf"));
        Files.write(remote.resolve("huge.pdf"), new byte[3 * 1024 * 1024]);
        int ftpPort = RunningApp.freePort();
        FtpServer ftp = ftpServer(tmp.resolve("ftp"), ftpPort);
        ftp.start();
        Path home = tmp.resolve("home");
        try (RunningApp app = new RunningApp(home, RunningApp.launcher(home)
                .property("determina.import.ftp.enabled", "true")
                .property("determina.import.max-size-mb", "1")
                .property("determina.import.ftp.uri", "ftp://determina@localhost:" + ftpPort
                        + "/determinazioni?password=secret&binary=true&passiveMode=true&noop=true")
                .property("determina.import.ftp.cron", EVERY_SECOND))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(home.resolve("output/by-file/small.json")));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> RunningApp.files(home.resolve("archive")).size() == 1);
            assertThat(Files.readAllLines(home.resolve("state/imported-ftp.txt")))
                    .as("the large file is not recorded: raising the limit imports it").hasSize(1)
                    .allSatisfy(key -> assertThat(key).endsWith("small.pdf"));
            assertThat(app.get("/observe/metrics")).containsPattern(
                    "determina_import_links_total\\{[^}]*outcome=\"skipped\"[^}]*source=\"ftp\"[^}]*\\} [1-9]");
        } finally {
            ftp.stop();
        }
    }

    @Test
    void recordsWhatTheFtpImportTookInPostgresqlWhenTheDatabaseSinkIsOn() throws Exception {
        Path remote = Files.createDirectories(tmp.resolve("ftp/determinazioni"));
        Files.copy(SAMPLE, remote.resolve("dd-413.pdf"));
        int ftpPort = RunningApp.freePort();
        FtpServer ftp = ftpServer(tmp.resolve("ftp"), ftpPort);
        ftp.start();
        Path home = tmp.resolve("home");
        try (TestDatabase db = TestDatabase.create("ftpimport");
             RunningApp app = new RunningApp(home, RunningApp.launcher(home)
                     .property("determina.db.enabled", "true").property("determina.db.url", db.url())
                     .property("determina.import.ftp.enabled", "true")
                     .property("determina.import.ftp.uri", "ftp://determina@localhost:" + ftpPort
                             + "/determinazioni?password=secret&binary=true&passiveMode=true&noop=true")
                     .property("determina.import.ftp.cron", EVERY_SECOND))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(home.resolve("output/by-file/dd-413.json")));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> RunningApp.files(home.resolve("archive")).size() == 1);
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("select messageid from camel_messageprocessed where processorname = 'determina-import-ftp'")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).endsWith("dd-413.pdf");
                assertThat(rs.next()).isFalse();
            }
            assertThat(home.resolve("state/imported-ftp.txt")).doesNotExist();
        } finally {
            ftp.stop();
        }
    }

    @Test
    void aFolderThatCannotBeReachedFailsTheRunForHealthWithThePasswordMasked() throws Exception {
        int closed = RunningApp.freePort();
        Path home = tmp.resolve("home");
        try (RunningApp app = new RunningApp(home, RunningApp.launcher(home)
                .property("determina.retry.attempts", "1").property("determina.retry.delay", "100")
                .property("determina.import.ftp.enabled", "true")
                .property("determina.import.ftp.uri", "ftp://determina@127.0.0.1:" + closed
                        + "/determinazioni?password=s3cret-word&binary=true&passiveMode=true&noop=true")
                .property("determina.import.ftp.cron", EVERY_SECOND))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> app.get("/observe/health?exposureLevel=full").contains("import ftp failed"));
            assertThat(app.get("/observe/health?exposureLevel=full")).startsWith("503").doesNotContain("s3cret-word");
            assertThat(app.get("/observe/metrics")).contains("determina_import_runs_total{outcome=\"failed\",source=\"ftp\"}");
            assertThat(app.context().getComponent("quartz", QuartzComponent.class).getScheduler()
                    .getTrigger(TriggerKey.triggerKey("ftp-import", "determina")))
                    .as("the trigger the health check watches for a stalled scheduler").isNotNull();
        }
    }

    @Test
    void importsNewFilesFromAnSftpFolderOnce() throws Exception {
        Files.copy(SAMPLE, Files.createDirectories(tmp.resolve("sftp/determinazioni")).resolve("dd-414.pdf"));
        SshServer sftp = SshServer.setUpDefaultServer();
        sftp.setHost("127.0.0.1");
        sftp.setPort(0);
        sftp.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(tmp.resolve("host-key")));
        sftp.setPasswordAuthenticator((user, password, session) -> "determina".equals(user) && "secret".equals(password));
        sftp.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sftp.setFileSystemFactory(new VirtualFileSystemFactory(tmp.resolve("sftp")));
        sftp.start();
        Path home = tmp.resolve("home");
        try (RunningApp app = new RunningApp(home, RunningApp.launcher(home)
                .property("determina.import.ftp.enabled", "true")
                .property("determina.import.ftp.uri", "sftp://determina@127.0.0.1:" + sftp.getPort()
                        + "/determinazioni?password=secret&useUserKnownHostsFile=false&noop=true")
                .property("determina.import.ftp.cron", EVERY_SECOND))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(home.resolve("output/by-file/dd-414.json")));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> RunningApp.files(home.resolve("archive")).size() == 1);
            assertThat(Files.readAllLines(home.resolve("state/imported-ftp.txt"))).hasSize(1)
                    .allSatisfy(key -> assertThat(key).endsWith("dd-414.pdf"));
        } finally {
            sftp.stop(true);
        }
    }

    @Test
    void aCopyThatFailsIsNotRecordedAndIsTakenAtTheNextRun() throws Exception {
        Path remote = Files.createDirectories(tmp.resolve("ftp/determinazioni"));
        Files.copy(SAMPLE, remote.resolve("dd-415.pdf"));
        int ftpPort = RunningApp.freePort();
        FtpServer ftp = ftpServer(tmp.resolve("ftp"), ftpPort);
        ftp.start();
        Path home = tmp.resolve("home");
        // the import's private folder for partial copies is taken by a file: every copy fails
        Path partial = Files.createDirectories(home.resolve("state")).resolve("partial");
        Files.writeString(partial, "in the way");
        try (RunningApp app = new RunningApp(home, RunningApp.launcher(home)
                .property("determina.import.ftp.enabled", "true")
                .property("determina.import.ftp.uri", "ftp://determina@localhost:" + ftpPort
                        + "/determinazioni?password=secret&binary=true&passiveMode=true&noop=true")
                .property("determina.import.ftp.cron", EVERY_SECOND))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> app.get("/observe/health?exposureLevel=full").contains("import ftp failed"));
            assertThat(app.get("/observe/metrics")).contains("determina_import_links_total{outcome=\"failed\",source=\"ftp\"}");
            assertThat(home.resolve("state/imported-ftp.txt")).satisfiesAnyOf(
                    file -> assertThat(file).doesNotExist(), file -> assertThat(file).isEmptyFile());

            Files.delete(partial);
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(home.resolve("output/by-file/dd-415.json")));
            await().atMost(Duration.ofSeconds(10)).until(() -> app.get("/observe/health").startsWith("200"));
        } finally {
            ftp.stop();
        }
    }

    @Test
    void masksTheCredentialsOfAnAddressInWhatIsLogged() {
        // issue 12, finding 12: "imported ... from ftp://user:pass@host" printed the password
        assertThat(RemoteFolderImporter.masked("ftp://determina:secret@localhost:2121/d?password=other&binary=true"))
                .doesNotContain("secret", "other").contains("determina", "localhost:2121");
    }

    @Test
    void importsThePdfsAWebPageLinksOnce() throws Exception {
        int port = RunningApp.freePort();
        HttpServer web = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        byte[] page = ("<html><body><a href=\"atti/det-412.pdf\">Decreto 412</a> <a href='/info.html'>info</a></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        web.createContext("/determinazioni.html", ex -> {
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        web.createContext("/atti/det-412.pdf", ex -> {
            byte[] pdf = Files.readAllBytes(SAMPLE);
            ex.sendResponseHeaders(200, pdf.length);
            ex.getResponseBody().write(pdf);
            ex.close();
        });
        web.start();
        Path home = tmp.resolve("home");
        try (RunningApp app = new RunningApp(home, RunningApp.launcher(home)
                .property("determina.import.http.enabled", "true")
                .property("determina.import.http.url", "http://localhost:" + port + "/determinazioni.html")
                .property("determina.import.http.cron", EVERY_SECOND))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(home.resolve("output/by-file/det-412.json")));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> RunningApp.files(home.resolve("archive")).size() == 1);
            assertThat(RunningApp.files(home.resolve("archive"))).hasSize(1);
            assertThat(Files.readAllLines(home.resolve("state/imported-http.txt")))
                    .containsExactly("http://localhost:" + port + "/atti/det-412.pdf");
        } finally {
            web.stop(0);
        }
    }

    private static FtpServer ftpServer(Path root, int port) throws Exception {
        PropertiesUserManagerFactory users = new PropertiesUserManagerFactory();
        Files.createFile(root.resolve("users.properties"));
        users.setFile(root.resolve("users.properties").toFile());
        UserManager manager = users.createUserManager();
        BaseUser user = new BaseUser();
        user.setName("determina");
        user.setPassword("secret");
        user.setHomeDirectory(root.toString());
        user.setAuthorities(List.of(new WritePermission()));
        manager.save(user);
        FtpServerFactory factory = new FtpServerFactory();
        ListenerFactory listener = new ListenerFactory();
        listener.setServerAddress("127.0.0.1");
        listener.setPort(port);
        factory.addListener("default", listener.createListener());
        factory.setUserManager(manager);
        return factory.createServer();
    }
}
