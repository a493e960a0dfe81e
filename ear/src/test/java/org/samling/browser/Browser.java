package org.samling.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Debian's headless Chromium driven by Selenium, with its driver given (Selenium Manager never
 * downloads anything), started once and handed from test to test with its state cleared. Every page a test opens can be audited with
 * axe-core; serious or critical violations fail the test.
 */
public final class Browser implements AutoCloseable {

    public static final String BASE = System.getProperty("samling.base.url", "http://localhost:8080");

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    /**
     * Browsers a test closed, kept for the next one with their cookies, storage, tabs and console
     * cleared: starting Chromium and its driver costs more than a test's page; nothing of a test
     * reaches the next but the browser's HTTP cache. One test may hold several at once.
     */
    private static final Deque<ChromeDriver> IDLE = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (IDLE) {
                IDLE.forEach(Browser::quietlyQuit);
                IDLE.clear();
            }
        }));
    }

    public Browser() {
        ChromeDriver reused;
        synchronized (IDLE) {
            reused = IDLE.poll();
        }
        driver = reused != null ? reused : start();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static ChromeDriver start() {
        try {
            Path profile = Files.createTempDirectory("samling-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("samling.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--no-first-run",
                    "--disable-sync", "--window-size=1280,1000", "--lang=en-GB", "--user-data-dir=" + profile);
            // The console's errors are read at the end: a script error or a refused script (the page's policy) fails the test.
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.SEVERE);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("samling.chromedriver", "/usr/bin/chromedriver")))
                    .build();
            ChromeDriver d = new ChromeDriver(service, options);
            d.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Back to a blank first tab with no cookie, no stored data and the first window size; false if the browser is unwell. */
    private boolean reset() {
        try {
            List<String> tabs = List.copyOf(driver.getWindowHandles());
            for (String tab : tabs.subList(1, tabs.size())) {
                driver.switchTo().window(tab).close();
            }
            driver.switchTo().window(tabs.get(0));
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", BASE, "storageTypes", "all"));
            driver.manage().window().setSize(new Dimension(1280, 1000));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            driver.manage().logs().get(LogType.BROWSER);
            return true;
        } catch (WebDriverException e) {
            return false;
        }
    }

    private static void quietlyQuit(ChromeDriver d) {
        try {
            d.quit();
        } catch (WebDriverException e) {
            // Gone already.
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(path.startsWith("http") ? path : BASE + path);
        return this;
    }

    public WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** The text of an element; read again if the page or an AJAX update replaced it meanwhile. */
    public String text(String css) {
        for (int attempt = 1;; attempt++) {
            try {
                return find(css).getText();
            } catch (WebDriverException e) {
                if (!pageReplaced(e) || attempt == 10) {
                    throw e;
                }
                pause();
            }
        }
    }

    /** JSF ids contain ':'; CSS needs them escaped. */
    public static String id(String jsfId) {
        return "#" + jsfId.replace(":", "\\:");
    }

    /** Types into a field; re-finds it if the page replaced it meanwhile (a page still loading). */
    public Browser type(String jsfId, String value) {
        for (int attempt = 1;; attempt++) {
            try {
                WebElement e = find(id(jsfId));
                e.clear();
                e.sendKeys(value);
                return this;
            } catch (WebDriverException e) {
                if (!pageReplaced(e) || attempt == 10) {
                    throw e;
                }
                pause();
            }
        }
    }

    public Browser selectByText(String jsfId, String text) {
        new Select(find(id(jsfId))).selectByVisibleText(text);
        return this;
    }

    /** Types into the field a CSS selector finds (for rows whose ids JSF numbers). */
    public Browser typeIn(String css, String value) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(value);
        return this;
    }

    public Browser select(String jsfId, String value) {
        new Select(find(id(jsfId))).selectByValue(value);
        return this;
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Clicks a link or button that leads to another page, and waits until that page is there. */
    public Browser click(String css) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        find(css).click();
        wait.until(gone(oldPage));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    /** Waits until the page that held this element is replaced (after a click a test made itself). */
    public Browser awaitReplaced(WebElement old) {
        wait.until(gone(old));
        return this;
    }

    /** True once the old page's element is gone. */
    private static ExpectedCondition<Boolean> gone(WebElement old) {
        return d -> {
            try {
                old.isEnabled();
                return false;
            } catch (WebDriverException e) {
                if (pageReplaced(e)) {
                    return true;
                }
                throw e;
            }
        };
    }

    /** Chromium reports an element of a replaced page as stale or as not belonging to the document. */
    private static boolean pageReplaced(WebDriverException e) {
        return e instanceof StaleElementReferenceException
                || (e.getMessage() != null && e.getMessage().contains("does not belong to the document"));
    }

    /** Clicks a button that asks "are you sure?", answers yes, and waits for the next page. */
    public Browser clickAndConfirm(String css) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        find(css).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(gone(oldPage));
        return this;
    }

    public String value(String jsfId) {
        return find(id(jsfId)).getAttribute("value");
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(BASE) ? url.substring(BASE.length()) : url;
    }

    /** The message shown at a form field (PrimeFaces nests its message parts; the outermost holds the text once). */
    public String messageAt(String jsfId) {
        return driver.findElements(By.xpath("//*[@id='" + jsfId + "']/ancestor::*[contains(@class,'field')][1]"
                + "//*[contains(@class,'ui-message') and not(ancestor::*[contains(@class,'ui-message')])]")).stream()
                .map(WebElement::getText).collect(Collectors.joining(" "));
    }

    /** Runs axe-core on the current page; fails on serious or critical violations. */
    public Browser assertAccessible() {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> bad = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        assertTrue(bad.isEmpty(), "accessibility violations on " + path() + ": " + bad.stream()
                .map(r -> r.getId() + " (" + r.getImpact() + "): " + r.getHelp() + " at "
                        + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; ")));
        return this;
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("samling.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The errors the browser's console had since the last look: scripts that failed and scripts or
     * styles the page's Content-Security-Policy refused. A page a test opens on purpose with a 4xx
     * answer logs "Failed to load resource": that one is no error of the page.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.matches("(?s).*Failed to load resource: the server responded with a status of 4\\d\\d.*"))
                .toList();
    }

    @Override
    public void close() {
        List<String> errors;
        try {
            errors = consoleErrors();
        } finally {
            if (reset()) {
                synchronized (IDLE) {
                    IDLE.push(driver);
                }
            } else {
                quietlyQuit(driver);
            }
        }
        assertTrue(errors.isEmpty(), "errors in the browser's console: " + String.join("\n", errors));
    }
}
