package it.determina.camel;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.ftpserver.FtpServer;
import org.apache.ftpserver.FtpServerFactory;
import org.apache.ftpserver.listener.ListenerFactory;
import org.apache.ftpserver.usermanager.PropertiesUserManagerFactory;
import org.apache.ftpserver.usermanager.impl.BaseUser;
import org.apache.ftpserver.usermanager.impl.WritePermission;
import org.apache.ftpserver.ftplet.UserManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduled imports against real servers on loopback: an FTP server and a web page. */
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
            RunningApp.await(Duration.ofSeconds(60), () -> Files.exists(home.resolve("output/by-file/dd-412.json")));
            Thread.sleep(3000);
            assertThat(RunningApp.files(home.resolve("archive"))).extracting(p -> p.getFileName().toString())
                    .containsExactly("dd-412.pdf");
            assertThat(RunningApp.files(home.resolve("inbox"))).isEmpty();
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
            RunningApp.await(Duration.ofSeconds(90), () -> RunningApp.files(home.resolve("output/by-file")).size() == 2);
            Thread.sleep(3000);
            assertThat(RunningApp.files(home.resolve("archive"))).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("a.pdf", "a~2.pdf");
            assertThat(RunningApp.files(home.resolve("output/by-file"))).extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("a.json", "a~2.json");
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
            RunningApp.await(Duration.ofSeconds(60), () -> Files.exists(home.resolve("output/by-file/det-412.json")));
            Thread.sleep(3000);
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
