package org.policymonitor.measure.ui;

import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/** Asks, before leaving a form with unsaved changes, whether to save, discard or stay; nothing is lost silently. */
final class LeaveConfirmation {

    private LeaveConfirmation() {
    }

    /** {@code save} returns whether it saved (leaving then proceeds); {@code discard} runs before leaving unsaved. */
    static void ask(BeforeLeaveEvent event, BooleanSupplier save, Runnable discard) {
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(confirm.getTranslation("measure.leave.header"));
        confirm.setText(confirm.getTranslation("measure.leave.text"));
        confirm.setConfirmText(confirm.getTranslation("measure.leave.save"));
        confirm.addConfirmListener(e -> {
            if (save.getAsBoolean()) {
                action.proceed();
            }
        });
        confirm.setRejectable(true);
        confirm.setRejectText(confirm.getTranslation("measure.leave.discard"));
        confirm.addRejectListener(e -> {
            discard.run();
            action.proceed();
        });
        confirm.setCancelable(true);
        confirm.setCancelText(confirm.getTranslation("measure.leave.stay"));
        confirm.open();
    }
}
