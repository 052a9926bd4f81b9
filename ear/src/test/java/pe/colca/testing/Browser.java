package pe.colca.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for browser tests, as a JUnit 5 extension: started once per test class with a
 * fresh profile, cookies cleared before each test (every test signs in itself with {@link #login}), a screenshot in
 * {@code target/screenshots} when a test fails, and quit after the class. Register it with
 * {@code @RegisterExtension static final Browser browser = new Browser();}.
 *
 * <p>Waits are explicit ({@link WebDriverWait}) and know PrimeFaces: {@link #awaitAjax()} waits
 * until its AJAX queue is empty. Never sleep. Uses Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver} unless {@code colca.chromium} / {@code colca.chromedriver} say otherwise.
 */
public final class Browser implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
        AfterAllCallback {

    private static final Duration TIMEOUT = Duration.ofSeconds(
            Long.getLong("colca.browser.timeout", 20));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final String acceptLanguage;
    private WebDriver driver;
    private Path profile;

    /** A browser whose preferred language is Spanish (Peru), like Colca's users. */
    public Browser() {
        this("es-PE,es");
    }

    public Browser(String acceptLanguage) {
        this.acceptLanguage = acceptLanguage;
    }

    // ---- lifecycle ----------------------------------------------------------------------------

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        profile = Files.createTempDirectory("colca-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("colca.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,800", "--user-data-dir=" + profile,
                "--lang=" + acceptLanguage.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("colca.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // a clean session: the cookies of the server's origin go away (an open page puts us on it)
        driver.get(TestServer.baseUri().resolve("/login.xhtml").toString());
        driver.manage().deleteAllCookies();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            String name = "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName();
            screenshot(name);
            copyServerLog(name);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            deleteRecursively(profile);
        }
    }

    // ---- signing in ---------------------------------------------------------------------------

    /**
     * Signs in on the login page the browser shows (the console redirects there from any page):
     * types the credentials, submits and waits for the console's top bar, so the next step runs on
     * the page asked for before the login. {@code browser.login(DemoUser.WAREHOUSE)} or a user of
     * {@link TestData#user()}.
     */
    public void login(Credentials user) {
        login(user.email(), user.password());
    }

    public void login(String email, String password) {
        submitLogin(email, password);
        visible("topbar-form:current-user");
    }

    /** Types the credentials on the login form and submits, without waiting for the outcome (wrong passwords). */
    public void submitLogin(String email, String password) {
        visible("j_username");
        type("j_username", email);
        type("j_password", password);
        click("login-submit");
    }

    /** Opens a page, signing in first only when the console asks for it (the session may be signed in already). */
    public void openAs(Credentials user, String path) {
        open(path);
        if (!driver.findElements(By.id("j_username")).isEmpty()) {
            login(user);
        }
        visible("topbar-form:current-user");
    }

    // ---- navigation and elements --------------------------------------------------------------

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the test server, e.g. {@code /backoffice/inventory/locations.xhtml}. */
    public void open(String path) {
        driver.get(TestServer.baseUri().resolve(path).toString());
    }

    public String currentPath() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Waits for a condition (a lambda or an {@code ExpectedConditions}); fails after the timeout. */
    public <T> T await(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, TIMEOUT)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    public WebElement visible(By by) {
        return await(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** The element with this (client) id once visible, e.g. {@code location-form:location-code}. */
    public WebElement visible(String id) {
        return visible(By.id(id));
    }

    public void invisible(String id) {
        await(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
    }

    public boolean isDisplayed(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    /** Clicks once the element is clickable and nothing (a growl, an overlay) covers it. */
    public void click(By by) {
        await(d -> {
            WebElement element = ExpectedConditions.elementToBeClickable(by).apply(d);
            if (element == null) {
                return false;
            }
            try {
                element.click();
                return true;
            } catch (ElementClickInterceptedException covered) {
                return false;
            }
        });
    }

    public void click(String id) {
        click(By.id(id));
    }

    /**
     * Replaces the text of an input, and waits for what the typing started: a search box's request fires only
     * after PrimeFaces' keyup {@code delay}, so the page's {@link #TRACK_DELAYED} hook notes each delayed request
     * until its timer has queued it, and {@link #awaitAjax()} waits for those too. Without it a row action clicked
     * right after typing can land on the unfiltered table, which the filter then replaces.
     */
    public void type(String id, String text) {
        WebElement input = visible(id);
        ((JavascriptExecutor) driver).executeScript(TRACK_DELAYED);
        input.clear();
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
        awaitAjax();
    }

    /**
     * Installed once per page: wraps {@code PrimeFaces.ajax.Queue.offer} so that a request with a {@code delay}
     * is listed in {@code window.colcaDelayed} (by its source; a later keystroke replaces it, as PrimeFaces' own
     * debounce does) until the timer that queues it runs.
     */
    private static final String TRACK_DELAYED = """
            if (window.PrimeFaces && PrimeFaces.ajax && PrimeFaces.ajax.Queue && !PrimeFaces.ajax.Queue.colcaTracked) {
              var queue = PrimeFaces.ajax.Queue, offer = queue.offer;
              window.colcaDelayed = {};
              queue.colcaTracked = true;
              queue.offer = function (request) {
                if (!request || !request.delay) {
                  return offer.apply(this, arguments);
                }
                var source = typeof request.source === 'string' ? request.source : jQuery(request.source).attr('id');
                var token = {}, queueTask = PrimeFaces.queueTask;
                window.colcaDelayed[source] = token;
                PrimeFaces.queueTask = function (task, ms) {
                  return queueTask.call(PrimeFaces, function () {
                    if (window.colcaDelayed[source] === token) {
                      delete window.colcaDelayed[source];
                    }
                    task();
                  }, ms);
                };
                try {
                  return offer.apply(this, arguments);
                } finally {
                  PrimeFaces.queueTask = queueTask;
                }
              };
            }
            """;

    /** Waits until the element's text contains {@code text}; returns the whole text. */
    public String awaitText(By by, String text) {
        // read inside the wait: an AJAX update can replace the element between a check and a later read
        return await(d -> {
            String shown = d.findElement(by).getText();
            return shown.contains(text) ? shown : null;
        });
    }

    public String awaitText(String id, String text) {
        return awaitText(By.id(id), text);
    }

    /**
     * Waits until the data table {@code tableId} (e.g. {@code companies-form:companies-table}) shows at least
     * one row and every row contains {@code text}: that the search typed with {@link #type} (which already waits
     * for the delayed request) has filtered the table down to the rows a row action may click.
     */
    public void awaitRowsContaining(String tableId, String text) {
        await(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("tbody[id='" + tableId + "_data'] > tr"));
            return !rows.isEmpty() && rows.stream().allMatch(r -> r.getText().contains(text));
        });
        awaitAjax();
    }

    /**
     * Picks an option of a PrimeFaces {@code p:selectOneMenu} by its visible label: opens the panel,
     * clicks the item, and tries again until the menu shows the label (the panel animates, so a
     * click can land while it is still moving).
     */
    public void selectOneMenu(String id, String label) {
        await(d -> {
            WebElement shown = d.findElement(By.id(id + "_label"));
            WebElement panel = d.findElement(By.id(id + "_panel"));
            if (label.equals(shown.getText().strip()) && !panel.isDisplayed()) {
                return true;
            }
            try {
                if (!panel.isDisplayed()) {
                    d.findElement(By.id(id)).click();
                } else {
                    panel.findElement(By.cssSelector("li.ui-selectonemenu-item[data-label='" + label + "']")).click();
                }
            } catch (ElementNotInteractableException busy) {
                // still animating: next round
            }
            return false;
        });
        awaitAjax();
    }

    /**
     * Waits until PrimeFaces (and jQuery) have no AJAX request running, queued, or (after {@link #type}) waiting
     * for its keyup delay.
     */
    public void awaitAjax() {
        await(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0)"
                        + " && (typeof PrimeFaces === 'undefined' || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.colcaDelayed || Object.keys(window.colcaDelayed).length === 0);"));
    }

    // ---- evidence -----------------------------------------------------------------------------

    /** Saves a PNG of the window under {@code target/screenshots/NAME.png}; never fails the test. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + name + " failed: " + e);
            return null;
        }
    }

    /** Keeps the end of the server log next to the screenshot (the server's log is reset by the next run). */
    private static void copyServerLog(String name) {
        String home = System.getProperty("jboss.home");
        if (home == null) {
            return;
        }
        Path log = Path.of(home, "standalone", "log", "server.log");
        try {
            if (Files.isRegularFile(log)) {
                List<String> lines = Files.readAllLines(log);
                Files.createDirectories(SCREENSHOTS);
                Files.write(SCREENSHOTS.resolve(name + "-server.log"),
                        lines.subList(Math.max(0, lines.size() - 400), lines.size()));
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("copying " + log + " failed: " + e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
