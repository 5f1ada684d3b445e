package org.policymonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

    void assertAccessible(String page) {
        List<Axe.Violation> violations = Axe.seriousViolations(driver);
        assertThat(violations).as("serious or critical axe-core violations on " + page).isEmpty();
    }
}
