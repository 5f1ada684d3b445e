package org.policymonitor.shared;

import java.util.List;
import com.vaadin.flow.function.SerializableConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;

/**
 * What a phone's screen has no room for: grid columns of secondary information are hidden below
 * {@link #WIDTH} pixels and shown again when the window widens (turning a tablet, resizing a window). The
 * first width is asked from the browser when the component is attached; CSS media queries at the same
 * width (styles/*.css) do the rest. In {@code shared} so that every module's views can use it (the shell depends on
 * the measure module, so {@code measure.ui} may not use {@code shell.ui}); {@code shell.ui.NarrowScreen} delegates here.
 */
public final class NarrowScreen {

    /** Below this window width (CSS pixels) the page is laid out for a phone. */
    public static final int WIDTH = 700;

    private NarrowScreen() {
    }

    /** Hides the columns while the window is narrower than {@link #WIDTH}. */
    public static void hideOnPhones(Component owner, List<? extends Grid.Column<?>> columns) {
        onWidth(owner, narrow -> columns.forEach(column -> column.setVisible(!narrow)));
    }

    /**
     * Gives the column a fixed {@code phoneWidth} below {@link #WIDTH} (its content wraps) instead of the width of
     * its widest cell, and its own settings back on a wider window.
     */
    public static void narrowOnPhones(Component owner, Grid.Column<?> column, String phoneWidth) {
        boolean auto = column.isAutoWidth();
        String width = column.getWidth();
        int grow = column.getFlexGrow();
        boolean[] narrowed = {false};
        onWidth(owner, narrow -> {
            // a wide window keeps the column as it was built: writing its settings back would leave an auto-width
            // column without a width (the grid computes auto widths once), and its cells would collapse
            if (narrow == narrowed[0]) {
                return;
            }
            narrowed[0] = narrow;
            if (narrow) {
                column.setAutoWidth(false);
                column.setWidth(phoneWidth);
                column.setFlexGrow(1);
            } else {
                if (width == null) {
                    column.getElement().removeProperty("width");
                } else {
                    column.setWidth(width);
                }
                column.setAutoWidth(auto);
                column.setFlexGrow(grow);
                column.getGrid().recalculateColumnWidths();
            }
        });
    }

    /** Calls {@code narrow} with whether the window is narrower than {@link #WIDTH}, now and on every resize. */
    public static void onWidth(Component owner, SerializableConsumer<Boolean> narrow) {
        Registration[] resize = new Registration[1];
        owner.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.executeJs("return window.innerWidth").then(Integer.class, width -> narrow.accept(width < WIDTH));
            resize[0] = page.addBrowserWindowResizeListener(event -> narrow.accept(event.getWidth() < WIDTH));
        });
        owner.addDetachListener(detach -> {
            if (resize[0] != null) {
                resize[0].remove();
                resize[0] = null;
            }
        });
    }
}
