package org.newsum.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.newsum.app.serve.ServeFixtures.JSON;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.newsum.model.FetchOptions;

/**
 * The web page in a real browser (Debian's headless Chromium and chromedriver): paste the test cluster,
 * press Summarize, check the summary and its citations, hover a citation, show the removed furniture. Writes
 * screenshots to {@code target/screenshots/} for a person to look at. Skipped when Chromium is not installed.
 */
class WebPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Selenium warns that it has no DevTools bindings for this Chromium; the test does not use them. */
    private static final java.util.logging.Logger SELENIUM_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private BriefServer server;
    private ChromeDriverService service;
    private ChromeDriver driver;

    @BeforeEach
    void start(@TempDir Path profile) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        server = BriefServer.start(BriefServer.Options.loopback(0));
        // The driver's path is given, so Selenium Manager never tries to download one.
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogOutput(new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,2200");
        driver = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void pastingAClusterAndPressingSummarizeShowsTheCitedSummary() throws Exception {
        driver.get(server.url());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#method option"), 1));

        // Three boxes to start with; the fourth article needs one more.
        driver.findElement(By.id("add-article")).click();
        List<WebElement> boxes = driver.findElements(By.cssSelector("#article-list .article"));
        assertThat(boxes).hasSize(4);
        for (int i = 0; i < 4; i++) {
            String file = ServeFixtures.FILES.get(i);
            boxes.get(i).findElement(By.className("source")).sendKeys(file);
            boxes.get(i).findElement(By.className("text")).sendKeys(ServeFixtures.article(file));
        }
        WebElement limit = driver.findElement(By.id("budget-limit"));
        limit.clear();
        limit.sendKeys("80");
        driver.findElement(By.id("summarize")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#summary .sentence")));
        JsonNode expected = JSON.readTree(ServeFixtures.post(server, "/api/briefs",
                ServeFixtures.clusterRequest("brief", Map.of("words", 80))).body());

        List<WebElement> sentences = driver.findElements(By.cssSelector("#summary .sentence"));
        assertThat(sentences).hasSize(expected.path("summary").size());
        for (int i = 0; i < sentences.size(); i++) {
            JsonNode s = expected.path("summary").get(i);
            WebElement shown = sentences.get(i);
            assertThat(shown.getText()).startsWith(s.path("text").asText());
            List<String> cites = new ArrayList<>();
            shown.findElements(By.className("cite")).forEach(c -> cites.add(c.getAttribute("data-article")));
            List<String> sources = new ArrayList<>();
            s.path("sources").forEach(id -> sources.add(id.asText()));
            assertThat(cites).as("citations of sentence %d", i).isNotEmpty().containsExactlyInAnyOrderElementsOf(sources);
        }
        assertThat(driver.findElements(By.cssSelector("#sources li"))).hasSize(4);
        // the insights of the same brief: the people and places the fixture names
        assertThat(driver.findElement(By.id("insights")).getText()).contains("Who and where", "Anton Brenner");
        assertThat(driver.findElement(By.id("sources")).getText()).contains("02_valley-wire.txt");

        // Hovering a citation shows the supporting sentence in that source.
        WebElement cite = sentences.get(0).findElement(By.className("cite"));
        JsonNode citation = citationOf(expected.path("summary").get(0), cite.getAttribute("data-article"));
        // From another element first, so the pointer surely enters the citation (a pointer already over it after a
        // scroll gets no mouseenter).
        WebElement tooltip = hoverUntilShown(cite, By.id("tooltip"));
        assertThat(tooltip.getText()).contains(citation.path("text").asText());
        assertThat(tooltip.findElement(By.cssSelector(".this")).getText()).contains(citation.path("text").asText());
        screenshot("serve-page.png");

        // The furniture that cleaning dropped can be shown.
        WebElement removed = driver.findElement(By.id("removed"));
        assertThat(removed.getAttribute("open")).isNull();
        removed.findElement(By.tagName("summary")).click();
        assertThat(driver.findElement(By.id("removed-list")).getText())
                .contains("Share this article", "Skip to main content");

        // Keyboard: a citation shows its support when focused, as on hover.
        new Actions(driver).moveByOffset(-5, -5).perform();
        WebElement last = sentences.get(sentences.size() - 1).findElement(By.className("cite"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", last);
        assertThat(driver.findElement(By.id("tooltip")).isDisplayed()).isTrue();

        // Readable on a phone: nothing wider than the screen.
        driver.manage().window().setSize(new Dimension(390, 844));
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('result').scrollIntoView()");
        screenshot("serve-page-phone.png");
    }

    @Test
    void anErrorIsShownAndMarksTheFieldAtFault() {
        driver.get(server.url());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.findElement(By.id("urls")).sendKeys("http://127.0.0.1:9/private");
        driver.findElement(By.id("summarize")).click();

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(error.getText()).contains("private address");
        assertThat(driver.findElement(By.id("urls")).getAttribute("aria-invalid")).isEqualTo("true");
    }

    /** Pastes the first {@code n} articles of the test cluster and presses Summarize; waits for the summary. */
    private List<WebElement> summarizeCluster(int n) {
        driver.get(server.url());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#method option"), 1));
        while (driver.findElements(By.cssSelector("#article-list .article")).size() < n) {
            driver.findElement(By.id("add-article")).click();
        }
        List<WebElement> boxes = driver.findElements(By.cssSelector("#article-list .article"));
        for (int i = 0; i < n; i++) {
            String file = ServeFixtures.FILES.get(i);
            boxes.get(i).findElement(By.className("source")).sendKeys(file);
            // set, not typed: typing a whole article costs seconds
            ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                    boxes.get(i).findElement(By.className("text")), ServeFixtures.article(file));
        }
        driver.findElement(By.id("summarize")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#summary .sentence")));
        return driver.findElements(By.cssSelector("#summary .sentence"));
    }

    private boolean onScreen(WebElement element) {
        Object inside = ((JavascriptExecutor) driver).executeScript("const r = arguments[0].getBoundingClientRect();"
                + " return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;", element);
        return Boolean.TRUE.equals(inside);
    }

    @Test
    void anErrorIsOnScreenBesideItsFieldAndTheOldSummaryIsGone() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        summarizeCluster(3);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        WebElement urls = driver.findElement(By.id("urls"));
        urls.sendKeys("http://127.0.0.1:9/private");
        driver.findElement(By.id("summarize")).click();

        WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-error")));
        assertThat(note.getText()).contains("private address");
        assertThat(onScreen(note)).as("the message is on screen").isTrue();
        assertThat(driver.switchTo().activeElement()).isEqualTo(urls);
        assertThat(onScreen(urls)).as("the field at fault is on screen").isTrue();
        assertThat(driver.findElement(By.id("result")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector("#summary .sentence"))).isEmpty();
        screenshot("serve-page-error-phone.png");
    }

    @Test
    void tappingACitationShowsItsSupportWithoutLeavingTheSummary() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        List<WebElement> sentences = summarizeCluster(4);
        WebElement cite = sentences.get(0).findElement(By.className("cite"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", cite);

        cite.click();

        WebElement tooltip = driver.findElement(By.id("tooltip"));
        assertThat(tooltip.isDisplayed()).isTrue();
        assertThat(tooltip.findElement(By.cssSelector(".this .support")).getText()).isNotBlank();
        assertThat(((JavascriptExecutor) driver).executeScript("return location.hash")).isEqualTo("");
        assertThat(onScreen(cite)).as("the tapped citation is still on screen").isTrue();
        assertThat(onScreen(tooltip)).as("its support is on screen").isTrue();
        screenshot("serve-page-tap-phone.png");

        // The source is one more tap away, from the tooltip; a tap elsewhere closes it.
        assertThat(tooltip.findElement(By.className("to-source")).getAttribute("href"))
                .endsWith("#source-" + cite.getAttribute("data-article"));
        driver.findElement(By.id("result-heading")).click();
        assertThat(tooltip.isDisplayed()).isFalse();
    }

    @Test
    void slowLinksShowProgressAndEveryFailingLinkIsNamed() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        com.sun.net.httpserver.HttpServer site = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        site.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        site.createContext("/slow", ex -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(404, -1);
            ex.close();
        });
        site.start();
        server.close();
        server = BriefServer.start(BriefServer.Options.loopback(0).withFetch(org.newsum.model.FetchOptions
                .DEFAULT.withPolicy(org.newsum.model.AddressPolicy.ANY)));
        try {
            driver.get(server.url());
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
            String base = "http://127.0.0.1:" + site.getAddress().getPort();
            driver.findElement(By.id("urls")).sendKeys(base + "/slow/one\n" + base + "/slow/two");
            driver.findElement(By.id("summarize")).click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Reading 2 links"));
            assertThat(driver.findElement(By.id("progress")).isDisplayed()).isTrue();
            release.countDown();

            WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-error")));
            List<WebElement> each = note.findElements(By.tagName("li"));
            assertThat(each).hasSize(2);
            assertThat(each.get(0).getText()).contains(base + "/slow/one", "HTTP 404");
            assertThat(each.get(1).getText()).contains(base + "/slow/two", "HTTP 404");
            assertThat(driver.findElement(By.id("progress")).isDisplayed()).isFalse();
        } finally {
            release.countDown();
            site.stop(0);
        }
    }

    private static JsonNode citationOf(JsonNode sentence, String articleId) {
        for (JsonNode c : sentence.path("citations")) {
            if (c.path("article").asText().equals(articleId)) {
                return c;
            }
        }
        throw new AssertionError("no citation of article " + articleId);
    }

    @Test
    void uploadingAStreamShowsItsStoriesBiggestFirst() throws Exception {
        Path stream = Path.of("../examples/stream.jsonl");
        stream = (Files.exists(stream) ? stream : Path.of("examples/stream.jsonl")).toRealPath();
        driver.get(server.url());
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.findElement(By.id("stream-file")).sendKeys(stream.toString());
        wait.until(d -> !d.findElement(By.id("stream")).getAttribute("value").isEmpty());
        driver.findElement(By.id("find-stories")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#story-list .story")));
        JsonNode expected = JSON.readTree(ServeFixtures.post(server, "/api/stories", Files.readString(stream)).body());
        List<WebElement> shown = driver.findElements(By.cssSelector("#story-list .story"));
        assertThat(shown).hasSize(expected.path("stories").size()).isNotEmpty();
        for (int i = 0; i < shown.size(); i++) {
            JsonNode story = expected.path("stories").get(i);
            assertThat(shown.get(i).findElement(By.className("story-title")).getText())
                    .isEqualTo(story.path("title").asText());
            assertThat(shown.get(i).findElement(By.className("story-meta")).getText())
                    .startsWith(story.path("articles").size() + " articles from ");
        }
        assertThat(driver.findElement(By.id("stories-status")).getText()).contains("stories from");
        screenshot("serve-stories.png");

        // A stream with no readable article is told so, on the page.
        WebElement box = driver.findElement(By.id("stream"));
        box.clear();
        box.sendKeys("not a stream");
        driver.findElement(By.id("find-stories")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stories-error")));
        assertThat(error.getText()).contains("no article could be read");
    }

    private void screenshot(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Moves the pointer onto {@code target} from another element until {@code shown} is visible: headless Chromium
     * now and then drops the synthetic move's mouseenter under load (one CI run in about seven), so the hover is
     * tried up to three times, each given 15 seconds. The tooltip must still come from hovering.
     */
    private WebElement hoverUntilShown(WebElement target, By shown) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        org.openqa.selenium.TimeoutException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            new Actions(driver).moveToElement(driver.findElement(By.id("sources"))).moveToElement(target).perform();
            try {
                return wait.until(ExpectedConditions.visibilityOfElementLocated(shown));
            } catch (org.openqa.selenium.TimeoutException e) {
                last = e;
            }
        }
        throw last;
    }
}
