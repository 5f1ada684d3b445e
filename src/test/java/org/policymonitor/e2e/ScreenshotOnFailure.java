package org.policymonitor.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Saves a screenshot and the page source of a failed journey under target/surefire-reports/screenshots,
 * right after the test method and before {@code @AfterEach} closes the browser.
 */
class ScreenshotOnFailure implements AfterTestExecutionCallback {

    interface HasDriver {
        WebDriver driver();
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()
                || !(context.getRequiredTestInstance() instanceof HasDriver test) || test.driver() == null) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of("target", "surefire-reports", "screenshots"));
            String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
            Path shot = ((TakesScreenshot) test.driver()).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(name + ".html"), test.driver().getPageSource());
            System.err.println("Screenshot of the failed journey: " + dir.resolve(name + ".png").toAbsolutePath());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save a screenshot: " + e);
        }
    }
}
