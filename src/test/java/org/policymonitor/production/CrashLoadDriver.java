package org.policymonitor.production;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CountDownLatch;

import org.policymonitor.PolicyMonitorApplication;
import org.policymonitor.workflow.Decision;
import org.policymonitor.workflow.TaskView;
import org.policymonitor.workflow.WorkflowFixtures;
import org.policymonitor.workflow.WorkflowStep;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Main class of the child JVM of {@link CrashSafetyTest}: boots the application with the given Spring arguments
 * and drives {@code load.measures} measures through the workflow from {@code load.threads} threads as fast as it
 * can, all of them in flight at once, printing one {@code LOAD <n> <measureId> <step>} line after each step's transaction committed. It never
 * exits by itself: the test kills it.
 */
public final class CrashLoadDriver {

    static final String READY = "LOAD READY";
    static final String DONE = "LOAD DONE";

    private final AppDriver app;

    private CrashLoadDriver(AppDriver app) {
        this.app = app;
    }

    public static void main(String[] args) throws InterruptedException {
        int measures = Integer.getInteger("load.measures", 30);
        int threads = Integer.getInteger("load.threads", 4);
        CrashLoadDriver driver = new CrashLoadDriver(
                new AppDriver(new SpringApplicationBuilder(PolicyMonitorApplication.class).run(args)));
        print(READY);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch finished = new CountDownLatch(measures);
        for (int n = 0; n < measures; n++) {
            driver.next(pool, finished, n, null, "NEW");
        }
        finished.await();
        print(DONE);
        Thread.sleep(Long.MAX_VALUE);
    }

    /**
     * Queues the measure's next step behind every other measure's: all measures are in flight at once, at
     * different steps. Every third measure lists no partner (straight to sign-off); every fifth is returned
     * once by the reviewer and submitted again.
     */
    private void next(ExecutorService pool, CountDownLatch finished, int n, Long id, String done) {
        pool.submit(() -> {
            try {
                Long measureId = id;
                boolean partners = n % 3 != 0;
                String step = switch (done) {
                    case "NEW" -> {
                        measureId = app.draft(CrashSafetyTest.TITLE + n,
                                partners ? WorkflowFixtures.artsCouncil() : List.of());
                        yield "DRAFT";
                    }
                    case "DRAFT", "RETURNED" -> {
                        app.submit(id);
                        yield done.equals("DRAFT") ? "SUBMITTED" : "RESUBMITTED";
                    }
                    case "SUBMITTED", "RESUBMITTED" -> {
                        boolean returnOnce = n % 5 == 4 && done.equals("SUBMITTED");
                        app.decide("reviewer", task("reviewer", id, WorkflowStep.REVIEW),
                                returnOnce ? Decision.RETURN : Decision.APPROVE, returnOnce ? "Please add sources." : null);
                        yield returnOnce ? "RETURNED" : "APPROVED";
                    }
                    case "APPROVED" -> {
                        if (partners) {
                            app.decide("partner", task("partner", id, WorkflowStep.PARTNER_CONFIRMATION),
                                    Decision.CONFIRM);
                            yield "CONFIRMED";
                        }
                        yield signOff(id);
                    }
                    case "CONFIRMED" -> signOff(id);
                    default -> throw new IllegalStateException(done);
                };
                print("LOAD " + n + " " + measureId + " " + step);
                if (step.equals("PUBLISHED")) {
                    finished.countDown();
                } else {
                    next(pool, finished, n, measureId, step);
                }
            } catch (RuntimeException e) {
                print("LOAD " + n + " - FAILED " + e);
            }
        });
    }

    private String signOff(Long id) {
        app.decide("evaluator", task("evaluator", id, WorkflowStep.SIGN_OFF), Decision.SIGN_OFF);
        return "PUBLISHED";
    }

    private TaskView task(String username, Long measureId, WorkflowStep step) {
        return app.task(username, measureId, step)
                .orElseThrow(() -> new IllegalStateException("No " + step + " task of measure " + measureId));
    }

    private static void print(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
