package org.policymonitor.measure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

/** Polls the server while the component is shown and runs {@code autosave} at each poll. */
final class AutosaveTimer {

    private Registration poll;

    AutosaveTimer(Component owner, int intervalMs, Runnable autosave) {
        owner.addAttachListener(e -> {
            UI ui = e.getUI();
            ui.setPollInterval(intervalMs);
            poll = ui.addPollListener(p -> autosave.run());
        });
        owner.addDetachListener(e -> {
            if (poll != null) {
                poll.remove();
                poll = null;
            }
            e.getUI().setPollInterval(-1);
        });
    }
}
