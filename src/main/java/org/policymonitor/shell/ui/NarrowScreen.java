package org.policymonitor.shell.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.SerializableConsumer;

/** What a phone's screen has no room for: see {@link org.policymonitor.shared.NarrowScreen}, which this delegates to. */
public final class NarrowScreen {

    /** Below this window width (CSS pixels) the page is laid out for a phone. */
    public static final int WIDTH = org.policymonitor.shared.NarrowScreen.WIDTH;

    private NarrowScreen() {
    }

    public static void hideOnPhones(Component owner, List<? extends Grid.Column<?>> columns) {
        org.policymonitor.shared.NarrowScreen.hideOnPhones(owner, columns);
    }

    public static void onWidth(Component owner, SerializableConsumer<Boolean> narrow) {
        org.policymonitor.shared.NarrowScreen.onWidth(owner, narrow);
    }
}
