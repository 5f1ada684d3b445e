package org.policymonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A real headless Chromium against the whole application on a random port, with the demo data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("browser")
@ExtendWith(ScreenshotOnFailure.class)
abstract class BrowserJourney implements ScreenshotOnFailure.HasDriver {

    @LocalServerPort
    int port;
    ChromeDriver driver;

    @Override
    public WebDriver driver() {
        return driver;
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    void openBrowser(String language) {
        driver = Browser.start(language);
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
        waitForVaadin();
    }

    /** Waits until Vaadin has booted and has no server round trip pending. */
    void waitForVaadin() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("""
                        if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) { return false; }
                        const clients = Object.values(window.Vaadin.Flow.clients);
                        return clients.length > 0 && clients.every(c => !c.isActive || !c.isActive());
                        """)));
    }

    /**
     * Chooses a file in a vaadin-upload as the file picker would: its input sits hidden in the shadow root, so it
     * is shown for the moment of typing the path.
     */
    void attachFile(String uploadId, java.nio.file.Path file) {
        WebElement upload = waitFor(By.id(uploadId));
        WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "const i = arguments[0].shadowRoot.querySelector('#fileInput'); i.hidden = false; return i;", upload);
        input.sendKeys(file.toAbsolutePath().toString());
        waitForVaadin();
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    String heading() {
        return waitFor(By.tagName("h1")).getText();
    }

    void signIn(String username, String password) {
        open("/login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    List<String> menuLabels() {
        waitFor(By.tagName("vaadin-side-nav-item"));
        return driver.findElements(By.tagName("vaadin-side-nav-item")).stream().map(WebElement::getText)
                .map(String::strip).toList();
    }

    /** Forgets the signed-in user: the next page opens in a new, anonymous session. */
    void signOut() {
        driver.manage().deleteAllCookies();
    }

    /** Waits (30 s) until the condition holds, then until Vaadin is idle again. */
    <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        T result = new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(condition);
        waitForVaadin();
        return result;
    }

    /**
     * The Vaadin field (e.g. {@code vaadin-text-field}, {@code vaadin-text-area}, {@code vaadin-checkbox-group},
     * {@code vaadin-combo-box}) whose label is exactly {@code label}; the label is compared as a property, so
     * labels with quotes need no escaping.
     */
    WebElement field(String tag, String label) {
        return waitUntil(d -> (WebElement) ((JavascriptExecutor) d).executeScript(
                "return [...document.querySelectorAll(arguments[0])].find(e => e.label === arguments[1]"
                        + " && e.offsetParent !== null) || null;", tag, label));
    }

    /** Types into a text field or text area found by its label, then leaves it so the value reaches the server. */
    void type(String tag, String label, String text) {
        WebElement input = field(tag, label).findElement(By.cssSelector("input, textarea"));
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    /** Ticks the option {@code item} of the checkbox group labelled {@code group}. */
    void check(String group, String item) {
        press(waitUntil(d -> option(group, item)).findElement(By.tagName("input")));
        // the view may redraw the group (the catalogue rebuilds its facets from the URL): look the option up again
        waitUntil(d -> {
            WebElement checkbox = option(group, item);
            return checkbox != null && checkbox.getDomAttribute("checked") != null;
        });
    }

    private WebElement option(String group, String item) {
        return field("vaadin-checkbox-group", group).findElements(By.tagName("vaadin-checkbox")).stream()
                .filter(c -> c.getText().strip().equals(item) || c.getText().strip().startsWith(item + " ("))
                .findFirst().orElse(null);
    }

    /** The labels of the options of the checkbox group labelled {@code group}, once it shows some. */
    List<String> options(String group) {
        return waitUntil(d -> {
            List<String> labels = field("vaadin-checkbox-group", group).findElements(By.tagName("vaadin-checkbox"))
                    .stream().map(WebElement::getText).map(String::strip).toList();
            return labels.isEmpty() ? null : labels;
        });
    }

    /** Picks {@code item} in the combo box labelled {@code label} by typing it and choosing the match. */
    void choose(String label, String item) {
        WebElement combo = field("vaadin-combo-box", label);
        WebElement input = combo.findElement(By.tagName("input"));
        input.sendKeys(item);
        waitUntil(d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream()
                .anyMatch(i -> i.isDisplayed() && i.getText().strip().equals(item)));
        input.sendKeys(Keys.ENTER);
        waitUntil(d -> item.equals(combo.getDomProperty("selectedItem") == null ? null
                : ((JavascriptExecutor) d).executeScript("return arguments[0].inputElement.value", combo)));
    }

    /** Clicks the button whose visible text is {@code text} (the first visible one). */
    void click(String text) {
        WebElement button = waitUntil(d -> d.findElements(By.xpath(
                "//vaadin-button[normalize-space(.)=" + xpathLiteral(text) + "]")).stream()
                .filter(WebElement::isDisplayed).filter(b -> b.getDomAttribute("disabled") == null)
                .findFirst().orElse(null));
        press(button);
    }

    /**
     * Scrolls the element to the middle of its scrolling container (the app layout's content area scrolls,
     * not the window, and WebDriver only scrolls the window), clicks it and waits for the server.
     */
    void press(WebElement element) {
        dismissToasts();
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }

    /** The error message a field shows beside it, or null while it is valid. */
    String errorOf(String tag, String label) {
        WebElement field = field(tag, label);
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].invalid ? arguments[0].errorMessage : null;", field);
    }

    /** The text of every cell of the visible grids (cells joined with " | "), as the grids have rendered them. */
    String gridText() {
        return driver.findElements(By.cssSelector("vaadin-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).collect(java.util.stream.Collectors.joining(" | "));
    }

    /** The first link in a grid cell with exactly this text (looked up afresh: grids re-render their rows). */
    WebElement gridLink(String text) {
        return waitUntil(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content a")).stream()
                .filter(a -> a.getText().strip().equals(text)).findFirst().orElse(null));
    }

    /** The text of the notifications (toasts) on screen. */
    String toasts() {
        return driver.findElements(By.tagName("vaadin-notification-card")).stream().map(WebElement::getText)
                .collect(java.util.stream.Collectors.joining(" | "));
    }

    /** Closes the toasts on screen, as a user waits for them to go away before clicking what they cover. */
    void dismissToasts() {
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false);");
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    void assertAccessible(String page) {
        List<Axe.Violation> violations = Axe.seriousViolations(driver);
        assertThat(violations).as("serious or critical axe-core violations on " + page).isEmpty();
    }

    /** Picks {@code choice} ("Yes", "No") in the radio group labelled {@code question}. */
    void answer(String question, String choice) {
        press(waitUntil(d -> field("vaadin-radio-group", question).findElements(By.tagName("vaadin-radio-button"))
                .stream().filter(r -> r.getText().strip().equals(choice)).findFirst().orElse(null))
                .findElement(By.tagName("input")));
        waitForVaadin();
    }

    /** Answers the current form's three cross-cutting questions (required before submission). */
    void answerCrossCuttingQuestions() {
        answer("Does the policy/measure specifically target young people?", "No");
        answer("Does the policy/measure grant preferential treatment to developing countries (their artists and "
                + "cultural professionals, their cultural goods and services)?", "No");
        answer("Does the policy/measure promote gender equality?", "Yes");
    }
}
