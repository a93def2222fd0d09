// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tracechain.model.json.LedgerJson;

/**
 * Debian's headless Chromium, driven through its chromedriver (both installed by {@code scripts/ensure-chromium.sh}),
 * with a 1280×800 viewport in English, with what a console test needs: sign in, wait for an element, type, screenshot, and the
 * page's own record of its requests ({@code window.tracechainConsole}) to check that nothing was refused and no
 * token showed in a URL. Selenium Manager is never asked for a driver: both binaries are named.
 */
final class ConsoleBrowser implements AutoCloseable {

    /** Where every browser test leaves its screenshots (and the chromedriver log beside them). */
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    /** How long a browser test waits for a write to reach another organisation's peer or the query store. */
    static final Duration LEDGER = Duration.ofSeconds(60);
    /** A run's id (base 36 of the clock), so that ids one run records never meet another run's on a reused network. */
    static String runId() {
        return Long.toString(System.currentTimeMillis(), 36).toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The chromedriver port of a test whose first server listens on {@code serverPort}: the test run's port block
     * plus the test's own offset (each browser test has its own), so runs on other blocks never collide.
     */
    static int driverPort(final int serverPort, final int offset) {
        return serverPort - LiveServers.SERVER_PORT_OFFSET + offset;
    }

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Path screenshots;
    private final Path profile;
    private final Path driverLog;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final List<String> saved = new ArrayList<>();

    ConsoleBrowser(final Path screenshots, final int driverPort) throws IOException {
        this(screenshots, driverPort, Map.of(), Map.of());
    }

    /**
     * A browser whose Chromium runs with {@code environment} added (e.g. a {@code HOME} holding an NSS database of
     * client certificates) and {@code preferences} added to its profile's; with either, it also accepts the
     * self-signed certificate of a test's HTTPS server.
     */
    ConsoleBrowser(final Path screenshots, final int driverPort, final Map<String, String> environment,
            final Map<String, Object> preferences) throws IOException {
        for (final Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: run scripts/ensure-chromium.sh (apt-get "
                        + "install -y chromium chromium-driver)");
            }
        }
        this.screenshots = Files.createDirectories(screenshots);
        this.profile = Files.createTempDirectory(screenshots.getParent(), "chromium-profile");
        final ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: Chromium's sandbox cannot start as root in a container; the pages are the project's own.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,800", "--lang=en-US", "--no-first-run", "--disable-extensions",
                "--user-data-dir=" + profile);
        final Map<String, Object> prefs = new java.util.HashMap<>(preferences);
        prefs.put("intl.accept_languages", "en-US,en");
        options.setExperimentalOption("prefs", prefs);
        options.setAcceptInsecureCerts(!environment.isEmpty() || !preferences.isEmpty());
        // The driver listens on a port of this test run's block, never in another run's. Its log keeps errors only:
        // at the default level it writes every command's arguments, the typed-in token included.
        this.driverLog = screenshots.getParent().resolve("chromedriver.log");
        this.service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingPort(driverPort).withLogLevel(ChromiumDriverLogLevel.SEVERE).withLogFile(driverLog.toFile())
                .withEnvironment(environment).build();
        this.driver = new ChromeDriver(service, options);
        resize(1280, 800);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens {@code org}'s console (a new document: the page's request record starts empty). */
    void open(final URI server, final String fragment) {
        driver.get(server.resolve("/console").toString() + fragment);
        visible(By.id("main"));
    }

    /** Signs in with the keyboard only (the token field has the focus; Enter submits), then waits for the header. */
    void signIn(final String token, final String org, final String user) {
        visible(By.id("token"));
        final WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getDomAttribute("id")).as("the focus on the sign-in page").isEqualTo("token");
        focused.sendKeys(token, Keys.ENTER);
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("identity"),
                org + " · " + user));
    }

    void signOut() {
        driver.findElement(By.id("sign-out")).click();
        visible(By.id("token"));
        assertThat(script("return sessionStorage.getItem('tracechain.token')")).as("the token is forgotten")
                .isNull();
    }

    /** Moves to a route of the single-page app (#/...), as a link would. */
    void go(final String fragment) {
        script("location.hash = arguments[0]", fragment);
    }

    WebElement visible(final By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void absent(final By by) {
        assertThat(driver.findElements(by)).as("elements matching " + by).isEmpty();
    }

    void waitForText(final By by, final String text) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void waitUntil(final String description, final String booleanScript) {
        new WebDriverWait(driver, WAIT).withMessage(description)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(booleanScript)));
    }

    void type(final By by, final String text) {
        final WebElement input = visible(by);
        input.clear();
        input.sendKeys(text);
    }

    Object script(final String script, final Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** The page's record ({@code requests}, {@code failures}, {@code downloads}, {@code errors}) as JSON. */
    JsonNode record() {
        return LedgerJson.readTree((String) script("const c = window.tracechainConsole; return JSON.stringify("
                + "{requests: c.requests, failures: c.failures, downloads: c.downloads, errors: c.errors})"));
    }

    /**
     * Nothing the page asked was refused, but the refusals listed ({@code "POST /lots 409 LOT_ALREADY_EXISTS"}), no
     * script error, no token in the address bar or in any URL the page loaded or fetched, and the page fits the
     * 1280-pixel width without scrolling sideways.
     */
    void assertClean(final List<String> tokens, final String... expectedRefusals) {
        final JsonNode record = record();
        final List<String> refusals = new ArrayList<>();
        record.path("failures").forEach(f -> refusals.add(f.path("method").asText() + " " + f.path("path").asText()
                + " " + f.path("status").asInt() + " " + f.path("code").asText()));
        assertThat(refusals).as("requests the console made that were refused").containsExactly(expectedRefusals);
        assertThat(record.path("errors")).as("script errors").isEmpty();
        final List<String> urls = new ArrayList<>();
        urls.add(driver.getCurrentUrl());
        record.path("requests").forEach(r -> urls.add(r.asText()));
        final Object loaded = script("return performance.getEntries().map(e => e.name)");
        if (loaded instanceof List<?> names) {
            names.forEach(n -> urls.add(String.valueOf(n)));
        }
        assertThat(urls).as("URLs the page loaded or fetched").isNotEmpty();
        for (final String token : tokens) {
            final String secret = token.substring("tct_".length() + 16 + 1);
            assertThat(urls).as("URLs holding a token").noneMatch(u -> u.contains(token) || u.contains(secret));
        }
        assertThat(urls).noneMatch(u -> u.contains("tct_"));
        assertFits();
        assertThat(script("return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(e => !e.labels || e.labels.length === 0).map(e => e.id)")).as("inputs without a label")
                .isEqualTo(List.of());
    }

    /** The page is no wider than the window: nothing needs scrolling sideways (tables scroll on their own). */
    void assertFits() {
        assertThat(((Number) script("return document.documentElement.scrollWidth - window.innerWidth")).intValue())
                .as("horizontal overflow at " + script("return window.innerWidth") + " pixels")
                .isLessThanOrEqualTo(0);
    }

    /**
     * Shows the page as a phone of {@code width} CSS pixels would (Chrome's device emulation: a desktop window cannot
     * be narrower than 500 pixels).
     */
    void emulatePhone(final int width, final int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", true));
    }

    /** Makes the page's viewport (not the window around it) {@code width} × {@code height}, e.g. a phone's. */
    void resize(final int width, final int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        final int extraWidth = ((Number) script("return window.outerWidth - window.innerWidth")).intValue();
        final int extraHeight = ((Number) script("return window.outerHeight - window.innerHeight")).intValue();
        driver.manage().window().setSize(new Dimension(width + extraWidth, height + extraHeight));
    }

    /** The chromedriver's log so far (empty when it wrote none). */
    String driverLog() throws IOException {
        return Files.exists(driverLog) ? Files.readString(driverLog) : "";
    }

    /** Saves the visible page as {@code name}.png and returns its path. */
    Path screenshot(final String name) {
        final Path file = screenshots.resolve(name + ".png");
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        saved.add(file.getFileName().toString());
        return file;
    }

    List<String> screenshots() {
        return List.copyOf(saved);
    }

    @Override
    public void close() {
        try {
            driver.quit(); // closes every window and stops Chromium
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // the profile is scratch space under target/; a leftover is removed by the next 'mvn clean'
            }
        }
    }
}
