package org.plenary.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.plenary.Conversions;
import org.plenary.pipeline.DocumentJob;
import org.plenary.publish.PublishedCollection;
import org.plenary.publish.OutputWriter;

/**
 * Every sample page in headless Chromium, as a reader on a phone sees it: nothing wider than a
 * 375 px viewport, every note call lands on its note and every note's back link on its call;
 * axe-core (Deque's accessibility rules) finds nothing serious or critical on any page or the index,
 * and the print styles leave navigation and the index's filter off paper.
 * Screenshots (375 px and 1280 px), a printed PDF of each page and of the index, and every axe
 * finding of any impact (axe-NAME.txt) are kept in target/browser/.
 * Needs Debian's chromium and chromium-driver; .ci/run installs them and sets
 * PLENARY_REQUIRE_BROWSER so that a missing browser fails the build there instead of skipping.
 */
class BrowserTest {
    private static final Path WORK = Path.of("target", "browser");
    private static final List<String> SAMPLES = List.of("A_RES_54_212", "A_RES_56_203", "A_RES_58_208", "A_RES_59_241", "A_C.2_58_L.37");
    private static ChromeDriver browser;
    /** Why the tests are skipped, when they are: each is reported skipped with it (a skipped @BeforeAll would hide them). */
    private static String skipped;
    /** Selenium warns that it has no DevTools bindings for this Chromium; WebDriver itself needs none. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    @BeforeAll
    static void publishAndStart() throws Exception {
        Path chromium = Path.of(System.getProperty("plenary.chromium", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("plenary.chromedriver", "/usr/bin/chromedriver"));
        boolean present = Files.isExecutable(chromium) && Files.isExecutable(driver);
        if (!present && System.getenv("PLENARY_REQUIRE_BROWSER") != null) {
            throw new IllegalStateException("Chromium and chromedriver are required here: apt-get install chromium chromium-driver");
        }
        if (!present) {
            skipped = "Chromium is not installed (apt-get install chromium chromium-driver; "
                    + "PLENARY_REQUIRE_BROWSER=1 makes its absence a failure, as in CI)";
            System.out.println("SKIPPED BrowserTest: " + skipped);
            return;
        }

        // A folder left by an earlier run holds its collection's journal, which the index and links would follow.
        if (Files.exists(WORK)) {
            org.apache.commons.io.file.PathUtils.deleteDirectory(WORK);
        }
        Path out = WORK.resolve("out");
        for (String sample : SAMPLES) {
            DocumentJob job = Conversions.convertSample(sample + ".txt");
            new OutputWriter().write(out, job.baseName(), job.aknXml(), job.renditions());
        }
        new OutputWriter().writeError(out, "letter", "letter.txt:1: No enacting formula was found.\n");
        PublishedCollection.of(out).writeIndex();

        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("plenary-chromium"), "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @BeforeEach
    void skipWithoutABrowser() {
        if (skipped != null) {
            Assumptions.abort(skipped);
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"A_RES_54_212", "A_RES_56_203", "A_RES_58_208", "A_RES_59_241", "A_C.2_58_L.37"})
    void onAPhoneNothingOverflowsAndEveryNoteLinkLandsBothWays(String name) throws Exception {
        open(name, 375);
        assertNothingOverflows();
        screenshot(name + "-375.png");

        List<WebElement> calls = browser.findElements(By.cssSelector("a[role=doc-noteref]"));
        assertThat(calls).as("note calls on " + name).isNotEmpty();
        for (int i = 0; i < calls.size(); i++) {
            WebElement call = browser.findElements(By.cssSelector("a[role=doc-noteref]")).get(i);
            String callId = call.getAttribute("id");
            String noteId = call.getAttribute("href").substring(call.getAttribute("href").indexOf('#') + 1);
            call.click();
            assertThat(hash()).isEqualTo("#" + noteId);
            assertInView(noteId);
            WebElement back = browser.findElement(By.cssSelector("li[id='" + noteId + "'] a[role=doc-backlink][href='#" + callId + "']"));
            back.click();
            assertThat(hash()).isEqualTo("#" + callId);
            assertInView(callId);
        }
    }

    @Test
    void wideScreensPrintAndTheIndexLookRight() throws Exception {
        for (String name : SAMPLES) {
            open(name, 1280);
            screenshot(name + "-1280.png");
            String pdf = browser.print(new PrintOptions()).getContent();
            Files.write(WORK.resolve(name + ".pdf"), Base64.getDecoder().decode(pdf));
            assertThat(Files.size(WORK.resolve(name + ".pdf"))).isGreaterThan(10_000);
        }
        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(WORK.resolve("out/index.html").toAbsolutePath().toUri().toString());
        assertNothingOverflows();
        assertThat(browser.findElements(By.cssSelector("a[href$='.html']")).size()).isGreaterThanOrEqualTo(SAMPLES.size());
        screenshot("index-375.png");
        // The cited resolution's page, in the collection, is one click away.
        open("A_RES_56_203", 1280);
        browser.findElement(By.cssSelector("a.ref[href='A_RES_54_212.html']")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/html/A_RES_54_212.html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A_RES_54_212", "A_RES_56_203", "A_RES_58_208", "A_RES_59_241", "A_C.2_58_L.37", "index"})
    void axeFindsNothingSeriousOrCritical(String name) throws Exception {
        for (int width : new int[] {375, 1280}) {
            if (name.equals("index")) {
                openIndex(width);
            } else {
                open(name, width);
            }
            Results results = new AxeBuilder().analyze(browser);
            assertThat(results.isErrored()).as(results.getErrorMessage()).isFalse();
            StringBuilder found = new StringBuilder();
            for (Rule rule : results.getViolations()) {
                found.append(rule.getImpact()).append(' ').append(rule.getId()).append(": ").append(rule.getHelp()).append('\n');
                rule.getNodes().forEach(n -> found.append("  ").append(n.getTarget()).append(' ').append(n.getHtml()).append('\n'));
            }
            Files.writeString(WORK.resolve("axe-" + name + "-" + width + ".txt"), found.toString());
            assertThat(results.getPasses()).as("rules that passed on " + name).isNotEmpty();
            assertThat(results.getViolations()).filteredOn(r -> List.of("serious", "critical").contains(r.getImpact()))
                    .as(name + " at " + width + " px:\n" + found).isEmpty();
        }
    }

    @Test
    void onPaperThereIsNoNavigationNorFilter() throws Exception {
        JavascriptExecutor js = browser;
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            openIndex(1280);
            assertThat(browser.findElement(By.id("filter")).isDisplayed()).as("filter box in print").isFalse();
            assertThat(browser.findElement(By.cssSelector("td.links")).isDisplayed()).as("file links in print").isFalse();
            assertThat(browser.findElement(By.cssSelector("tbody a[href$='.html']")).isDisplayed()).isTrue();
            open("A_RES_56_203", 1280);
            assertThat(browser.findElement(By.cssSelector("nav")).isDisplayed()).as("navigation in print").isFalse();
            assertThat(browser.findElement(By.cssSelector("a.back")).isDisplayed()).as("back links in print").isFalse();
            assertThat((String) js.executeScript("return getComputedStyle(document.querySelector('sup.call a')).textDecorationLine;"))
                    .isEqualTo("none");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
        // On screen a note call is raised and underlined: more than its colour sets it apart, and it is named.
        open("A_RES_56_203", 1280);
        WebElement call = browser.findElement(By.cssSelector("sup.call a"));
        assertThat((String) js.executeScript("return getComputedStyle(arguments[0]).textDecorationLine;", call)).isEqualTo("underline");
        assertThat(call.getAttribute("aria-label")).matches("Note \\S+");
        assertThat(browser.findElements(By.cssSelector("main"))).hasSize(1);
        openIndex(1280);
        assertThat(browser.findElements(By.cssSelector("main"))).hasSize(1);
        Files.write(WORK.resolve("index.pdf"), Base64.getDecoder().decode(browser.print(new PrintOptions()).getContent()));
    }

    private static void openIndex(int width) {
        browser.manage().window().setSize(new Dimension(width, 812));
        browser.get(WORK.resolve("out/index.html").toAbsolutePath().toUri().toString());
    }

    private static void open(String name, int width) {
        browser.manage().window().setSize(new Dimension(width, 812));
        browser.get(WORK.resolve("out/html/" + name + ".html").toAbsolutePath().toUri().toString());
    }

    private static void assertNothingOverflows() {
        JavascriptExecutor js = browser;
        long viewport = (Long) js.executeScript("return document.documentElement.clientWidth;");
        assertThat(viewport).isLessThanOrEqualTo(375);
        assertThat((Long) js.executeScript("return document.documentElement.scrollWidth;")).as("page width").isLessThanOrEqualTo(viewport);
        @SuppressWarnings("unchecked")
        List<String> overflowing = (List<String>) js.executeScript(
                "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                        + "document.documentElement.clientWidth + 0.5).map(e => e.tagName + '#' + e.id + ' ' + e.textContent.slice(0, 40));");
        assertThat(overflowing).as("elements wider than the viewport").isEmpty();
    }

    private static String hash() {
        return (String) ((JavascriptExecutor) browser).executeScript("return location.hash;");
    }

    private static void assertInView(String id) {
        Boolean visible = (Boolean) ((JavascriptExecutor) browser).executeScript(
                "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                        + "return r.top >= -1 && r.top < window.innerHeight && r.height > 0;", id);
        assertThat(visible).as(id + " scrolled into view").isTrue();
    }

    private static void screenshot(String file) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), WORK.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
